import pg from "pg";
import { hashPassword } from "../../../lib/auth/password-hash";
import { createPrismaClient } from "../../../lib/db/create-client";
import { DEMO_DATA_SETTING, REFERENCE_DATA_SETTING } from "../../../lib/install/install-settings";
import { uuidFor } from "../generators/ids";
import { createRng } from "../generators/random";
import { seedReference } from "../reference";
import { CopyTable } from "./copy";
import { defaultThreads, provinceJobs, startGenerators } from "./generate";
import { nationalCounts, NATIONAL_TOTALS, SEEDED_AT } from "./plan";
import { NATIONAL_TABLES } from "./tables";
import { nationalParts } from "./units";
import { nationalUsers } from "./users";
import { DEMO_PASSWORD } from "../demo/users";

// Loads the national data set into an empty, migrated database: the reference seed (units and
// catalogs, as every install), then the generated rows through COPY, one connection per table,
// while the generator keeps producing (Node and PostgreSQL each busy on one of the two cores).
// Before the load the big tables lose their foreign keys, keys and indexes, which are rebuilt after
// it (what pg_restore does: building an index once is much faster than growing it row by row).
// Rollups: either the triggers fire on each province's COPY (`triggers`), or they are off during
// the load and `app_private.rollups_rebuild()` computes them once (`rebuild`, the default: faster).

export type RollupMode = "rebuild" | "triggers";

export interface NationalOptions {
  seed: number;
  scale: number;
  rollups: RollupMode;
  progress: (phase: string, done: number, total: number) => void;
  log: (line: string) => void;
  /** Generator threads (default: one per core, at most two; 0: generate on the main thread). */
  threads?: number;
}

export interface NationalSummary {
  name: "seed.national";
  seed: number;
  scale: number;
  rollups: RollupMode;
  counts: Record<string, number>;
  seconds: Record<string, number>;
  rollupDifferences: number;
}

const TABLES = NATIONAL_TABLES;
const BULK_TABLES = TABLES.map((t) => t.table);
/** Bulk tables whose triggers keep rollups (report and roster rollups): off while loading with `rebuild`. */
const TRIGGER_TABLES = [
  "ReplicationPoint",
  "Team",
  "Person",
  "Membership",
  "Report",
  "ReportValue",
  "ReportStatusChange",
  "PointStatusChange",
];

interface Definitions {
  /** Every index (those of primary keys and unique constraints too), biggest table first. */
  indexes: string[];
  /** The primary keys and unique constraints, taking over their built indexes. */
  constraints: string[];
  /** Foreign keys: added (and validated) once the keys they use exist; each locks its two tables. */
  foreignKeys: { text: string; locks: string[] }[];
  drop: string[];
}

/** What to drop before the load and rebuild after it, read from the catalog (so it follows the migrations). */
async function secondaryDefinitions(
  client: pg.Client,
  tables: readonly string[],
): Promise<Definitions> {
  const names = tables.map((t) => `"${t}"`);
  const { rows: fks } = await client.query<{
    tbl: string;
    ref: string;
    name: string;
    def: string;
  }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref, c.conname AS name,
            pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))
      ORDER BY 1, 2`,
    [names],
  );
  // Built as plain (unique) indexes, which can be built side by side on one table (an ALTER TABLE …
  // ADD PRIMARY KEY locks the table against every other build); the constraints then take them over.
  const { rows: indexes } = await client.query<{
    tbl: string;
    name: string;
    def: string;
    contype: string | null;
    conname: string | null;
  }>(
    `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS name,
            pg_get_indexdef(i.indexrelid) AS def, c.contype::text AS contype, c.conname
       FROM pg_index i
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.contype IN ('p', 'u')
      WHERE i.indrelid::regclass::text = ANY($1)
      ORDER BY 1, 2`,
    [names],
  );
  const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
  const constraints = indexes.filter((i) => i.contype && i.conname);
  return {
    indexes: indexes.map((i) => i.def),
    constraints: constraints.map(
      (k) =>
        `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${q(k.conname ?? "")} ${k.contype === "p" ? "PRIMARY KEY" : "UNIQUE"} USING INDEX ${k.name}`,
    ),
    foreignKeys: fks.map((f) => ({
      text: `ALTER TABLE ${f.tbl} ADD CONSTRAINT ${q(f.name)} ${f.def}`,
      locks: [f.tbl, f.ref],
    })),
    drop: [
      ...fks.map((f) => `ALTER TABLE ${f.tbl} DROP CONSTRAINT ${q(f.name)}`),
      ...constraints.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${q(k.conname ?? "")}`),
      ...indexes.filter((i) => !i.contype).map((i) => `DROP INDEX ${i.name}`),
    ],
  };
}

