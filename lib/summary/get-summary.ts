import type { AuthContext } from "@/lib/auth/current-user";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import { day } from "@/lib/periods/period-dates";
import type { SummaryRequest } from "./schemas";
import type { SafetyUnitType, TeamGrade } from "@/lib/generated/prisma/enums";
import { countGrades, maxExcellent, withinExcellentQuota } from "@/lib/ratings/team-grade-rule";
import type {
  SummaryData,
  SummaryFigure,
  SummaryPeriod,
  SummaryTeamRatings,
  SummaryUnit,
} from "./types";

// The figures of the summary report: APPROVED reports only, read from the rollups the database
// keeps in the approving transaction (decision 011) — flows summed over the period's quarters,
// stocks the latest quarter that has them — for the period and the same period a year before; the
// models recognised, "An toàn về ANTT" results, point and team ratings and awards of the period. A former
// province on its own reads its rows (Report.formerProvinceId in the rollups; the commune's former
// province elsewhere); a province reads everything under it, its former provinces' history too.

const PROVINCE_SELECT = { id: true, name: true, shortName: true, kind: true } as const;

/** Whom the report may be about, from the request and the caller's scope. */
async function resolveUnit(
  tx: Tx,
  ctx: AuthContext,
  request: SummaryRequest,
): Promise<SummaryUnit> {
  const scope = ctx.scope;
  if (scope.level === "COMMUNE") throw new FormError("forbidden");
  const own = scope.level === "PROVINCE" ? scope.provinceId : null;
  if (request.formerProvinceId !== undefined) {
    const former = await tx.formerProvince.findFirst({
      where: { id: request.formerProvinceId, ...(own === null ? {} : { successorId: own }) },
      select: { id: true, name: true, shortName: true, successor: { select: PROVINCE_SELECT } },
    });
    if (!former) throw new NotFoundError("FormerProvince", String(request.formerProvinceId));
    return {
      level: "FORMER",
      formerProvinceId: former.id,
      name: former.name,
      shortName: former.shortName,
      successor: former.successor,
    };
  }
  const provinceId = request.provinceId ?? own;
  if (provinceId === null) return { level: "NATION" };
  if (own !== null && provinceId !== own) throw new NotFoundError("Province", String(provinceId));
  const province = await tx.province.findUnique({
    where: { id: provinceId },
    select: PROVINCE_SELECT,
  });
  if (!province) throw new NotFoundError("Province", String(provinceId));
  return { level: "PROVINCE", province };
}

/** The province (and former province) of a unit, as a where on tables that carry provinceId. */
function provinceOf(unit: SummaryUnit): { provinceId?: number } {
  if (unit.level === "NATION") return {};
  return { provinceId: unit.level === "PROVINCE" ? unit.province.id : unit.successor.id };
}

/** Rows of a commune-level table that belong to the former province (through their commune). */
function communeOf(unit: SummaryUnit): { commune?: { formerProvinceId: number } } {
  return unit.level === "FORMER" ? { commune: { formerProvinceId: unit.formerProvinceId } } : {};
}

/** [first day, first day after] of a year or a quarter. */
function dateRange(period: SummaryPeriod): { gte: Date; lt: Date } {
  const firstMonth = period.quarter === null ? 1 : (period.quarter - 1) * 3 + 1;
  const months = period.quarter === null ? 12 : 3;
  const gte = day(period.year, firstMonth, 1);
  const lt = new Date(Date.UTC(period.year, firstMonth - 1 + months, 1));
  return { gte, lt };
}

export function getSummary(ctx: AuthContext, request: SummaryRequest): Promise<SummaryData> {
  return inScope(ctx, (tx) => readSummary(tx, ctx, request));
}

