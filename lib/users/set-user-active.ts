import { auditDetail } from "@/lib/audit/audit-detail";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FormError } from "@/lib/auth/errors";
import { endUserSessions } from "@/lib/auth/sessions";
import { inScope } from "@/lib/db/scoped";
import { findUserInScope } from "./find-user";
import { assertMayManage, manageableUserWhere } from "./rules";
import type { SetUserActiveInput } from "./schemas";
import { auditValues } from "./user-record";

/**
 * Deactivates or reactivates a user the caller may manage. Deactivation ends every session of
 * the user at once; a deactivated user cannot sign in. Nobody deactivates themselves.
 */
export async function setUserActive(
  ctx: AuthContext,
  input: SetUserActiveInput,
): Promise<{ id: string; active: boolean; sessionsEnded: number }> {
  const sessionsEnded = await inScope(ctx, async (tx) => {
    const before = await findUserInScope(tx, ctx, input.id);
    assertMayManage(ctx, before);
    if (before.id === ctx.user.id) throw new FormError("cannotChangeSelf");
    if (before.active === input.active) return 0;
    const { count } = await tx.user.updateMany({
      where: manageableUserWhere(ctx, input.id),
      data: { active: input.active, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(null);
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "User",
      entityId: before.id,
      before: auditValues(before),
      after: { ...auditValues(before), active: input.active },
      detail: auditDetail(input.active ? "user.reactivated" : "user.deactivated"),
    });
    // In the same transaction: the user is out the moment the change commits.
    return input.active ? 0 : ((await endUserSessions(tx, input.id)) ?? 0);
  });
  return { id: input.id, active: input.active, sessionsEnded };
}
