import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FormError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { UpdateTeamInput } from "./schemas";
import { checkTeamPlaces, findTeamInScope, type TeamRecord, teamsInScope } from "./scope";

function values(team: TeamRecord) {
  return {
    name: team.name,
    pointId: team.pointId,
    establishedOn: team.establishedOn,
    areaIds: team.areas.map((a) => a.residentialAreaId).sort(),
  };
}

async function conflictOf(tx: Tx, ctx: AuthContext, id: string) {
  const current = await findTeamInScope(tx, ctx, id);
  return new ConflictError({ ...values(current), version: current.version });
}

/** Renames a team, changes its point or areas and its founding date; refused over a newer version. */
export async function updateTeam(
  ctx: AuthContext,
  input: UpdateTeamInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findTeamInScope(tx, ctx, input.id);
    if (before.version !== input.version) throw await conflictOf(tx, ctx, input.id);
    if (before.status === "DISSOLVED") throw new FormError("teamDissolved");
    const places = await checkTeamPlaces(
      tx,
      { provinceId: before.provinceId, communeId: before.communeId },
      before.kind,
      input,
    );
    const { count } = await tx.team.updateMany({
      where: { id: input.id, ...teamsInScope(ctx), version: before.version },
      data: {
        name: input.name,
        pointId: places.pointId,
        establishedOn: input.establishedOn ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await conflictOf(tx, ctx, input.id);
    await tx.teamArea.deleteMany({ where: { provinceId: before.provinceId, teamId: before.id } });
    if (places.areaIds.length > 0)
      await tx.teamArea.createMany({
        data: places.areaIds.map((residentialAreaId) => ({
          provinceId: before.provinceId,
          teamId: before.id,
          residentialAreaId,
        })),
      });
    const after = await findTeamInScope(tx, ctx, input.id);
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "Team",
      entityId: before.id,
      before: values(before),
      after: values(after),
    });
    return { id: after.id, version: after.version };
  });
}
