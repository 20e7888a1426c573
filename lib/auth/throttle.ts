import type { Tx } from "@/lib/db/scoped";

// At most 10 failed sign-ins per account and per address in 15 minutes. Attempts refused while
// throttled are not counted, so the wait ends 15 minutes after the failures stop: an attacker
// cannot keep the real user out for ever, and gets 10 guesses per 15 minutes at most.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type Throttle = { blocked: false } | { blocked: true; retryAfterMinutes: number };

/** Whether a sign-in for this username from this address must wait, and how long. */
export async function checkThrottle(
  tx: Tx,
  username: string,
  ip: string,
  now: Date,
): Promise<Throttle> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // A success resets the account's count: only failures after the last success in the window count.
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { username, success: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const accountSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const [byAccount, byAddress] = await Promise.all([
    tx.signInAttempt.findMany({
      where: { username, success: false, at: { gt: accountSince } },
      orderBy: { at: "desc" },
      take: MAX_FAILURES,
      select: { at: true },
    }),
    tx.signInAttempt.findMany({
      where: { ip, success: false, at: { gt: since } },
      orderBy: { at: "desc" },
      take: MAX_FAILURES,
      select: { at: true },
    }),
  ]);
  const until = [byAccount, byAddress]
    .filter((failures) => failures.length >= MAX_FAILURES)
    // The window reopens when the oldest of the last ten failures is 15 minutes old.
    .map((failures) => (failures[MAX_FAILURES - 1]?.at.getTime() ?? 0) + WINDOW_MS);
  if (until.length === 0) return { blocked: false };
  const waitMs = Math.max(...until) - now.getTime();
  return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}
