import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
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

/**
 * The app's pool. A connection that breaks while a transaction holds it (PostgreSQL restarted,
 * the session terminated) is given back to the pool as broken at once: the adapter would try a
 * ROLLBACK on the dead connection and never release it, and after `max` such connections the pool
 * would answer "busy" for ever. With this the next request opens a new connection: the portal
 * survives a database restart without being restarted itself.
 */
export function createPool(connectionString: string, settings: PoolSettings): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: settings.max,
    connectionTimeoutMillis: settings.acquireTimeoutMs,
    // Sent at connection start: PostgreSQL itself cancels the statement, not only the client.
    statement_timeout: settings.statementTimeoutMs,
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
  });
  const held = new WeakSet<pg.PoolClient>();
  pool.on("acquire", (client) => held.add(client));
  pool.on("release", (_error, client) => held.delete(client));
  pool.on("connect", (client) => {
    const giveBack = (error?: Error) => {
      if (!held.has(client)) return;
      held.delete(client);
      client.release(error ?? new Error("connection ended"));
      // The adapter's own release later, of a client the pool no longer has, does nothing.
      client.release = () => undefined;
    };
    client.on("error", giveBack);
    client.on("end", () => giveBack());
  });
  // An idle connection broken by a restart: pg-pool drops it; without a listener it would throw.
  pool.on("error", () => undefined);
  return pool;
}

/** A Prisma client on the pg driver adapter (no native engine). Password hashes are never read
 * unless a query asks for them explicitly. The app's own client is given `poolSettings()` (its
 * statement timeout must not reach the seed's or a migration's long statements). */
export function createPrismaClient(connectionString: string, pool?: PoolSettings): PrismaClient {
  return new PrismaClient({
    adapter: pool
      ? new PrismaPg(createPool(connectionString, pool))
      : new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }),
    omit: { user: { passwordHash: true } },
  });
}