async function readSummary(
  tx: Tx,
  ctx: AuthContext,
  request: SummaryRequest,
): Promise<SummaryData> {
  const unit = await resolveUnit(tx, ctx, request);
  const period: SummaryPeriod = { year: request.year, quarter: request.quarter ?? null };
  const before: SummaryPeriod = { year: period.year - 1, quarter: period.quarter };

  const periods = await tx.reportingPeriod.findMany({
    where: {
      year: { in: [period.year, before.year] },
      ...(period.quarter === null ? {} : { quarter: period.quarter }),
    },
    select: { id: true, year: true, quarter: true },
  });
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  const rollupWhere: Prisma.ReportRollupProvinceWhereInput = {
    ...provinceOf(unit),
    ...(unit.level === "FORMER" ? { formerProvinceId: unit.formerProvinceId } : {}),
    periodId: { in: periods.map((p) => p.id) },
  };
  const range = dateRange(period);
  const [indicators, sums, latest, recognitions, safety, ratings, teamRatings, awards] =
    await Promise.all([
      tx.indicator.findMany({
        select: {
          id: true,
          code: true,
          nameVi: true,
          groupVi: true,
          reportKind: true,
          unit: true,
          aggregation: true,
          sortOrder: true,
        },
      }),
      tx.reportRollupProvince.groupBy({
        by: ["periodId", "indicatorId"],
        where: rollupWhere,
        _sum: { total: true },
      }),
      tx.reportRollupProvince.aggregate({
        where: {
          ...rollupWhere,
          periodId: { in: periods.filter((p) => p.year === period.year).map((p) => p.id) },
        },
        _max: { updatedAt: true },
      }),
      tx.modelRecognition.findMany({
        where: {
          ...provinceOf(unit),
          decidedOn: range,
          ...(unit.level === "FORMER"
            ? {
                model: {
                  OR: [
                    { originFormerCommune: { formerProvinceId: unit.formerProvinceId } },
                    { originCommune: { formerProvinceId: unit.formerProvinceId } },
                  ],
                },
              }
            : {}),
        },
        select: {
          level: true,
          issuer: true,
          decisionNumber: true,
          decidedOn: true,
          model: { select: { name: true } },
        },
        orderBy: [{ decidedOn: "asc" }, { id: "asc" }],
      }),
      tx.safetyRegistration.groupBy({
        by: ["unitType", "result"],
        where: { ...provinceOf(unit), ...communeOf(unit), year: period.year },
        _count: { _all: true },
      }),
      tx.pointRating.groupBy({
        by: ["rating"],
        where: {
          ...provinceOf(unit),
          year: period.year,
          ...(unit.level === "FORMER"
            ? { point: { commune: { formerProvinceId: unit.formerProvinceId } } }
            : {}),
        },
        _count: { _all: true },
      }),
      tx.teamRating.groupBy({
        by: ["communeId", "grade"],
        where: {
          ...provinceOf(unit),
          year: period.year,
          ...(unit.level === "FORMER"
            ? { team: { commune: { formerProvinceId: unit.formerProvinceId } } }
            : {}),
        },
        _count: { _all: true },
      }),
      tx.award.groupBy({
        by: ["issuer", "kind", "recipientKind"],
        where: { ...provinceOf(unit), ...communeOf(unit), awardedOn: range },
        _count: { _all: true },
      }),
    ]);

  // indicator → year → the quarters that have a total
  const byIndicator = new Map<number, Map<number, [number, bigint][]>>();
  for (const row of sums) {
    const p = periodOf.get(row.periodId);
    if (!p) continue;
    const years = byIndicator.get(row.indicatorId) ?? new Map<number, [number, bigint][]>();
    const quarters = years.get(p.year) ?? [];
    quarters.push([p.quarter, row._sum.total ?? 0n]);
    years.set(p.year, quarters);
    byIndicator.set(row.indicatorId, years);
  }
  const figures: SummaryFigure[] = [];
  const kindOrder = { COMMUNE: 0, POINT: 1 } as const;
  for (const indicator of [...indicators].sort(
    (a, b) => kindOrder[a.reportKind] - kindOrder[b.reportKind] || a.sortOrder - b.sortOrder,
  )) {
    const years = byIndicator.get(indicator.id);
    const valueIn = (year: number): number => {
      const quarters = years?.get(year) ?? [];
      if (indicator.aggregation === "STOCK") {
        // The latest quarter of the range that has the stock (each subject reports it quarterly).
        const last = quarters.reduce<[number, bigint] | null>(
          (best, q) => (best === null || q[0] > best[0] ? q : best),
          null,
        );
        return Number(last?.[1] ?? 0n);
      }
      return Number(quarters.reduce((sum, q) => sum + q[1], 0n));
    };
    const current = valueIn(period.year);
    const previous = valueIn(before.year);
    if (current === 0 && previous === 0) continue;
    figures.push({
      code: indicator.code,
      nameVi: indicator.nameVi,
      groupVi: indicator.groupVi,
      kind: indicator.reportKind,
      unit: indicator.unit,
      aggregation: indicator.aggregation,
      current,
      previous,
    });
  }

  const safetyRows = new Map<SafetyUnitType, { registered: number; achieved: number }>();
  for (const row of safety) {
    const entry = safetyRows.get(row.unitType) ?? { registered: 0, achieved: 0 };
    entry.registered += row._count._all;
    if (row.result === "ACHIEVED") entry.achieved += row._count._all;
    safetyRows.set(row.unitType, entry);
  }
  const awardRows = new Map<string, SummaryData["awards"][number]>();
  for (const row of awards) {
    const key = `${row.issuer}/${row.kind}`;
    const entry = awardRows.get(key) ?? {
      issuer: row.issuer,
      kind: row.kind,
      collectives: 0,
      persons: 0,
    };
    if (row.recipientKind === "COLLECTIVE") entry.collectives += row._count._all;
    else entry.persons += row._count._all;
    awardRows.set(key, entry);
  }

  return {
    unit,
    period,
    figures,
    teamRatings: await teamRatingsOf(tx, teamRatings),
    recognitions: recognitions.map((r) => ({
      modelName: r.model.name,
      level: r.level,
      issuer: r.issuer,
      decisionNumber: r.decisionNumber,
      decidedOn: r.decidedOn,
    })),
    safety: [...safetyRows].map(([unitType, counts]) => ({ unitType, ...counts })),
    ratings: ratings.map((r) => ({ rating: r.rating, count: r._count._all })),
    awards: [...awardRows.values()],
    asOf: latest._max.updatedAt,
    draftedOn: new Date(),
  };
}

