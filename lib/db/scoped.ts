import type { Prisma } from "@/lib/generated/prisma/client";
import { isRetryable, rethrowBusy } from "./busy";
import { dashboardDb, db } from "./client";

export type Tx = Prisma.TransactionClient;

/** Thrown when the session a transaction was opened for has ended meanwhile. */
export class SessionEndedError extends Error {
  constructor() {
    super("The session has ended");
    this.name = "SessionEndedError";
  }
}

export interface TxOptions {
  timeoutMs?: number;
}

/** Runs of a transaction that PostgreSQL aborted as a deadlock's victim or a serialization failure. */
const ATTEMPTS = 3;

/**
 * Runs a whole transaction, again when PostgreSQL rolled it back as a deadlock's victim or a
 * serialization failure (on a replica: a query cancelled by a recovery conflict): running it again
 * is what the user meant (two officers' writes met in opposite order on the province rollups'
 * rows, decision 015). A full pool, a statement past its timeout or a restarting server becomes
 * DatabaseBusyError (lib/db/busy).
 */
async function retried<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt < ATTEMPTS && isRetryable(error)) {
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
        continue;
      }
      rethrowBusy(error);
    }
  }
}

function transaction<T>(work: (tx: Tx) => Promise<T>, options: TxOptions): Promise<T> {
  return retried(() =>
    db.$transaction(work, { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 }),
  );
}

/**
 * Runs `work` in one transaction in the scope of a live session: the database derives the scope
 * (nation, province or commune, and the role) from the session's user row and signs it
 * (app_enter_session, migration harden_second_wall). Row-level security then shows and changes
 * only that scope's rows. Every query of tenant data goes through here, via `inScope(ctx, …)`.
 */
export async function withSession<T>(
  sessionToken: string,
  work: (tx: Tx) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  return transaction(async (tx) => {
    const entered = await tx.$queryRaw<{ session_id: string }[]>`
      select session_id from app_enter_session(${sessionToken})`;
    if (entered.length === 0) throw new SessionEndedError();
    return work(tx);
  }, options);
}

/** The one helper a domain function opens its transaction with: the caller's own scope. */
export function inScope<T>(
  ctx: { sessionToken: string },
  work: (tx: Tx) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  return withSession(ctx.sessionToken, work, options);
}

/**
 * The dashboards' reads: one READ ONLY transaction in the caller's scope, on the read replica when
 * DASHBOARD_DATABASE_URL names one. The replica enters the scope from the same session checks
 * (app_enter_session_to_read: it writes nothing, a standby cannot). A session the replica does not
 * know yet (signed in a moment ago, within the replica's lag) is read on the primary instead, which
 * refuses an ended one as inScope does. The figures are the replica's: "Số liệu đến …" shows the
 * last approval that has reached it.
 */
export async function inReadScope<T>(
  ctx: { sessionToken: string },
  work: (tx: Tx) => Promise<T>,
  options: TxOptions = {},
): Promise<T> {
  const replica = dashboardDb();
  if (replica) {
    const read = await retried(() =>
      replica.$transaction(
        async (tx) => {
          await tx.$executeRaw`set transaction read only`;
          const entered = await tx.$queryRaw<{ session_id: string }[]>`
          select session_id from app_enter_session_to_read(${ctx.sessionToken})`;
          return entered.length === 0
            ? { known: false as const }
            : { known: true as const, value: await work(tx) };
        },
        { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
      ),
    );
    if (read.known) return read.value;
  }
  // The session entered and the transaction made READ ONLY in one round trip (a transaction may
  // become read-only after its first statement; the session's lastSeenAt is written before).
  return transaction(async (tx) => {
    const entered = await tx.$queryRaw<{ session_id: string }[]>`
      select session_id, set_config('transaction_read_only', 'on', true)
      from app_enter_session(${ctx.sessionToken})`;
    if (entered.length === 0) throw new SessionEndedError();
    return work(tx);
  }, options);
}

/**
 * The sign-in level, for the sign-in itself: it reaches the throttle's attempts and the audit
 * trail, nothing else. Sessions and passwords are handled by the database's own functions.
 */
export function atSignIn<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  return transaction(async (tx) => {
    await tx.$executeRaw`select app_enter_auth()`;
    return work(tx);
  }, options);
}