/** The statements, those on the biggest tables first (the longest builds start first). */
async function biggestFirst<T extends string | { text: string }>(
  client: pg.Client,
  statements: readonly T[],
): Promise<T[]> {
  const { rows } = await client.query<{ tbl: string; bytes: string }>(
    `SELECT c.oid::regclass::text AS tbl, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  const bytes = new Map(rows.map((r) => [r.tbl, Number(r.bytes)]));
  const size = (statement: T): number => {
    const text = typeof statement === "string" ? statement : statement.text;
    const match =
      /^ALTER TABLE (?:ONLY )?(?:public\.)?(\S+)|^CREATE .*? ON (?:ONLY )?(?:public\.)?(\S+)/.exec(
        text,
      );
    return bytes.get(match?.[1] ?? match?.[2] ?? "") ?? 0;
  };
  return [...statements].sort((a, b) => size(b) - size(a));
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A connection lost while idle surfaces in the next query, not as an unhandled event.
  client.on("error", () => undefined);
  await client.connect();
  // Bulk work: no wait for the WAL flush at each COPY's commit (a crash loses the load, which is
  // simply run again), and room for index builds.
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '512MB'");
  return client;
}

type Statement = string | { text: string; values?: unknown[]; locks?: readonly string[] };

/**
 * Runs the statements on `workers` connections at once (index builds use both cores), each
 * connection first running `setup`; `onDone` gets each statement's rows. A statement with `locks`
 * waits while another one holding any of them runs (two foreign keys of one table would wait for
 * each other's table lock anyway: the other connection takes the next statement instead).
 */
async function runParallel(
  url: string,
  statements: readonly Statement[],
  workers: number,
  onDone: (rows: Record<string, unknown>[]) => void,
  setup: readonly string[] = [],
): Promise<void> {
  const queue = [...statements];
  const held = new Set<string>();
  let released: (() => void)[] = [];
  const locksOf = (s: Statement): readonly string[] =>
    typeof s === "string" ? [] : (s.locks ?? []);
  const take = async (): Promise<Statement | undefined> => {
    for (;;) {
      if (queue.length === 0) return undefined;
      const i = queue.findIndex((s) => locksOf(s).every((l) => !held.has(l)));
      if (i >= 0) {
        const [next] = queue.splice(i, 1);
        for (const l of locksOf(next as Statement)) held.add(l);
        return next;
      }
      await new Promise<void>((resolve) => released.push(resolve));
    }
  };
  const clients = await Promise.all(Array.from({ length: workers }, () => connect(url)));
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (const statement of setup) await client.query(statement);
        for (let next = await take(); next !== undefined; next = await take()) {
          const result = await client.query<Record<string, unknown>>(
            typeof next === "string" ? next : { text: next.text, values: next.values },
          );
          for (const l of locksOf(next)) held.delete(l);
          const waiting = released;
          released = [];
          for (const resolve of waiting) resolve();
          onDone(result.rows);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * The rollup queries (the application's views, one province at a time) read millions of rows: the
 * planner's nested loops over index lookups are slower here than hash joins of whole tables, and
 * the hash tables of a province fit in this work_mem.
 */
const ROLLUP_SETUP = ["SET work_mem = '64MB'", "SET enable_nestloop = off"];

/**
 * What app_private.rollups_rebuild() does (report_rollups_rebuild and roster_rollups_rebuild, in
 * the rollups migrations), into the empty rollup tables and one province at a time, so that both
 * cores work on it: the application's own views `report_rollup_computed` and
 * `roster_rollup_computed` and completeness (`completeness_rollups_rebuild`) per province, then the province rollups from the fine ones and the
 * point rollups. A report rollup row's "updatedAt" is the latest approval it sums (the view's last
 * column), so the dashboards' "Số liệu đến" is the data set's last approval, not the time of the
 * load. rollup_differences() checks the result against the views afterwards.
 */
function rebuildStatements(provinceIds: readonly number[]): {
  perProvince: Statement[];
  after: Statement[];
} {
  return {
    perProvince: provinceIds.flatMap((id) => [
      {
        text: `INSERT INTO "ReportRollup" ("provinceId", "communeId", "formerProvinceId", "formerCommuneId",
                 "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
               SELECT * FROM app_private.report_rollup_computed WHERE "provinceId" = $1`,
        values: [id],
      },
      {
        text: `INSERT INTO "RosterRollup" ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
               SELECT *, clock_timestamp() FROM app_private.roster_rollup_computed WHERE "provinceId" = $1`,
        values: [id],
      },
      {
        text: `SELECT app_private.completeness_rollups_rebuild($1)`,
        values: [id],
      },
    ]),
    after: [
      `INSERT INTO "ReportRollupProvince" ("provinceId", "formerProvinceId", "kind", "periodId",
         "indicatorId", "total", "reports", "updatedAt")
       SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId", SUM("total"),
              SUM("reports"), MAX("updatedAt")
       FROM "ReportRollup" GROUP BY 1, 2, 3, 4, 5`,
      `INSERT INTO "PointRollup" ("provinceId", "communeId", "modelId", "points", "updatedAt")
       SELECT *, clock_timestamp() FROM app_private.point_rollup_computed`,
    ],
  };
}

/** Fills the (migrated, empty) database of `url` with the national data set. */
export async function loadNational(
  url: string,
  options: NationalOptions,
): Promise<NationalSummary> {
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  const lap = (name: string): void => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuMark);
    seconds[name] = Number(((now - mark) / 1000).toFixed(1));
    options.log(
      `${name}: ${seconds[name]} s (this process: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`,
    );
    mark = now;
    cpuMark = process.cpuUsage();
  };

  const db = createPrismaClient(url);
  const reference = await seedReference(db).finally(() => db.$disconnect());
  lap("reference");

  // The reference seed's own timestamps, fixed too: the same seed gives the same data.
  {
    const fix = await connect(url);
    await fix.query(`UPDATE "Indicator" SET "createdAt" = $1`, [SEEDED_AT]);
    await fix.query(`UPDATE "Model" SET "createdAt" = $1, "updatedAt" = $1`, [SEEDED_AT]);
    await fix.end();
  }
  const root = createRng(`national:${options.seed}`);
  const parts = nationalParts(reference.address, reference.ids);
  const counts = nationalCounts(parts, options.scale, root.fork("counts"));
  const totalMembers = counts.reduce((s, c) => s + c.grassrootsMembers + c.pointMembers, 0);

  const admin = await connect(url);
  try {
    const definitions = await secondaryDefinitions(admin, BULK_TABLES);
    for (const statement of definitions.drop) await admin.query(statement);
    // Rebuilt once, the rollups are inserted into bare tables and keyed afterwards (the triggers'
    // upserts need the keys, so with the triggers on they stay).
    const rollupKeys =
      options.rollups === "rebuild"
        ? await secondaryDefinitions(admin, ["ReportRollup", "ReportRollupProvince"])
        : { indexes: [], constraints: [], foreignKeys: [], drop: [] };
    for (const statement of rollupKeys.drop) await admin.query(statement);
    // Rebuilt once: every rollup trigger of the bulk tables is off during the load (the report
    // rollups' and the roster rollups' alike).
    if (options.rollups === "rebuild")
      for (const table of TRIGGER_TABLES)
        await admin.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    lap("prepare");

    const copyClients = await Promise.all(TABLES.map(() => connect(url)));
    const written: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.table, 0]));
    try {
      const open = (): Promise<CopyTable[]> =>
        Promise.all(
          TABLES.map((t, i) =>
            CopyTable.start(
              copyClients[i] as pg.Client,
              t.table,
              t.columns,
              { createdAt: SEEDED_AT, updatedAt: SEEDED_AT },
              // One COPY per table: it may write its rows frozen (with the triggers, one per province).
              { freeze: options.rollups === "rebuild" },
            ),
          ),
        );
      const close = async (tables: CopyTable[]): Promise<void> => {
        // In order: a province's reports are committed before its values fire the rollup trigger.
        for (const t of tables) written[t.table] = (written[t.table] ?? 0) + (await t.end());
      };
      let tables = await open();
      let membersDone = 0;
      options.progress("load", 0, totalMembers);
      const jobs = provinceJobs(parts);
      const generators = startGenerators(
        { seed: options.seed, parts, counts, catalog: reference.catalog },
        jobs,
        options.threads ?? defaultThreads(),
      );
      try {
        for (const job of jobs) {
          for await (const message of generators.read(job.job)) {
            if ("chunk" in message)
              await tables[message.table]?.writeChunk(message.rows, message.chunk);
            else if ("members" in message) {
              membersDone += message.members;
              options.progress("load", membersDone, totalMembers);
            }
          }
          // With the triggers on, each province is its own COPY (its own statement and transition table).
          if (options.rollups === "triggers" && job.job < jobs.length - 1) {
            await close(tables);
            tables = await open();
          }
        }
      } finally {
        await generators.close();
      }
      await close(tables);
    } finally {
      await Promise.all(copyClients.map((c) => c.end()));
    }
    lap("copy");

    const indexTotal = definitions.indexes.length + definitions.foreignKeys.length;
    let indexDone = 0;
    const tick = (): void => options.progress("indexes", ++indexDone, indexTotal);
    options.progress("indexes", 0, indexTotal);
    await runParallel(url, await biggestFirst(admin, definitions.indexes), 2, tick);
    for (const statement of definitions.constraints) await admin.query(statement);
    lap("indexes");
    // Validating a foreign key joins the two tables: in memory rather than in batches on disk.
    await runParallel(url, await biggestFirst(admin, definitions.foreignKeys), 2, tick, [
      "SET work_mem = '256MB'",
    ]);
    lap("foreignKeys");

    let vacuumed = 0;
    options.progress("vacuum", 0, BULK_TABLES.length);
    await runParallel(
      url,
      BULK_TABLES.map((t) => `VACUUM (ANALYZE) "${t}"`),
      2,
      () => options.progress("vacuum", ++vacuumed, BULK_TABLES.length),
    );
    lap("vacuum");

    const { rows: provinceRows } = await admin.query<{ id: number }>(
      `SELECT "id" FROM "Province" ORDER BY "id"`,
    );
    const provinceIds = provinceRows.map((r) => r.id);
    if (options.rollups === "rebuild") {
      const rebuild = rebuildStatements(provinceIds);
      const rollupTotal = rebuild.perProvince.length + rebuild.after.length;
      let rolled = 0;
      const rolledOne = (): void => options.progress("rollups", ++rolled, rollupTotal);
      options.progress("rollups", 0, rollupTotal);
      // Empty already (made by the migrations), as rollups_rebuild leaves them before it inserts.
      for (const table of [
        "ReportRollup",
        "ReportRollupProvince",
        "RosterRollup",
        "PointRollup",
        "PointRollupProvince",
        "CompletenessRollup",
        "CompletenessRollupProvince",
      ])
        await admin.query(`DELETE FROM "${table}"`);
      await runParallel(url, rebuild.perProvince, 2, rolledOne, ROLLUP_SETUP);
      await runParallel(url, rebuild.after, 2, rolledOne, ROLLUP_SETUP);
      // The province sums of the point rollups, once those are in.
      await admin.query(`SELECT app_private.point_province_rebuild()`);
      await runParallel(url, await biggestFirst(admin, rollupKeys.indexes), 2, () => undefined);
      for (const statement of rollupKeys.constraints) await admin.query(statement);
      for (const table of TRIGGER_TABLES)
        await admin.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    }
    await admin.query(
      `VACUUM (ANALYZE) "ReportRollup", "ReportRollupProvince", "RosterRollup", "PointRollup", "PointRollupProvince", "CompletenessRollup", "CompletenessRollupProvince"`,
    );
    lap("rollups");

    const users = nationalUsers(reference.address, reference.ids, root.fork("users"));
    const hash = await hashPassword(DEMO_PASSWORD);
    await admin.query(
      `INSERT INTO "User" ("id", "username", "passwordHash", "fullName", "role", "provinceId", "communeId", "createdAt", "updatedAt", "passwordChangedAt")
     SELECT i, u, $2, f, r::"Role", p, c, $7, $7, $7 FROM unnest($1::text[], $3::text[], $4::text[], $5::int[], $6::int[], $8::uuid[]) AS x(u, f, r, p, c, i)`,
      [
        users.map((u) => u.username),
        hash,
        users.map((u) => u.fullName),
        users.map((u) => u.role),
        users.map((u) => u.provinceId),
        users.map((u) => u.communeId),
        SEEDED_AT,
        users.map((u) => uuidFor(`national:${options.seed}:user:${u.username}`)),
      ],
    );
    lap("users");

    // app_private.rollup_differences(), one province at a time on both cores.
    let rollupDifferences = 0;
    let checked = 0;
    options.progress("check", 0, provinceIds.length);
    await runParallel(
      url,
      provinceIds.map((id) => ({
        text: "SELECT count(*)::int AS n FROM app_private.rollup_differences($1)",
        values: [id],
      })),
      2,
      (rows) => {
        rollupDifferences += Number(rows[0]?.n ?? 0);
        options.progress("check", ++checked, provinceIds.length);
      },
      ROLLUP_SETUP,
    );
    lap("check");

    const { rows: countRows } = await admin.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM "Province") AS provinces, (SELECT count(*) FROM "Commune") AS communes,
            (SELECT count(*) FROM "ResidentialArea") AS "residentialAreas",
            (SELECT count(*) FROM "ReplicationPoint") AS points, (SELECT count(*) FROM "Team") AS teams,
            (SELECT count(*) FROM "Person") AS persons, (SELECT count(*) FROM "Membership") AS memberships,
            (SELECT count(*) FROM "Membership" WHERE "leftOn" IS NULL) AS "openMemberships",
            (SELECT count(*) FROM "Report") AS reports,
            (SELECT count(*) FROM "Report" WHERE "status" = 'APPROVED') AS "approvedReports",
            (SELECT count(*) FROM "ReportValue") AS "reportValues",
            (SELECT count(*) FROM "ReportStatusChange") AS "statusChanges",
            (SELECT count(*) FROM "ReportRollup") AS "rollupRows",
            (SELECT count(*) FROM "ReportRollupProvince") AS "provinceRollupRows",
            (SELECT count(*) FROM "User") AS users`,
    );
    const summary: NationalSummary = {
      name: "seed.national",
      seed: options.seed,
      scale: options.scale,
      rollups: options.rollups,
      counts: Object.fromEntries(
        Object.entries(countRows[0] ?? {}).map(([k, v]) => [k, Number(v)]),
      ),
      seconds,
      rollupDifferences,
    };
    const at = SEEDED_AT.toISOString();
    const setting = `INSERT INTO "SystemSetting" ("key", "value", "updatedAt") VALUES ($1, $2, $3)
                   ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`;
    // Marks: the portal's first start finds the data seeded (and the demo password in use) and seeds nothing.
    for (const key of [REFERENCE_DATA_SETTING, DEMO_DATA_SETTING, NATIONAL_DATA_SETTING])
      await admin.query(setting, [key, JSON.stringify({ at, national: summary }), SEEDED_AT]);
    return summary;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Marks a database the national seed made (and may replace). */
export const NATIONAL_DATA_SETTING = "national-seed";

export { NATIONAL_TOTALS };
