import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors, FormError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { inScope } from "@/lib/db/scoped";
import type { EndMembershipInput } from "./schemas";
import { findMembershipInScope, membershipsInScope } from "./scope";

/** Closes an open membership on a day with a reason, by id + scope + version in one statement. */
export async function closeMembership(
  tx: Tx,
  ctx: AuthContext,
  input: { membershipId: string; version: number; leftOn: Date; reason: string },
) {
  const before = await findMembershipInScope(tx, ctx, input.membershipId);
  if (before.version !== input.version)
    throw new ConflictError({ leftOn: before.leftOn, version: before.version });
  if (before.leftOn) throw new FormError("membershipEnded");
  if (input.leftOn < before.joinedOn)
    throw new FieldErrors({ leftOn: { key: "leftBeforeJoined" } });
  const { count } = await tx.membership.updateMany({
    where: { id: before.id, ...membershipsInScope(ctx), version: before.version, leftOn: null },
    data: { leftOn: input.leftOn, leftReason: input.reason, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(null);
  await writeAudit(tx, auditActor(ctx, before), {
    action: "UPDATE",
    entity: "Membership",
    entityId: before.id,
    before: { leftOn: null, leftReason: null },
    after: { leftOn: input.leftOn, leftReason: input.reason },
  });
  return before;
}

/** A member leaves a team: the membership ends (kept in the history, never deleted). */
export async function endMembership(
  ctx: AuthContext,
  input: EndMembershipInput,
): Promise<{ id: string; teamId: string; personId: string }> {
  return inScope(ctx, async (tx) => {
    const ended = await closeMembership(tx, ctx, input);
    return { id: ended.id, teamId: ended.teamId, personId: ended.personId };
  });
}
