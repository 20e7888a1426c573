// Backups (npm run db:backup / db:restore, lib/backup): a backup taken while the portal writes is one
// consistent snapshot; after inserts, updates and deletes in several tables, restoring it gives back
// exactly the data of the backup point (every table's row count and checksum), the rollups equal
// their recomputation, the sequences go on after the restored rows; a backup made with other
// migrations is refused and changes nothing. On databases of its own, copied from the templates.
import { mkdtemp, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { backupTables, tableChecksum, writeBackup } from "@/lib/backup/backup";
import { MigrationMismatch, restoreBackup } from "@/lib/backup/restore";
import { withDatabase } from "../setup/databases";

const serverUrl = inject("testServerUrl");
const { seeded, migrated } = inject("templates");
const runId = inject("runId");
const sourceName = `test_${runId}_backup_source`;
const targetName = `test_${runId}_backup_target`;
const sourceUrl = withDatabase(serverUrl, sourceName);
const targetUrl = withDatabase(serverUrl, targetName);

let dir: string;
const server = new pg.Client({ connectionString: serverUrl });
const source = new pg.Client({ connectionString: sourceUrl });

/** Every table's row count and checksum. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of await backupTables(client)) {
      const { rows, checksum } = await tableChecksum(client, table);
      result[table.name] = `${rows}:${checksum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function rollupDifferences(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM app_private.rollup_differences()",
    );
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function backupTo(file: string): Promise<Awaited<ReturnType<typeof writeBackup>>> {
  return writeBackup(sourceUrl, createWriteStream(file));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "backup-test-"));
  await server.connect();
  for (const [name, template] of [
    [sourceName, seeded],
    [targetName, migrated],
  ] as const) {
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  }
  await source.connect();
});

afterAll(async () => {
  await source.end();
  for (const name of [sourceName, targetName])
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await server.end();
  await rm(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("restores exactly the data of the backup point after inserts, updates and deletes", async () => {
    const before = await snapshot(sourceUrl);
    const file = join(dir, "point.backup.gz");
    const { header } = await backupTo(file);
    expect(
      Object.fromEntries(header.tables.map((t) => [t.name, `${t.rows}:${t.checksum}`])),
    ).toEqual(before);
    expect(header.migrations.length).toBeGreaterThan(5);
    expect(header.tables.find((t) => t.name === '"public"."Person"')?.rows).toBeGreaterThan(20_000);

    // Changes in several tables: inserts, updates (one moving the rollups), deletes.
    await source.query(
      `INSERT INTO "AuditLog" ("action", "username", "detail") VALUES ('UPDATE', 'test', 'after the backup')`,
    );
    await source.query(
      `INSERT INTO "ResidentialArea" ("id", "provinceId", "communeId", "name", "kind", "updatedAt")
       SELECT gen_random_uuid(), "provinceId", "id", 'Ấp Sau Sao Lưu', 'AP', now() FROM "Commune" WHERE "provinceId" IS NOT NULL LIMIT 1`,
    );
    const updated = await source.query(
      `UPDATE "Person" SET "fullName" = "fullName" || ' Hai', "version" = "version" + 1
        WHERE "id" IN (SELECT "id" FROM "Person" ORDER BY "id" LIMIT 50)`,
    );
    expect(updated.rowCount).toBe(50);
    const approved = await source.query(
      `UPDATE "Report" SET "status" = 'APPROVED', "approvedAt" = now()
        WHERE "id" IN (SELECT "id" FROM "Report" WHERE "status" = 'SUBMITTED' ORDER BY "id" LIMIT 5)`,
    );
    expect(approved.rowCount).toBeGreaterThan(0);
    const deleted = await source.query(
      `DELETE FROM "ReportValue" WHERE ("provinceId", "reportId") IN
         (SELECT "provinceId", "id" FROM "Report" WHERE "status" = 'DRAFT' ORDER BY "id" LIMIT 3)`,
    );
    expect(deleted.rowCount).toBeGreaterThan(0);
    const after = await snapshot(sourceUrl);
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
    expect(changed).toEqual(
      expect.arrayContaining([
        '"public"."AuditLog"',
        '"public"."ResidentialArea"',
        '"public"."Person"',
        '"public"."Report"',
        '"public"."ReportValue"',
        '"public"."ReportRollup"',
      ]),
    );
    // Backing up, changing and restoring the whole demo database takes a while on a busy machine.

    const restored = await restoreBackup(sourceUrl, file);
    expect(restored.tables.find((t) => t.name === '"public"."Person"')?.rows).toBe(
      header.tables.find((t) => t.name === '"public"."Person"')?.rows,
    );
    expect(await snapshot(sourceUrl)).toEqual(before);
    expect(await rollupDifferences(sourceUrl)).toBe(0);
    // Sequences go on after the restored rows: a new audit row gets a fresh id.
    const { rows } = await source.query<{ id: string; max: string }>(
      `WITH n AS (INSERT INTO "AuditLog" ("action", "detail") VALUES ('UPDATE', 'after the restore') RETURNING "id")
       SELECT n."id"::text, (SELECT max("id") FROM "AuditLog")::text AS max FROM n`,
    );
    expect(Number(rows[0]?.id)).toBeGreaterThan(0);
  }, 180_000);

  it("takes one consistent snapshot while reports are approved meanwhile, into a fresh database", async () => {
    // Another connection approves reports one by one while the backup runs (as the portal would).
    const writer = new pg.Client({ connectionString: sourceUrl });
    writer.on("error", () => undefined);
    await writer.connect();
    let writing = true;
    let approvals = 0;
    const approving = (async () => {
      for (let i = 0; i < 200 && writing; i++) {
        const r = await writer.query(
          `UPDATE "Report" SET "status" = 'APPROVED', "approvedAt" = now()
            WHERE "id" = (SELECT "id" FROM "Report" WHERE "status" IN ('SUBMITTED', 'DRAFT') ORDER BY "id" LIMIT 1)`,
        );
        approvals += r.rowCount ?? 0;
      }
    })();
    const file = join(dir, "busy.backup.gz");
    const { header } = await backupTo(file).finally(() => {
      writing = false;
    });
    await approving;
    await writer.end();
    expect(approvals).toBeGreaterThan(0);

    // Restored into a database that has the migrations and no data: every table as in the header
    // (restoreBackup checks each count and checksum), and the rollups agree with the reports.
    const restored = await restoreBackup(targetUrl, file);
    expect(restored.tables.length).toBe(header.tables.length);
    const target = await snapshot(targetUrl);
    expect(target).toEqual(
      Object.fromEntries(header.tables.map((t) => [t.name, `${t.rows}:${t.checksum}`])),
    );
    expect(await rollupDifferences(targetUrl)).toBe(0);
  }, 180_000);

  it("refuses a backup made with other migrations and changes nothing", async () => {
    const file = join(dir, "point.backup.gz");
    const client = new pg.Client({ connectionString: targetUrl });
    await client.connect();
    try {
      const before = await snapshot(targetUrl);
      await client.query(
        `UPDATE "_prisma_migrations" SET "migration_name" = "migration_name" || '_other'
          WHERE "migration_name" = (SELECT max("migration_name") FROM "_prisma_migrations")`,
      );
      await expect(restoreBackup(targetUrl, file)).rejects.toBeInstanceOf(MigrationMismatch);
      expect(await snapshot(targetUrl)).toEqual(before);
    } finally {
      await client.query(
        `UPDATE "_prisma_migrations" SET "migration_name" = replace("migration_name", '_other', '')`,
      );
      await client.end();
    }
  });
});
