import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { personsInScope, teamsInScope } from "./scope";

const collator = new Intl.Collator("vi");

export interface RosterOptions {
  communes: { id: number; name: string }[];
  points: { id: string; name: string; communeId: number }[];
  areas: { id: string; name: string; communeId: number; formerCommune: string | null }[];
  /** The 54 ethnic groups, Kinh first (the catalog's order). */
  ethnicities: { id: number; name: string }[];
}

/**
 * The communes of the caller's scope, and the points and residential areas of one of them, for the
 * team forms and filters. A team belongs to one commune, so its places are offered for that commune
 * only: a province has up to 3,000 points and 3,600 areas, which as options of every commune made the
 * province's teams page a megabyte (and were cut off at a limit). `communeId` null: the caller's own
 * commune for a commune officer, no places for a province (it picks a commune first). A commune
 * outside the scope gets no places (tenantWhere and row-level security).
 */
export async function listRosterOptions(
  ctx: AuthContext,
  communeId: number | null,
): Promise<RosterOptions> {
  if (ctx.scope.level === "NATION") return { communes: [], points: [], areas: [], ethnicities: [] };
  const scope = ctx.scope;
  const placesOf = scope.level === "COMMUNE" ? scope.communeId : communeId;
  return inScope(ctx, async (tx) => {
    const [communes, points, areas, ethnicities] = await Promise.all([
      tx.commune.findMany({
        where:
          scope.level === "COMMUNE" ? { id: scope.communeId } : { provinceId: scope.provinceId },
        select: { id: true, name: true },
      }),
      placesOf === null
        ? []
        : tx.replicationPoint.findMany({
            where: { ...tenantWhere(scope), communeId: placesOf, status: { not: "DISSOLVED" } },
            select: { id: true, name: true, communeId: true },
          }),
      placesOf === null
        ? []
        : tx.residentialArea.findMany({
            where: { ...tenantWhere(scope), communeId: placesOf, active: true },
            select: {
              id: true,
              name: true,
              communeId: true,
              formerCommune: { select: { name: true } },
            },
          }),
      tx.ethnicity.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    ]);
    return {
      communes: communes.sort((a, b) => collator.compare(a.name, b.name)),
      points: points.sort((a, b) => collator.compare(a.name, b.name)),
      areas: areas
        .map((a) => ({
          id: a.id,
          name: a.name,
          communeId: a.communeId,
          formerCommune: a.formerCommune?.name ?? null,
        }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      ethnicities,
    };
  });
}

/** Active teams of a commune a member can be moved to. */
export async function listMoveTargets(
  ctx: AuthContext,
  communeId: number,
  exceptTeamId: string,
): Promise<{ id: string; name: string }[]> {
  const teams = await inScope(ctx, (tx) =>
    tx.team.findMany({
      where: { ...teamsInScope(ctx), communeId, status: "ACTIVE", id: { not: exceptTeamId } },
      select: { id: true, name: true },
      take: 2000,
    }),
  );
  return teams.sort((a, b) => collator.compare(a.name, b.name));
}

/** Persons of the caller's scope whose name contains `q` (diacritic- and case-blind). */
export async function searchPersons(ctx: AuthContext, q: string) {
  const key = searchKey(q).slice(0, 100);
  if (key.length < 2) return [];
  return inScope(ctx, (tx) =>
    tx.person.findMany({
      where: { ...personsInScope(ctx), ...searchKeyWhere(key) },
      orderBy: [{ searchKey: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, fullName: true, birthDate: true, commune: { select: { name: true } } },
    }),
  );
}
