import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import type { DissolveTeamInput } from "./schemas";
import { findTeamInScope, teamsInScope } from "./scope";

export const DISSOLVED_REASON_PREFIX = "team dissolved";

/**
 * Dissolves a team on a date with a reason. Its current members' memberships end the same day
 * with the same reason (history kept: nothing is deleted), in the same transaction.
 */
export async function dissolveTeam(
  ctx: AuthContext,
  input: DissolveTeamInput,
): Promise<{ id: string; version: number; membershipsEnded: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findTeamInScope(tx, ctx, input.id);
    if (before.version !== input.version)
      throw new ConflictError({ status: before.status, version: before.version });
    if (before.status === "DISSOLVED") throw new FormError("teamAlreadyDissolved");
    if (before.establishedOn && input.dissolvedOn < before.establishedOn)
      throw new FieldErrors({ dissolvedOn: { key: "dissolvedBeforeEstablished" } });
    const { count } = await tx.team.updateMany({
      where: { id: input.id, ...teamsInScope(ctx), version: before.version },
      data: {
        status: "DISSOLVED",
        dissolvedOn: input.dissolvedOn,
        dissolvedReason: input.reason,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError(null);
    const ended = await tx.membership.updateMany({
      where: { provinceId: before.provinceId, teamId: before.id, leftOn: null },
      data: { leftOn: input.dissolvedOn, leftReason: input.reason, version: { increment: 1 } },
    });
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "Team",
      entityId: before.id,
      before: { status: before.status },
      after: { status: "DISSOLVED", dissolvedOn: input.dissolvedOn, dissolvedReason: input.reason },
      detail: `${DISSOLVED_REASON_PREFIX}; memberships ended ${ended.count}`,
    });
    return { id: before.id, version: before.version + 1, membershipsEnded: ended.count };
  });
}
