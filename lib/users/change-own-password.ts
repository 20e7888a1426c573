import { auditDetail } from "@/lib/audit/audit-detail";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { hashPassword, passwordProof } from "@/lib/auth/password-hash";
import { passwordProblem } from "@/lib/auth/password-policy";
import { atSignIn, inScope } from "@/lib/db/scoped";
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
 * one that made the change stays signed in. The database checks the current password's proof
 * and writes the new hash itself (auth_change_own_password): the application never reads or
 * writes a password hash directly.
 */
export async function changeOwnPassword(
  ctx: AuthContext,
  input: { currentPassword: string; newPassword: string },
): Promise<OwnPasswordChange> {
  const problem = passwordProblem(input.newPassword, ctx.user.username);
  if (problem) throw new FieldErrors({ newPassword: { key: PASSWORD_PROBLEM_KEYS[problem] } });
  if (input.newPassword.normalize("NFC") === input.currentPassword.normalize("NFC")) {
    throw new FieldErrors({ newPassword: { key: "passwordSame" } });
  }
  const params = await atSignIn(
    (tx) =>
      tx.$queryRaw<{ params: string | null }[]>`
      select auth_password_params(${ctx.user.username}) as params`,
  );
  // argon2 outside any transaction: it takes a moment and needs no connection.
  const [currentProof, newHash] = await Promise.all([
    passwordProof(params[0]?.params ?? null, input.currentPassword),
    hashPassword(input.newPassword),
  ]);

  return inScope(ctx, async (tx) => {
    const rows = await tx.$queryRaw<{ ended: number | null }[]>`
      select auth_change_own_password(${ctx.sessionToken}, ${currentProof}, ${newHash}) as ended`;
    const ended = rows[0]?.ended ?? null;
    if (ended === null) {
      // A wrong current password, or one changed meanwhile (another device, a reset).
      throw new FieldErrors({ currentPassword: { key: "currentPasswordWrong" } });
    }
    await writeAudit(tx, auditActor(ctx), {
      action: "UPDATE",
      entity: "User",
      entityId: ctx.user.id,
      before: { mustChangePassword: ctx.user.mustChangePassword },
      after: { mustChangePassword: false },
      detail: auditDetail("account.password-changed", { sessionsEnded: ended }),
    });
    return { wasDue: ctx.user.mustChangePassword, otherSessionsEnded: ended };
  });
}
