import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** How the app's connections behave under load (environment, in milliseconds and connections). */
export interface PoolSettings {
  /** Connections in the pool (DB_POOL_MAX, default 10). */
  max: number;
  /** Longest wait for a free connection or a new one (DB_ACQUIRE_TIMEOUT_MS, default 3 s): an
   * exhausted pool then fails fast with "busy" instead of queueing requests without end. */
  acquireTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer (DB_STATEMENT_TIMEOUT_MS, default 10 s). */
  statementTimeoutMs: number;
  /** A session idle inside a transaction longer is ended by PostgreSQL (its locks released). */
  idleInTransactionTimeoutMs: number;
}

function whole(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name}: a whole number ≥ 1`);
  return value;
}

export function poolSettings(): PoolSettings {
  return {
    max: whole("DB_POOL_MAX", 10),
    acquireTimeoutMs: whole("DB_ACQUIRE_TIMEOUT_MS", 3_000),
    statementTimeoutMs: whole("DB_STATEMENT_TIMEOUT_MS", 10_000),
    idleInTransactionTimeoutMs: whole("DB_IDLE_IN_TRANSACTION_TIMEOUT_MS", 30_000),
  };
}

/** A Prisma client on the pg driver adapter (no native engine). Password hashes are never read
 * unless a query asks for them explicitly. The app's own client is given `poolSettings()` (its
 * statement timeout must not reach the seed's or a migration's long statements). A connection
 * broken by a database restart is dropped from the pool (pg-pool) and the next request opens a
 * new one: the portal needs no restart. */
export function createPrismaClient(connectionString: string, pool?: PoolSettings): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      pool
        ? {
            connectionString,
            max: pool.max,
            connectionTimeoutMillis: pool.acquireTimeoutMs,
            // Sent at connection start: PostgreSQL itself cancels the statement, not only the client.
            statement_timeout: pool.statementTimeoutMs,
            idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
          }
        : { connectionString, connectionTimeoutMillis: 5_000 },
    ),
    omit: { user: { passwordHash: true } },
  });
}
