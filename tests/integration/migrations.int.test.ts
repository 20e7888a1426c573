// The committed migrations build the schema of schema.prisma, from nothing, and hold every change
// made to schema.prisma.
import { readFile, readdir } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { withDatabase } from "@/tests/setup/databases";
import {
  SCHEMA_PATH,
  SNAPSHOT_PATH,
  applyMigrations,
  diffSchemas,
} from "@/scripts/db/schema-engine";

const serverUrl = inject("testServerUrl");
const suffix = `${process.pid}`;
const fromMigrations = `mig_a_${suffix}`;
const fromSchema = `mig_b_${suffix}`;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const COLUMNS = `select table_name, column_name, data_type, udt_name, is_nullable, column_default
  from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
  order by 1, 2`;
const FOREIGN_KEYS = `select conname, pg_get_constraintdef(oid) as def from pg_constraint
  where contype = 'f' and connamespace = 'public'::regnamespace order by 1`;
const INDEXES = `select indexname, indexdef from pg_indexes where schemaname = 'public'
  and tablename <> '_prisma_migrations' order by 1`;

describe("migrations", () => {
  beforeAll(async () => {
    for (const name of [fromMigrations, fromSchema]) {
      await onServer(`drop database if exists "${name}" with (force)`);
      await onServer(`create database "${name}" template template0 encoding 'UTF8'`);
    }
  });
  afterAll(async () => {
    for (const name of [fromMigrations, fromSchema])
      await onServer(`drop database if exists "${name}" with (force)`);
  });

  it("apply to an empty database, every one of them, and a second run applies none", async () => {
    const dirs = (await readdir("prisma/migrations", { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(dirs.length).toBeGreaterThan(0);
    const url = withDatabase(serverUrl, fromMigrations);
    expect(await applyMigrations(url)).toEqual(dirs);
    expect(await applyMigrations(url)).toEqual([]);
    const recorded = await query<{ migration_name: string }>(
      fromMigrations,
      "select migration_name from _prisma_migrations where finished_at is not null order by 1",
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(dirs);
  });

  it("hold every change of schema.prisma (no change without a migration)", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const snapshot = await readFile(SNAPSHOT_PATH, "utf8");
    const pending = await diffSchemas(withDatabase(serverUrl, fromSchema), snapshot, schema);
    expect(pending, "schema.prisma changed: run npm run db:migration -- <name>").toBe("");
  });

  it("build the same tables, columns, keys and indexes as schema.prisma itself", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const sql = await diffSchemas(withDatabase(serverUrl, fromSchema), null, schema);
    await query(fromSchema, sql);
    expect(await query(fromMigrations, COLUMNS)).toEqual(await query(fromSchema, COLUMNS));
    // The migrations add foreign keys and indexes by hand (partial unique keys, scope checks), so
    // theirs are a superset of what the schema alone produces.
    expect(await query(fromMigrations, FOREIGN_KEYS)).toEqual(
      expect.arrayContaining(await query(fromSchema, FOREIGN_KEYS)),
    );
    expect(await query(fromMigrations, INDEXES)).toEqual(
      expect.arrayContaining(await query(fromSchema, INDEXES)),
    );
  });

  it("refuse names that are not in Unicode NFC", async () => {
    const decomposed = "Ho\u0300a Bi\u0300nh"; // "Hòa Bình" with combining grave accents
    await expect(
      query(
        fromMigrations,
        `insert into "Ethnicity" (id, name, "nameEn") values (99, '${decomposed}', 'x')`,
      ),
    ).rejects.toThrow(/Ethnicity_name_nfc/);
    await query(
      fromMigrations,
      `insert into "Ethnicity" (id, name, "nameEn") values (99, '${decomposed.normalize("NFC")}', 'x')`,
    );
    const rows = await query<{ name: string }>(
      fromMigrations,
      `select name from "Ethnicity" where id = 99`,
    );
    expect(rows[0]?.name).toBe("Hòa Bình");
  });
});
