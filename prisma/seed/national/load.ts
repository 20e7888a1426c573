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
import { biggestFirst, secondaryDefinitions } from "./definitions";
import { connect, runParallel } from "./parallel";
import { rebuildStatements, ROLLUP_SETUP } from "./rollup-rebuild";

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
        "RosterRollupProvince",
        "CompletenessRollup",
        "CompletenessRollupProvince",
      ])
        await admin.query(`DELETE FROM "${table}"`);
      await runParallel(url, rebuild.perProvince, 2, rolledOne, ROLLUP_SETUP);
      await runParallel(url, rebuild.after, 2, rolledOne, ROLLUP_SETUP);
      // The province sums of the point and roster rollups, once those are in.
      await admin.query(`SELECT app_private.point_province_rebuild()`);
      await admin.query(`SELECT app_private.roster_province_rebuild()`);
      await runParallel(url, await biggestFirst(admin, rollupKeys.indexes), 2, () => undefined);
      for (const statement of rollupKeys.constraints) await admin.query(statement);
      for (const table of TRIGGER_TABLES)
        await admin.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    }
    await admin.query(
      `VACUUM (ANALYZE) "ReportRollup", "ReportRollupProvince", "RosterRollup", "PointRollup", "PointRollupProvince", "RosterRollupProvince", "CompletenessRollup", "CompletenessRollupProvince"`,
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
