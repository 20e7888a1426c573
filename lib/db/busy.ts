// A database that cannot answer now: the pool has no free connection within its acquire timeout,
// a statement ran past statement_timeout (PostgreSQL cancelled it), or the server is restarting.
// None of these is the user's fault or a bug to show as a 500: the page answers 503 with
// Retry-After ("Hệ thống đang bận…", scripts/serve.mjs sets the status), an action answers the
// same sentence as its form error (lib/auth/guard.ts), a route handler 503 JSON.

export const BUSY_DIGEST = "DATABASE_BUSY";

export type BusyReason = "pool" | "timeout" | "unavailable";

/** The per-request record scripts/serve.mjs keeps (AsyncLocalStorage on globalThis): it turns the
 * request's 500 into 503 + Retry-After when a busy error happened while answering it. */
const REQUEST_STATE = Symbol.for("phongtrao.request-state");
interface RequestState {
  busy: boolean;
}
interface StateStorage {
  getStore(): RequestState | undefined;
}

function markRequestBusy(): void {
  const storage = (globalThis as Record<symbol, StateStorage | undefined>)[REQUEST_STATE];
  const state = storage?.getStore();
  if (state) state.busy = true;
}

export class DatabaseBusyError extends Error {
  /** Next keeps a thrown error's own digest: the error page recognises the busy case by it. */
  readonly digest = BUSY_DIGEST;
  constructor(
    readonly reason: BusyReason,
    cause?: unknown,
  ) {
    super(`The database is busy (${reason})`, { cause });
    this.name = "DatabaseBusyError";
    markRequestBusy();
  }
}

const POOL =
  /timeout exceeded when trying to connect|Unable to start a transaction in the given time|Timed out fetching a new connection/i;
const TIMEOUT = /canceling statement due to statement timeout|statement timeout/i;
const UNAVAILABLE =
  /Connection terminated|not queryable|ECONNREFUSED|ECONNRESET|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Server has closed the connection|Connection refused/i;
const CODES: Record<string, BusyReason> = {
  P2024: "pool",
  P2028: "pool",
  "57014": "timeout",
  P1001: "unavailable",
  P1017: "unavailable",
  "57P01": "unavailable",
  "57P02": "unavailable",
  "57P03": "unavailable",
  ECONNREFUSED: "unavailable",
  ECONNRESET: "unavailable",
};

/** Why `error` (or an error it wraps) is the database being busy, or null for any other error. */
export function busyReason(error: unknown, depth = 0): BusyReason | null {
  if (depth > 5 || error === null || typeof error !== "object") return null;
  if (error instanceof DatabaseBusyError) return error.reason;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { code?: unknown; message?: unknown; driverAdapterError?: unknown };
  };
  for (const code of [e.code, e.meta?.code]) {
    if (typeof code === "string" && CODES[code]) {
      // P2028 is any interactive-transaction error: only "could not start in time" is busy.
      if (code !== "P2028" || POOL.test(String(e.message))) return CODES[code];
    }
  }
  const message = [e.message, e.meta?.message].filter((m) => typeof m === "string").join(" ");
  if (TIMEOUT.test(message)) return "timeout";
  if (POOL.test(message)) return "pool";
  if (UNAVAILABLE.test(message)) return "unavailable";
  return busyReason(e.cause ?? e.meta?.driverAdapterError, depth + 1);
}

/** Rethrows a busy error as DatabaseBusyError, anything else as it is. */
export function rethrowBusy(error: unknown): never {
  const reason = busyReason(error);
  if (reason && !(error instanceof DatabaseBusyError)) throw new DatabaseBusyError(reason, error);
  throw error;
}

// deadlock_detected and serialization_failure: PostgreSQL rolled the transaction back, and running
// it again may succeed (Prisma names both P2034).
const RETRYABLE_CODES = new Set(["40P01", "40001", "P2034"]);
const RETRYABLE = /deadlock detected|could not serialize access/i;

/** Whether `error` (or an error it wraps) is a deadlock's victim or a serialization failure. */
export function isRetryable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object") return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { code?: unknown; message?: unknown; driverAdapterError?: unknown };
  };
  for (const code of [e.code, e.meta?.code])
    if (typeof code === "string" && RETRYABLE_CODES.has(code)) return true;
  const message = [e.message, e.meta?.message].filter((m) => typeof m === "string").join(" ");
  if (RETRYABLE.test(message)) return true;
  return isRetryable(e.cause ?? e.meta?.driverAdapterError, depth + 1);
}
