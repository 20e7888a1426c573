import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { CreateTeamInput } from "./schemas";
import { checkTeamPlaces, teamCommune } from "./scope";

/**
 * Creates a team in the caller's commune (a province officer names one of the province's
 * communes): a model team under one of the commune's replication points, or a grassroots
 * security team covering one or more of its residential areas.
 */
export async function createTeam(
  ctx: AuthContext,
  input: CreateTeamInput,
): Promise<{ id: string }> {
  return inScope(ctx, async (tx) => {
    const unit = await teamCommune(tx, ctx, input.communeId);
    const places = await checkTeamPlaces(tx, unit, input.kind, input);
    const team = await tx.team.create({
      data: {
        ...unit,
        kind: input.kind,
        name: input.name,
        pointId: places.pointId,
        establishedOn: input.establishedOn ?? null,
      },
      select: { id: true },
    });
    if (places.areaIds.length > 0)
      await tx.teamArea.createMany({
        data: places.areaIds.map((residentialAreaId) => ({
          provinceId: unit.provinceId,
          teamId: team.id,
          residentialAreaId,
        })),
      });
    await writeAudit(tx, auditActor(ctx, unit), {
      action: "CREATE",
      entity: "Team",
      entityId: team.id,
      after: { kind: input.kind, name: input.name, ...places, establishedOn: input.establishedOn },
    });
    return team;
  });
}
