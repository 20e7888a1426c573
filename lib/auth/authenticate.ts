import { withScope } from "@/lib/db/scoped";
import { writeAudit } from "@/lib/audit/write-audit";
import { dummyPasswordHash, verifyPassword } from "./password-hash";
import { createSession } from "./sessions";
import { checkThrottle } from "./throttle";

export interface SignInRequest {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

export type SignInResult =
  | { ok: true; sessionToken: string; userId: string; mustChangePassword: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Checks a username and password. The answer never tells whether the username exists: an unknown
 * name, a wrong password and a deactivated account are all "invalid", and take the same time.
 * Every attempt is counted for the throttle and written to the audit trail.
 */
export async function authenticate(
  request: SignInRequest,
  now = new Date(),
): Promise<SignInResult> {
  const username = request.username.trim().toLowerCase().normalize("NFC");
  return withScope({ level: "AUTH" }, async (tx) => {
    const throttle = await checkThrottle(tx, username, request.ip, now);
    if (throttle.blocked) {
      await writeAudit(
        tx,
        { username, ip: request.ip },
        { action: "SIGN_IN_FAILED", detail: "throttled" },
      );
      return { ok: false, reason: "throttled", retryAfterMinutes: throttle.retryAfterMinutes };
    }
    const user = await tx.user.findUnique({
      where: { username },
      select: {
        id: true,
        username: true,
        role: true,
        provinceId: true,
        communeId: true,
        active: true,
        passwordHash: true,
        mustChangePassword: true,
      },
    });
    const valid = await verifyPassword(
      user?.passwordHash ?? (await dummyPasswordHash()),
      request.password,
    );
    const success = valid && user !== null && user.active;
    await tx.signInAttempt.create({ data: { username, ip: request.ip, success, at: now } });
    const actor = {
      userId: user?.id ?? null,
      username,
      role: user?.role ?? null,
      provinceId: user?.provinceId ?? null,
      communeId: user?.communeId ?? null,
      ip: request.ip,
    };
    if (!success || !user) {
      await writeAudit(tx, actor, {
        action: "SIGN_IN_FAILED",
        detail: !user ? "unknown user" : !user.active ? "deactivated" : "wrong password",
      });
      return { ok: false, reason: "invalid" };
    }
    const sessionToken = await createSession(tx, user.id, now, {
      ip: request.ip,
      userAgent: request.userAgent,
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await writeAudit(tx, actor, { action: "SIGN_IN", entity: "User", entityId: user.id });
    return { ok: true, sessionToken, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
}
