import type { Tx } from "@/lib/db/scoped";

// At most 10 failed sign-ins per account and per address in 15 minutes. The database keeps the
// count and the clock (auth_reserve_attempt, migration harden_second_wall): the application role
// cannot write, date or delete attempts, so SQL run as it cannot reset or flood the throttle. These
// constants say what the database does, for messages and tests.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type Reservation =
  { blocked: false; attemptId: bigint } | { blocked: true; retryAfterMinutes: number };

/**
 * Reserves this attempt (as a failure, before its password is hashed) when neither the account nor
 * the address is over the limit; serialised per account and per address in the database, so of 40
 * simultaneous guesses 10 are checked and 30 are refused.
 */
export async function reserveAttempt(tx: Tx, username: string, ip: string): Promise<Reservation> {
  const rows = await tx.$queryRaw<{ reserved: bigint }[]>`
    select auth_reserve_attempt(${username}, ${ip}) as reserved`;
  const reserved = rows[0]?.reserved;
  if (reserved === undefined) throw new Error("auth_reserve_attempt answered nothing");
  return reserved > 0n
    ? { blocked: false, attemptId: reserved }
    : { blocked: true, retryAfterMinutes: Number(-reserved) };
}
