import type { AuthContext } from "@/lib/auth/current-user";
import { provinceWhere, tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SafetyResult, SafetyUnitType } from "@/lib/generated/prisma/enums";
import { addRates, breaksCommuneRule, MERGER_YEAR, type Rate, rateOf } from "./rules";
import { safetyInScope } from "./scope";
import type { SafetyCommuneRow, SafetyProvinceRow, SafetySummary } from "./types";

const collator = new Intl.Collator("vi");
const UNIT_TYPES: SafetyUnitType[] = [
  "RESIDENTIAL_AREA",
  "COMMUNE",
  "AGENCY",
  "ENTERPRISE",
  "SCHOOL",
];

interface Tally {
  achieved: number;
  total: number;
}
const empty = (): Tally => ({ achieved: 0, total: 0 });
const add = (t: Tally, result: SafetyResult, n: number) => {
  t.total += n;
  if (result === "ACHIEVED") t.achieved += n;
};
const rate = (t: Tally): Rate => rateOf(t.achieved, t.total);

export interface SafetySummaryQuery {
  year: number;
  /** The ministry's choice of province (ignored for a province or commune). */
  provinceId?: number | undefined;
  /** Years before 2025: only what was made for this former province. */
  formerProvinceId?: number | undefined;
}

/**
 * The year's "An toàn về ANTT" in the caller's scope: rates per unit type, per commune (per former
 * commune before 2025) or, for the whole nation, per province; the communes recognised without
 * 70 % of their units; the published figures the rows cannot back (decision 010).
 */
