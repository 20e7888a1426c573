import { type AuditActor, writeAudit } from "@/lib/audit/write-audit";
import { atSignIn } from "@/lib/db/scoped";
import type { Role } from "@/lib/generated/prisma/client";
import { passwordProof } from "./password-hash";
import { newSessionToken } from "./sessions";
import { reserveAttempt } from "./throttle";

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

interface SignInRow {
  outcome: "signed-in" | "wrong-password" | "deactivated" | "unknown-user";
  session_id: string | null;
  user_id: string | null;
  role: Role | null;
  province_id: number | null;
  commune_id: number | null;
  must_change_password: boolean | null;
}

const FAILURE_DETAIL = {
  "wrong-password": "wrong password",
  deactivated: "deactivated",
  "unknown-user": "unknown user",
} as const;

/**
 * Checks a username and password. The answer never tells whether the username exists: an unknown
 * name, a wrong password and a deactivated account are all "invalid", and take the same time.
 * The attempt is counted for the throttle before the password is hashed (under a lock per account
 * and per address, so a burst of parallel requests cannot check more than the throttle allows),
 * and written to the audit trail. The database compares the password's proof with the stored hash,
 * once per reserved attempt, and begins the session and writes its audit row itself.
 */
export async function authenticate(request: SignInRequest): Promise<SignInResult> {
  const username = request.username.trim().toLowerCase().normalize("NFC");
  const reserved = await atSignIn(async (tx) => {
    const attempt = await reserveAttempt(tx, username, request.ip);
    if (attempt.blocked) {
      await writeAudit(
        tx,
        { username, ip: request.ip },
        { action: "SIGN_IN_FAILED", detail: "throttled" },
      );
      return attempt;
    }
    const params = await tx.$queryRaw<{ params: string | null }[]>`
      select auth_password_params(${username}) as params`;
    return { ...attempt, params: params[0]?.params ?? null };
  });
  if (reserved.blocked) {
    return { ok: false, reason: "throttled", retryAfterMinutes: reserved.retryAfterMinutes };
  }

  // argon2 outside any transaction: it takes a moment and holds no connection or lock.
  const proof = await passwordProof(reserved.params, request.password);
  const sessionToken = newSessionToken();

  return atSignIn(async (tx) => {
    const rows = await tx.$queryRaw<SignInRow[]>`
      select * from auth_sign_in(${username}, ${proof}, ${sessionToken}, ${request.ip},
        ${request.userAgent}, ${reserved.attemptId}::bigint)`;
    const row = rows[0];
    // Not signed in yet: the actor is the account tried, where it is known.
    const actor: AuditActor = {
      userId: row?.user_id ?? null,
      username,
      role: row?.role ?? null,
      provinceId: row?.province_id ?? null,
      communeId: row?.commune_id ?? null,
      ip: request.ip,
    };
    if (!row || row.outcome !== "signed-in" || !row.user_id) {
      await writeAudit(tx, actor, {
        action: "SIGN_IN_FAILED",
        detail: FAILURE_DETAIL[row?.outcome === "signed-in" || !row ? "unknown-user" : row.outcome],
      });
      return { ok: false, reason: "invalid" };
    }
    // The SIGN_IN audit row was written by auth_sign_in, with the session.
    return {
      ok: true,
      sessionToken,
      userId: row.user_id,
      mustChangePassword: row.must_change_password ?? false,
    };
  });
}
