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

/** Communes, points and residential areas the team forms and filters offer, in the caller's scope. */
export async function listRosterOptions(ctx: AuthContext): Promise<RosterOptions> {
  if (ctx.scope.level === "NATION") return { communes: [], points: [], areas: [], ethnicities: [] };
  const scope = ctx.scope;
  const where = tenantWhere(scope);
  return inScope(ctx, async (tx) => {
    const [communes, points, areas, ethnicities] = await Promise.all([
      tx.commune.findMany({
        where:
          scope.level === "COMMUNE" ? { id: scope.communeId } : { provinceId: scope.provinceId },
        select: { id: true, name: true },
      }),
      tx.replicationPoint.findMany({
        where: { ...where, status: { not: "DISSOLVED" } },
        select: { id: true, name: true, communeId: true },
        take: 2000,
      }),
      tx.residentialArea.findMany({
        where: { ...where, active: true },
        select: {
          id: true,
          name: true,
          communeId: true,
          formerCommune: { select: { name: true } },
        },
        take: 5000,
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