export async function getSafetySummary(
  ctx: AuthContext,
  query: SafetySummaryQuery,
): Promise<SafetySummary> {
  return inScope(ctx, async (tx) => {
    const provinceId =
      ctx.scope.level === "NATION" ? (query.provinceId ?? null) : ctx.scope.provinceId;
    const province = provinceId
      ? await tx.province.findUnique({
          where: { id: provinceId },
          select: { id: true, shortName: true },
        })
      : null;
    const formerProvinces = province
      ? await tx.formerProvince.findMany({
          where: { successorId: province.id },
          select: { id: true, shortName: true },
          orderBy: { shortName: "asc" },
        })
      : [];
    const before = query.year < MERGER_YEAR;
    const former =
      before && query.formerProvinceId
        ? (formerProvinces.find((f) => f.id === query.formerProvinceId) ?? null)
        : null;
    const where: Prisma.SafetyRegistrationWhereInput = {
      ...safetyInScope(ctx),
      ...(province ? { provinceId: province.id } : {}),
      year: query.year,
      ...(former ? { formerCommune: { formerProvinceId: former.id } } : {}),
    };
    const groups = await tx.safetyRegistration.groupBy({
      by: ["provinceId", "communeId", "formerCommuneId", "unitType", "result"],
      where,
      _count: { _all: true },
    });

    const byType = Object.fromEntries(UNIT_TYPES.map((t) => [t, empty()])) as Record<
      SafetyUnitType,
      Tally
    >;
    let pending = 0;
    // Per commune (per former commune before 2025), and per province for the nation.
    const perCommune = new Map<
      string,
      {
        communeId: number;
        formerCommuneId: number | null;
        units: Tally;
        result: SafetyResult | null;
      }
    >();
    const perProvince = new Map<number, { units: Tally; communes: Tally }>();
    for (const g of groups) {
      const n = g._count._all;
      add(byType[g.unitType], g.result, n);
      if (g.result === "PENDING") pending += n;
      const formerKey = before ? g.formerCommuneId : null;
      const key = `${g.communeId}:${formerKey ?? ""}`;
      const row = perCommune.get(key) ?? {
        communeId: g.communeId,
        formerCommuneId: formerKey,
        units: empty(),
        result: null,
      };
      if (g.unitType === "COMMUNE") row.result = g.result;
      else add(row.units, g.result, n);
      perCommune.set(key, row);
      const p = perProvince.get(g.provinceId) ?? { units: empty(), communes: empty() };
      add(g.unitType === "COMMUNE" ? p.communes : p.units, g.result, n);
      perProvince.set(g.provinceId, p);
    }

    let communes: SafetyCommuneRow[] = [];
    let provinces: SafetyProvinceRow[] = [];
    if (province || ctx.scope.level !== "NATION") {
      const communeIds = [...new Set([...perCommune.values()].map((r) => r.communeId))];
      const formerIds = [
        ...new Set(
          [...perCommune.values()].flatMap((r) => (r.formerCommuneId ? [r.formerCommuneId] : [])),
        ),
      ];
      const [communeNames, formerNames] = await Promise.all([
        tx.commune.findMany({
          where: { id: { in: communeIds } },
          select: { id: true, name: true },
        }),
        tx.formerCommune.findMany({
          where: { id: { in: formerIds } },
          select: { id: true, name: true },
        }),
      ]);
      const communeName = new Map(communeNames.map((c) => [c.id, c.name]));
      const formerName = new Map(formerNames.map((c) => [c.id, c.name]));
      communes = [...perCommune.entries()]
        .map(([key, r]) => ({
          key,
          communeId: r.communeId,
          communeName: communeName.get(r.communeId) ?? "",
          formerCommuneName: r.formerCommuneId ? (formerName.get(r.formerCommuneId) ?? null) : null,
          units: rate(r.units),
          communeResult: r.result,
          breaksRule: breaksCommuneRule(r.result === "ACHIEVED", r.units.achieved, r.units.total),
        }))
        .sort(
          (a, b) =>
            Number(b.breaksRule) - Number(a.breaksRule) ||
            collator.compare(a.communeName, b.communeName) ||
            collator.compare(a.formerCommuneName ?? "", b.formerCommuneName ?? ""),
        );
    } else {
      const names = await tx.province.findMany({
        where: { id: { in: [...perProvince.keys()] } },
        select: { id: true, shortName: true },
      });
      const name = new Map(names.map((p) => [p.id, p.shortName]));
      provinces = [...perProvince.entries()]
        .map(([id, p]) => ({
          provinceId: id,
          provinceName: name.get(id) ?? "",
          units: rate(p.units),
          communes: rate(p.communes),
        }))
        .sort((a, b) => collator.compare(a.provinceName, b.provinceName));
    }

    const tallyRows = await tx.publishedTally.findMany({
      where: {
        ...provinceWhere(ctx.scope),
        ...(province ? { provinceId: province.id } : {}),
        year: query.year,
        ...(former ? { formerProvinceId: former.id } : {}),
      },
      select: {
        id: true,
        measure: true,
        achieved: true,
        total: true,
        rateTenths: true,
        source: true,
        formerProvince: { select: { shortName: true } },
      },
      orderBy: [{ formerProvinceId: "asc" }, { measure: "asc" }],
    });
    const titleWhere: Prisma.CommuneYearTitleWhereInput = {
      ...tenantWhere(ctx.scope),
      ...(province ? { provinceId: province.id } : {}),
      year: query.year,
      ...(former ? { formerCommune: { formerProvinceId: former.id } } : {}),
    };
    const [exemplary, ruralSecurityMet] = await Promise.all([
      tx.communeYearTitle.count({ where: { ...titleWhere, exemplary: true } }),
      tx.communeYearTitle.count({ where: { ...titleWhere, ruralSecurityMet: true } }),
    ]);

    const organizations = addRates(
      rate(byType.AGENCY),
      rate(byType.ENTERPRISE),
      rate(byType.SCHOOL),
    );
    return {
      year: query.year,
      province: province ? { id: province.id, name: province.shortName } : null,
      formerProvince: former ? { id: former.id, name: former.shortName } : null,
      formerProvinces: formerProvinces.map((f) => ({ id: f.id, name: f.shortName })),
      byType: Object.fromEntries(UNIT_TYPES.map((t) => [t, rate(byType[t])])) as Record<
        SafetyUnitType,
        Rate
      >,
      organizations,
      units: addRates(rate(byType.RESIDENTIAL_AREA), organizations),
      pending,
      communes,
      provinces,
      tallies: tallyRows.map((t) => ({
        id: t.id,
        measure: t.measure,
        formerProvinceName: t.formerProvince?.shortName ?? null,
        achieved: t.achieved,
        total: t.total,
        rateTenths: t.rateTenths,
        source: t.source,
      })),
      titles: { exemplary, ruralSecurityMet },
    };
  });
}
