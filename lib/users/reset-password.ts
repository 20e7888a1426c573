import { auditDetail } from "@/lib/audit/audit-detail";
import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, FormError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password-hash";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scoped";
import { auditActor, type UsersContext } from "./context";
import { findUserInScope } from "./find-user";
import { generateOneTimePassword } from "./one-time-password";
import { assertMayManage, manageableUserWhere } from "./rules";
import type { ResetPasswordInput } from "./schemas";
import { auditValues } from "./user-record";

export interface PasswordReset {
  id: string;
  username: string;
  /** Shown to the administrator once; the user must replace it at the next sign-in. */
  oneTimePassword: string;
  sessionsEnded: number;
}

/**
 * Gives a user the caller may manage a new one-time password: the user must change it at the next
 * sign-in, and every session they had ends. Administrators change their own password themselves.
 */
export async function resetPassword(
  ctx: UsersContext,
  input: ResetPasswordInput,
  now = new Date(),
): Promise<PasswordReset> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const { username, sessionsEnded } = await withScope(
    ctx.scope,
    async (tx) => {
      const before = await findUserInScope(tx, ctx, input.id);
      assertMayManage(ctx, before);
      if (before.id === ctx.user.id) throw new FormError("cannotResetOwnPassword");
      const { count } = await tx.user.updateMany({
        where: manageableUserWhere(ctx, input.id),
        data: { passwordHash, mustChangePassword: true, passwordChangedAt: now },
      });
      if (count === 0) throw new ConflictError(null);
      await writeAudit(tx, auditActor(ctx, before), {
        action: "UPDATE",
        entity: "User",
        entityId: before.id,
        before: auditValues(before),
        after: { ...auditValues(before), mustChangePassword: true },
        detail: auditDetail("user.password-reset"),
      });
      return {
        username: before.username,
        sessionsEnded: await revokeUserSessions(tx, input.id, now),
      };
    },
    { userId: ctx.user.id },
  );
  return { id: input.id, username, oneTimePassword, sessionsEnded };
}
