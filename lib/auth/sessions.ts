import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/scoped";
import type { Role } from "@/lib/generated/prisma/client";
import type { CommuneKind } from "@/lib/units/commune-kind";

// Sessions live in the database; the cookie only carries a random token (inside Auth.js's
// encrypted JWT). The row decides: revoked (sign-out, deactivation, password reset), past its 12
// hours, idle over 30 minutes, or its user deactivated — the session is over on the next request.
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most this often: one write a minute per user, not per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex");

export async function createSession(
  tx: Tx,
  userId: string,
  now: Date,
  client: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

const sessionUserSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  provinceId: true,
  communeId: true,
  active: true,
  mustChangePassword: true,
  locale: true,
  commune: { select: { kind: true } },
} as const;

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

/** The live session of a token and its user, re-read from the database; null when it is over. */
export async function readSession(
  tx: Tx,
  token: string,
  now: Date,
): Promise<{ sessionId: string; user: SessionUser } | null> {
  const row = await tx.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: sessionUserSelect },
    },
  });
  if (!row) return null;
  const t = now.getTime();
  const over =
    row.revokedAt !== null ||
    row.expiresAt.getTime() <= t ||
    t - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS ||
    !row.user.active;
  if (over) return null;
  if (t - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await tx.session.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  const { active: _active, commune, ...rest } = row.user;
  return { sessionId: row.id, user: { ...rest, communeKind: commune?.kind ?? null } };
}

export async function revokeSession(tx: Tx, token: string, now: Date): Promise<string | null> {
  const row = await tx.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  await tx.session.update({ where: { id: row.id }, data: { revokedAt: now } });
  return row.userId;
}

/** Ends every session of a user (deactivation, password reset), or all but one (own password change). */
export async function revokeUserSessions(
  tx: Tx,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { revokedAt: now },
  });
  return count;
}

export async function revokeSessionById(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
}
