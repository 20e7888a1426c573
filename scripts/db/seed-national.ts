// npm run seed:national [-- --seed N] [-- --scale 0.1] [-- --rollups rebuild|triggers] [-- --database NAME]
//   [-- --threads N]  (generator threads; default one per core, at most two; 0: none)
// Fills a database of its own (default `phongtrao_national`, never the demo's) with the national
// data set: 34 provinces, 3,321 communes, about 65,000 residential areas, 60,000 replication points,
// 300,000 teams, 3,000,000 members and eight quarters of reports (prisma/seed/national). On the
// embedded server, or on the server of DATABASE_URL (its database name is not used: the data set
// gets its own). The database is dropped and made again, but only when an earlier run made it.
// Progress on stderr; one JSON summary line on stdout.
import pg from "pg";
import {
  loadNational,
  NATIONAL_DATA_SETTING,
  type RollupMode,
} from "../../prisma/seed/national/load";
import { connectServer } from "./connect";
import { applyMigrations } from "./schema-engine";

const DEMO_DATABASE = "phongtrao";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function options(): {
  seed: number;
  scale: number;
  rollups: RollupMode;
  database: string;
  threads: number | undefined;
} {
  const seed = Number(argument("seed") ?? 1);
  const scale = Number(argument("scale") ?? 1);
  const rollups = argument("rollups") ?? "rebuild";
  const database = argument("database") ?? "phongtrao_national";
  const threadsArgument = argument("threads");
  const threads = threadsArgument === undefined ? undefined : Number(threadsArgument);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 16))
    throw new Error("--threads: a whole number from 0 to 16");
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error("--seed: a whole number ≥ 0");
  if (!(scale > 0 && scale <= 1)) throw new Error("--scale: a number in (0, 1]");
  if (rollups !== "rebuild" && rollups !== "triggers")
    throw new Error("--rollups: rebuild or triggers");
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database) || database === DEMO_DATABASE)
    throw new Error(`--database: a lower-case name other than the demo's "${DEMO_DATABASE}"`);
  return { seed, scale, rollups, database, threads };
}

/** A line that redraws itself on a terminal; on a log file, a line at each tenth. */
function progressBar(): (phase: string, done: number, total: number) => void {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  let lastPhase = "";
  return (phase, done, total) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const secs = ((performance.now() - started) / 1000).toFixed(0);
    const line = `${phase.padEnd(8)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString("en")}/${total.toLocaleString("en")} · ${secs} s`;
    if (tty) {
      if (phase !== lastPhase && lastPhase) process.stderr.write("\n");
      process.stderr.write(`\r${line}`);
      if (share === 1 && phase !== lastPhase && total <= 1) process.stderr.write("");
    } else {
      const tenth = Math.floor(share * 10);
      if (phase !== lastPhase || tenth !== lastTenth) process.stderr.write(`${line}\n`);
      lastTenth = tenth;
    }
    lastPhase = phase;
  };
}

/** Drops the data set's database if an earlier run made it (refuses any other), then creates it. */
async function freshDatabase(adminUrl: string, targetUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) {
      const target = new pg.Client({ connectionString: targetUrl });
      await target.connect();
      const marked = await target
        .query(`SELECT 1 FROM "SystemSetting" WHERE "key" = $1`, [NATIONAL_DATA_SETTING])
        .then((r) => (r.rowCount ?? 0) > 0)
        .catch(() => false);
      const empty = await target
        .query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")
        .then((r) => (r.rows[0] as { n: number }).n === 0);
      await target.end();
      if (!marked && !empty)
        throw new Error(
          `Database "${name}" exists and was not made by seed:national: choose another with --database.`,
        );
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Marks the database at once, so that a run that fails half-way may be replaced by the next one. */
async function markLoading(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "SystemSetting" ("key", "value", "updatedAt") VALUES ($1, '{"state":"loading"}', now())`,
      [NATIONAL_DATA_SETTING],
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = options();
  const server = await connectServer();
  try {
    const url = server.url(opts.database);
    await freshDatabase(server.url("postgres"), url, opts.database);
    await applyMigrations(url);
    await markLoading(url);
    const migrated = (performance.now() - started) / 1000;
    const summary = await loadNational(url, {
      seed: opts.seed,
      scale: opts.scale,
      rollups: opts.rollups,
      threads: opts.threads,
      progress: progressBar(),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write("\n");
    const total = (performance.now() - started) / 1000;
    const memory = process.memoryUsage();
    console.log(
      JSON.stringify({
        ...summary,
        database: opts.database,
        embedded: server.embedded,
        seconds: {
          migrate: Number(migrated.toFixed(1)),
          ...summary.seconds,
          total: Number(total.toFixed(1)),
        },
        rssMb: Math.round(memory.rss / 1048576),
      }),
    );
    if (summary.rollupDifferences > 0) {
      console.error(
        `The rollups differ from a recomputation in ${summary.rollupDifferences} rows.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
