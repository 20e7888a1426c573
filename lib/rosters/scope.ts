import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import { tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";

// The where-builders of the rosters: teams, persons and memberships of the caller's scope (the
// ministry all, a province its own, a commune its own commune). A row outside is "not found".

export const teamsInScope = (ctx: AuthContext): Prisma.TeamWhereInput => tenantWhere(ctx.scope);
export const personsInScope = (ctx: AuthContext): Prisma.PersonWhereInput => tenantWhere(ctx.scope);
export const membershipsInScope = (ctx: AuthContext): Prisma.MembershipWhereInput =>
  tenantWhere(ctx.scope);

export const teamRecordSelect = {
  id: true,
  provinceId: true,
  communeId: true,
  kind: true,
  name: true,
  pointId: true,
  establishedOn: true,
  status: true,
  dissolvedOn: true,
  dissolvedReason: true,
  version: true,
  areas: { select: { residentialAreaId: true } },
} as const;
export type TeamRecord = Prisma.TeamGetPayload<{ select: typeof teamRecordSelect }>;

export async function findTeamInScope(tx: Tx, ctx: AuthContext, id: string): Promise<TeamRecord> {
  const team = await tx.team.findFirst({
    where: { id, ...teamsInScope(ctx) },
    select: teamRecordSelect,
  });
  if (!team) throw new NotFoundError("Team", id);
  return team;
}

export const personRecordSelect = {
  id: true,
  provinceId: true,
  communeId: true,
  residentialAreaId: true,
  fullName: true,
  gender: true,
  birthDate: true,
  ethnicityId: true,
  religion: true,
  affiliation: true,
  phone: true,
  citizenId: true,
  version: true,
} as const;
export type PersonRecord = Prisma.PersonGetPayload<{ select: typeof personRecordSelect }>;

export async function findPersonInScope(
  tx: Tx,
  ctx: AuthContext,
  id: string,
): Promise<PersonRecord> {
  const person = await tx.person.findFirst({
    where: { id, ...personsInScope(ctx) },
    select: personRecordSelect,
  });
  if (!person) throw new NotFoundError("Person", id);
  return person;
}

export async function findMembershipInScope(tx: Tx, ctx: AuthContext, id: string) {
  const membership = await tx.membership.findFirst({
    where: { id, ...membershipsInScope(ctx) },
    select: {
      id: true,
      provinceId: true,
      communeId: true,
      teamId: true,
      personId: true,
      role: true,
      joinedOn: true,
      leftOn: true,
      leftReason: true,
      ageNote: true,
      version: true,
      person: { select: { fullName: true, birthDate: true } },
    },
  });
  if (!membership) throw new NotFoundError("Membership", id);
  return membership;
}

/** The commune a new team goes in: a commune officer's own; a province officer names one of theirs. */
export async function teamCommune(
  tx: Tx,
  ctx: AuthContext,
  requested: number | undefined,
): Promise<{ provinceId: number; communeId: number }> {
  if (ctx.scope.level === "COMMUNE")
    return { provinceId: ctx.scope.provinceId, communeId: ctx.scope.communeId };
  if (ctx.scope.level === "NATION" || !requested)
    throw new FieldErrors({ communeId: { key: "communeOfTeamRequired" } });
  const commune = await tx.commune.findFirst({
    where: { id: requested, provinceId: ctx.scope.provinceId },
    select: { id: true },
  });
  if (!commune) throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  return { provinceId: ctx.scope.provinceId, communeId: commune.id };
}

/** A model team's point and a grassroots team's areas must be of the team's own commune. */
export async function checkTeamPlaces(
  tx: Tx,
  unit: { provinceId: number; communeId: number },
  kind: "MODEL" | "GRASSROOTS_SECURITY",
  input: { pointId?: string | undefined; areaIds: string[] },
): Promise<{ pointId: string | null; areaIds: string[] }> {
  if (kind === "MODEL") {
    if (!input.pointId) throw new FieldErrors({ pointId: { key: "teamPointRequired" } });
    const point = await tx.replicationPoint.findFirst({
      where: { id: input.pointId, ...unit },
      select: { id: true },
    });
    if (!point) throw new FieldErrors({ pointId: { key: "pointOutOfScope" } });
  }
  const areaIds = [...new Set(input.areaIds)];
  if (kind === "GRASSROOTS_SECURITY" && areaIds.length === 0)
    throw new FieldErrors({ areaIds: { key: "teamAreasRequired" } });
  if (areaIds.length > 0) {
    const found = await tx.residentialArea.count({ where: { id: { in: areaIds }, ...unit } });
    if (found !== areaIds.length)
      throw new FieldErrors({ areaIds: { key: "residentialAreaOutOfScope" } });
  }
  return { pointId: kind === "MODEL" ? (input.pointId ?? null) : null, areaIds };
}