/** The team grades of the year, counted, with the communes that break the 20 % rule named. */
async function teamRatingsOf(
  tx: Tx,
  groups: readonly { communeId: number; grade: TeamGrade; _count: { _all: number } }[],
): Promise<SummaryTeamRatings> {
  const byCommune = new Map<number, TeamGrade[]>();
  for (const g of groups) {
    const list = byCommune.get(g.communeId) ?? [];
    for (let i = 0; i < g._count._all; i++) list.push(g.grade);
    byCommune.set(g.communeId, list);
  }
  const broken = [...byCommune.entries()]
    .map(([communeId, grades]) => ({ communeId, counts: countGrades(grades) }))
    .filter((c) => !withinExcellentQuota(c.counts));
  const names = new Map(
    (
      await tx.commune.findMany({
        where: { id: { in: broken.map((c) => c.communeId) } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c.name]),
  );
  const collator = new Intl.Collator("vi");
  return {
    grades: countGrades(groups.flatMap((g) => Array<TeamGrade>(g._count._all).fill(g.grade))),
    communes: byCommune.size,
    overQuota: broken
      .map(({ communeId, counts }) => ({
        communeName: names.get(communeId) ?? "",
        excellent: counts.EXCELLENT,
        goodOrBetter: counts.EXCELLENT + counts.GOOD,
        maxExcellent: maxExcellent(counts.GOOD),
      }))
      .sort((a, b) => collator.compare(a.communeName, b.communeName)),
  };
}
