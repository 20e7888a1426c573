import { auditDetail } from "@/lib/audit/audit-detail";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password-hash";
import { inScope } from "@/lib/db/scoped";
import { findUserInScope } from "./find-user";
import { generateOneTimePassword } from "./one-time-password";
import { assertMayManage } from "./rules";
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
 * The database writes the hash and ends the sessions (app_reset_password), after its own check
 * that the caller's scope manages the user.
 */
export async function resetPassword(
  ctx: AuthContext,
  input: ResetPasswordInput,
): Promise<PasswordReset> {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const { username, sessionsEnded } = await inScope(ctx, async (tx) => {
    const before = await findUserInScope(tx, ctx, input.id);
    assertMayManage(ctx, before);
    if (before.id === ctx.user.id) throw new FormError("cannotResetOwnPassword");
    const rows = await tx.$queryRaw<{ ended: number | null }[]>`
      select app_reset_password(${input.id}::uuid, ${passwordHash}) as ended`;
    const ended = rows[0]?.ended ?? null;
    if (ended === null) throw new FormError("userNotManageable");
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "User",
      entityId: before.id,
      before: auditValues(before),
      after: { ...auditValues(before), mustChangePassword: true },
      detail: auditDetail("user.password-reset"),
    });
    return { username: before.username, sessionsEnded: ended };
  });
  return { id: input.id, username, oneTimePassword, sessionsEnded };
}
