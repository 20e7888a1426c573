import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, FormError } from "@/lib/auth/errors";
import { withScope } from "@/lib/db/scoped";
import { auditActor, type UsersContext } from "./context";
import { endUserSessions } from "./end-user-sessions";
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
  const changed = await withScope(
    ctx.scope,
    async (tx) => {
      const before = await findUserInScope(tx, ctx, input.id);
      assertMayManage(ctx, before);
      if (before.id === ctx.user.id) throw new FormError("cannotChangeSelf");
      if (before.active === input.active) return false;
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
        detail: input.active ? "reactivated" : "deactivated",
      });
      return true;
    },
    { userId: ctx.user.id },
  );
  const sessionsEnded = changed && !input.active ? await endUserSessions(input.id, now) : 0;
  return { id: input.id, active: input.active, sessionsEnded };
}
