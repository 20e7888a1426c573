// Fixtures that sign in without the sign-in page: a real Session row for a real user (written as
// the owner, as the database's sign-in function would), and the action or domain call run with
// that session's token, through the real guard.
import { createHash } from "node:crypto";
import { runWithIdentity } from "@/lib/auth/request-context";
import { newSessionToken } from "@/lib/auth/sessions";
import { type Tx, withSession } from "@/lib/db/scoped";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser } from "./factories";
import { ownerDb } from "./owner-db";

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

export interface Signed {
  username: string;
  userId: string;
  token: string;
  /** Runs `work` as this user (the guard reads this session), in the given language. */
  run<T>(work: () => Promise<T>, locale?: "vi" | "en"): Promise<T>;
  /** Runs `work` in one transaction in this session's scope, as the domain functions do. */
  inScope<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export async function signInAs(username: string, ip = "203.0.113.10"): Promise<Signed> {
  const owner = ownerDb();
  const user = await owner.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const token = newSessionToken();
  const now = new Date();
  await owner.session.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + TWELVE_HOURS_MS),
      ip,
      userAgent: "vitest",
    },
  });
  return {
    username,
    userId: user.id,
    token,
    run: (work, locale = "vi") =>
      runWithIdentity({ sessionToken: token, ip, userAgent: "vitest", locale }, work),
    inScope: (work) => withSession(token, work),
  };
}

/** A new user of this role and units, signed in. */
export async function signedInAs(
  role: Role,
  units: { provinceCode?: string; communeCode?: string } = {},
): Promise<Signed> {
  const user = await createUser({ role, ...units });
  return signInAs(user.username);
}

/** Runs `work` with no session at all (a signed-out visitor). */
export function anonymously<T>(work: () => Promise<T>, locale: "vi" | "en" = "vi"): Promise<T> {
  return runWithIdentity(
    { sessionToken: null, ip: "203.0.113.99", userAgent: "vitest", locale },
    work,
  );
}
