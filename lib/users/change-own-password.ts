import { auditDetail } from "@/lib/audit/audit-detail";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldErrors, FormError, NotFoundError } from "@/lib/auth/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scoped";
import { auditActor, type UsersContext } from "./context";
import { usersInScope } from "./rules";
import { PASSWORD_PROBLEM_KEYS } from "./schemas";

export interface OwnPasswordChange {
  /** The password was a one-time one (new account or reset): the user may now use the portal. */
  wasDue: boolean;
  /** Sessions of the user on other devices that were ended. */
  otherSessionsEnded: number;
}

/**
 * The signed-in user replaces their own password: the current one must be right, the new one
 * must pass the password policy and differ from it. Every other session of the user ends; the
 * one that made the change stays signed in.
 */
export async function changeOwnPassword(
  ctx: UsersContext & { sessionId: string },
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<OwnPasswordChange> {
  const userId = ctx.user.id;
  const own = { id: userId, active: true, ...usersInScope(ctx.scope) };
  const current = await withScope(
    ctx.scope,
    (tx) =>
      tx.user.findFirst({ where: own, select: { passwordHash: true, mustChangePassword: true } }),
    { userId },
  );
  if (!current) throw new NotFoundError("User", userId);

  // argon2 outside any transaction: it takes a moment and needs no connection.
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new FieldErrors({ currentPassword: { key: "currentPasswordWrong" } });
  }
  const problem = passwordProblem(input.newPassword, ctx.user.username);
  if (problem) throw new FieldErrors({ newPassword: { key: PASSWORD_PROBLEM_KEYS[problem] } });
  if (input.newPassword.normalize("NFC") === input.currentPassword.normalize("NFC")) {
    throw new FieldErrors({ newPassword: { key: "passwordSame" } });
  }
  const passwordHash = await hashPassword(input.newPassword);

  return withScope(
    ctx.scope,
    async (tx) => {
      // The hash that was verified is part of the where: a password changed meanwhile (another
      // device, an administrator's reset) is not overwritten.
      const { count } = await tx.user.updateMany({
        where: { ...own, passwordHash: current.passwordHash },
        data: { passwordHash, passwordChangedAt: now, mustChangePassword: false },
      });
      if (count === 0) throw new FormError("conflict");
      const otherSessionsEnded = await revokeUserSessions(tx, userId, now, ctx.sessionId);
      await writeAudit(
        tx,
        auditActor(ctx, { provinceId: ctx.user.provinceId, communeId: ctx.user.communeId }),
        {
          action: "UPDATE",
          entity: "User",
          entityId: userId,
          before: { mustChangePassword: current.mustChangePassword },
          after: { mustChangePassword: false, passwordChangedAt: now },
          detail: auditDetail("account.password-changed", { sessionsEnded: otherSessionsEnded }),
        },
      );
      return { wasDue: current.mustChangePassword, otherSessionsEnded };
    },
    { userId },
  );
}
