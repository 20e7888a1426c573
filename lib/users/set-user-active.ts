import { auditDetail } from "@/lib/audit/audit-detail";
import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, FormError } from "@/lib/auth/errors";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scoped";
import { auditActor, type UsersContext } from "./context";
import { findUserInScope } from "./find-user";
import { assertMayManage, manageableUserWhere } from "./rules";
import type { SetUserActiveInput } from "./schemas";
import { auditValues } from "./user-record";

/**
 * Deactivates or reactivates a user the caller may manage. Deactivation ends every session of
 * the user at once; a deactivated user cannot sign in. Nobody deactivates themselves.
 */
export async function setUserActive(
  ctx: UsersContext,
  input: SetUserActiveInput,
  now = new Date(),
): Promise<{ id: string; active: boolean; sessionsEnded: number }> {
  const sessionsEnded = await withScope(
    ctx.scope,
    async (tx) => {
      const before = await findUserInScope(tx, ctx, input.id);
      assertMayManage(ctx, before);
      if (before.id === ctx.user.id) throw new FormError("cannotChangeSelf");
      if (before.active === input.active) return 0;
      const { count } = await tx.user.updateMany({
        where: manageableUserWhere(ctx, input.id),
        data: { active: input.active },
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
      return input.active ? 0 : revokeUserSessions(tx, input.id, now);
    },
    { userId: ctx.user.id },
  );
  return { id: input.id, active: input.active, sessionsEnded };
}
