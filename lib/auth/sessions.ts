import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { rethrowBusy } from "@/lib/db/busy";
import type { Tx } from "@/lib/db/scoped";
import type { CommuneKind, Role } from "@/lib/generated/prisma/client";

// Sessions live in the database; the cookie only carries a random token (inside Auth.js's
// encrypted JWT). The application role cannot read or write the Session table: the database's
// functions (migration harden_second_wall) begin a session at sign-in, read it on every request
// (revoked, past its 12 hours, idle over 30 minutes, or its user deactivated: it is over), and end
// it. The rules of time live there, in one place.

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
  /** Xã, phường or đặc khu, for naming a commune officer's role; null above the commune. */
  communeKind: CommuneKind | null;
  mustChangePassword: boolean;
  locale: string;
}

interface SessionRow {
  session_id: string;
  user_id: string;
  username: string;
  full_name: string;
  role: Role;
  province_id: number | null;
  commune_id: number | null;
  commune_kind: CommuneKind | null;
  must_change_password: boolean;
  locale: string;
}

/**
 * The live session of a token and its user, re-read from the database; null when it is over. Also
 * enters the session's scope for the rest of the transaction. The database's clock decides.
 */
export async function readSession(
  tx: Tx,
  token: string,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  const rows = await tx.$queryRaw<SessionRow[]>`select * from app_enter_session(${token})`;
  const row = rows[0];
  if (!row) return null;
  return {
    sessionId: row.session_id,
    user: {
      id: row.user_id,
      username: row.username,
      fullName: row.full_name,
      role: row.role,
      provinceId: row.province_id,
      communeId: row.commune_id,
      communeKind: row.commune_kind,
      mustChangePassword: row.must_change_password,
      locale: row.locale,
    },
  };
}

/** Ends the session of a token (sign-out); the user's id, or null when it was over already. */
export async function endSessionOfToken(tx: Tx, token: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ auth_end_session: string | null }[]>`
    select auth_end_session(${token})`;
  return rows[0]?.auth_end_session ?? null;
}

/**
 * Ends every session of a user the caller manages (deactivation), in the caller's transaction.
 * Null when the database refuses (not a user the scope manages).
 */
export async function endUserSessions(tx: Tx, userId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ ended: number | null }[]>`
    select app_end_user_sessions(${userId}::uuid) as ended`;
  return rows[0]?.ended ?? null;
}

/**
 * The live session of a token (the guard's first read): one statement, so one round trip in its own
 * implicit transaction (the scope it enters ends with it). Every page and action begins here.
 */
export function findLiveSession(
  token: string,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  return readSession(db, token).catch(rethrowBusy);
}
