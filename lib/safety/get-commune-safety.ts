import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { breaksCommuneRule, MERGER_YEAR, rateOf } from "./rules";
import { communeForRead } from "./scope";
import type { CommuneSafety, SafetyRegistrationRow } from "./types";

const collator = new Intl.Collator("vi");

/** One commune's year: its registrations and results, what is not registered yet, its titles. */
export async function getCommuneSafety(
  ctx: AuthContext,
  communeId: number,
  year: number,
): Promise<CommuneSafety> {
  return inScope(ctx, async (tx) => {
    const commune = await communeForRead(tx, ctx, communeId);
    const place = { provinceId: commune.provinceId, communeId: commune.id };
    const rows = await tx.safetyRegistration.findMany({
      where: { ...place, year },
      select: {
        id: true,
        version: true,
        unitType: true,
        registeredOn: true,
        result: true,
        decisionNumber: true,
        decidedOn: true,
        residentialAreaId: true,
        organizationId: true,
        residentialArea: { select: { name: true } },
        organization: { select: { name: true } },
        formerCommune: { select: { name: true } },
      },
    });
    const registrations: SafetyRegistrationRow[] = rows
      .map((r) => ({
        id: r.id,
        version: r.version,
        unitType: r.unitType,
        unitName:
          r.residentialArea?.name ??
          r.organization?.name ??
          (r.unitType === "COMMUNE" ? (r.formerCommune?.name ?? commune.name) : ""),
        formerCommuneName: r.formerCommune?.name ?? null,
        registeredOn: r.registeredOn,
        result: r.result,
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
      }))
      .sort(
        (a, b) =>
          a.unitType.localeCompare(b.unitType) ||
          collator.compare(a.formerCommuneName ?? "", b.formerCommuneName ?? "") ||
          collator.compare(a.unitName, b.unitName),
      );
    const units = rows.filter((r) => r.unitType !== "COMMUNE");
    const own = rows.find((r) => r.unitType === "COMMUNE" && !r.formerCommune);
    const achieved = units.filter((r) => r.result === "ACHIEVED").length;
    const registeredAreas = new Set(
      rows.flatMap((r) => (r.residentialAreaId ? [r.residentialAreaId] : [])),
    );
    const registeredOrgs = new Set(
      rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    );
    const [areas, organizations, formers, titles] = await Promise.all([
      tx.residentialArea.findMany({
        where: { ...place, active: true },
        select: { id: true, name: true, formerCommune: { select: { name: true } } },
      }),
      tx.organization.findMany({
        where: { ...place, active: true },
        select: { id: true, name: true, kind: true, formerCommune: { select: { name: true } } },
      }),
      tx.communeMapping.findMany({
        where: { communeId: commune.id },
        select: { formerCommune: { select: { id: true, name: true } } },
      }),
      tx.communeYearTitle.findMany({
        where: { ...place, year },
        select: {
          formerCommuneId: true,
          exemplary: true,
          ruralSecurityMet: true,
          decisionNumber: true,
          version: true,
        },
      }),
    ]);
    const registeredFormers = new Set(
      rows.flatMap((r) =>
        r.unitType === "COMMUNE" && r.formerCommune ? [r.formerCommune.name] : [],
      ),
    );
    const formerCommunes = formers
      .map((m) => ({
        id: m.formerCommune.id,
        name: m.formerCommune.name,
        registered: registeredFormers.has(m.formerCommune.name),
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const titleOf = (formerCommuneId: number | null) =>
      titles.find((t) => t.formerCommuneId === formerCommuneId);
    const titleRows =
      year < MERGER_YEAR
        ? formerCommunes.map((f) => {
            const t = titleOf(f.id);
            return {
              formerCommuneId: f.id,
              formerCommuneName: f.name,
              exemplary: t?.exemplary ?? false,
              ruralSecurityMet: t?.ruralSecurityMet ?? false,
              decisionNumber: t?.decisionNumber ?? null,
              version: t?.version ?? null,
            };
          })
        : [
            {
              formerCommuneId: null,
              formerCommuneName: null,
              exemplary: titleOf(null)?.exemplary ?? false,
              ruralSecurityMet: titleOf(null)?.ruralSecurityMet ?? false,
              decisionNumber: titleOf(null)?.decisionNumber ?? null,
              version: titleOf(null)?.version ?? null,
            },
          ];
    return {
      commune: { id: commune.id, name: commune.name, provinceName: commune.provinceName },
      year,
      registrations,
      units: rateOf(achieved, units.length),
      communeResult: own?.result ?? null,
      breaksRule: breaksCommuneRule(own?.result === "ACHIEVED", achieved, units.length),
      unregistered: {
        areas: areas
          .filter((a) => !registeredAreas.has(a.id))
          .map((a) => ({
            id: a.id,
            name: a.name,
            formerCommuneName: a.formerCommune?.name ?? null,
          }))
          .sort((a, b) => collator.compare(a.name, b.name)),
        organizations: organizations
          .filter((o) => !registeredOrgs.has(o.id))
          .map((o) => ({
            id: o.id,
            name: o.name,
            kind: o.kind,
            formerCommuneName: o.formerCommune?.name ?? null,
          }))
          .sort((a, b) => collator.compare(a.name, b.name)),
      },
      formerCommunes,
      titles: titleRows,
    };
  });
}
