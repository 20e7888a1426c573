import type { Tx } from "@/lib/db/scoped";

// At most 10 failed sign-ins per account and per address in 15 minutes. Attempts refused while
// throttled are not counted, so the wait ends 15 minutes after the failures stop: an attacker
// cannot keep the real user out for ever, and gets 10 guesses per 15 minutes at most.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type Reservation =
  { blocked: false; attemptId: bigint } | { blocked: true; retryAfterMinutes: number };

/**
 * Counts the recent failures of this account and this address and, when neither is over the
 * limit, records this attempt as a failure before its password is checked (the sign-in turns it
 * into a success). Check and count are serialised per account and per address by transaction-
 * scoped advisory locks, always taken in that order (so two attempts never wait on each other in
 * a circle): of 40 simultaneous guesses, 10 are checked and 30 are refused.
 */
export async function reserveAttempt(
  tx: Tx,
  username: string,
  ip: string,
  now: Date,
): Promise<Reservation> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`sign-in account ${username}`}, 0))`;
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`sign-in address ${ip}`}, 0))`;
  const since = new Date(now.getTime() - WINDOW_MS);
  // A success resets the account's count: only failures after the last success in the window count.
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { username, success: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const accountSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const byAccount = await tx.signInAttempt.findMany({
    where: { username, success: false, at: { gt: accountSince } },
    orderBy: { at: "desc" },
    take: MAX_FAILURES,
    select: { at: true },
  });
  const byAddress = await tx.signInAttempt.findMany({
    where: { ip, success: false, at: { gt: since } },
    orderBy: { at: "desc" },
    take: MAX_FAILURES,
    select: { at: true },
  });
  const until = [byAccount, byAddress]
    .filter((failures) => failures.length >= MAX_FAILURES)
    // The window reopens when the oldest of the last ten failures is 15 minutes old.
    .map((failures) => (failures[MAX_FAILURES - 1]?.at.getTime() ?? 0) + WINDOW_MS);
  if (until.length > 0) {
    const waitMs = Math.max(...until) - now.getTime();
    return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
  }
  const { id } = await tx.signInAttempt.create({
    data: { username, ip, success: false, at: now },
    select: { id: true },
  });
  return { blocked: false, attemptId: id };
}
