import { once } from "node:events";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

// A logical backup of the whole database that a police office can take while the portal runs:
// one REPEATABLE READ READ ONLY transaction (one snapshot: every table as of the same instant,
// however much the portal writes meanwhile), a header, then each table's rows in COPY text format,
// gzip-compressed. No pg_dump needed (the machine's client may be of another major version than
// the embedded server). Restore: restore.ts.

export const BACKUP_FORMAT = "phongtrao-backup";
export const BACKUP_VERSION = 1;
/** Ends each table's rows (a data row never is exactly "\." in text format: backslashes are doubled). */
export const END_OF_TABLE = "\\.";

export interface BackupTable {
  /** Schema-qualified, quoted: "public"."Report". */
  name: string;
  columns: string[];
  rows: number;
  /** Sum of the rows' md5 (first 64 bits), as text: independent of row order. */
  checksum: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: string;
  serverVersion: string;
  /** Applied migrations, in order: a restore needs the same. */
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; value: string; isCalled: boolean }[];
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The tables a backup holds: every table of the application's schemas except the migration log. */
export async function backupTables(
  client: pg.ClientBase,
): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ schema: string; table: string; columns: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS table,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'app_private')
        AND c.relname <> '_prisma_migrations'
      GROUP BY 1, 2
      ORDER BY 1, 2`,
  );
  const tables = rows.map((r) => ({
    name: `${quote(r.schema)}.${quote(r.table)}`,
    columns: r.columns,
  }));
  // Parents before children, so that rows load in an order their foreign keys accept.
  const { rows: edgeRows } = await client.query<{ cs: string; ct: string; ps: string; pt: string }>(
    `SELECT cn.nspname AS cs, cc.relname AS ct, pn.nspname AS ps, pc.relname AS pt
       FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
       JOIN pg_class pc ON pc.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`,
  );
  const edges = edgeRows.map((e) => ({
    child: `${quote(e.cs)}.${quote(e.ct)}`,
    parent: `${quote(e.ps)}.${quote(e.pt)}`,
  }));
  const parents = new Map<string, Set<string>>();
  for (const e of edges) parents.set(e.child, (parents.get(e.child) ?? new Set()).add(e.parent));
  const ordered: typeof tables = [];
  const placed = new Set<string>();
  let rest = tables;
  while (rest.length > 0) {
    const ready = rest.filter((t) =>
      [...(parents.get(t.name) ?? [])].every(
        (p) => placed.has(p) || !rest.some((r) => r.name === p),
      ),
    );
    // A cycle (none in the schema today) would load in name order.
    const next = ready.length > 0 ? ready : rest.slice(0, 1);
    for (const t of next) {
      ordered.push(t);
      placed.add(t.name);
    }
    rest = rest.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** Row count and an order-independent checksum of a table's (non-generated) columns. */
export async function tableChecksum(
  client: pg.ClientBase,
  table: { name: string; columns: readonly string[] },
): Promise<{ rows: number; checksum: string }> {
  const row = `ROW(${table.columns.map(quote).join(", ")})::text`;
  const { rows } = await client.query<{ n: string; sum: string | null }>(
    `SELECT count(*) AS n,
            sum(('x' || substr(md5(${row}), 1, 16))::bit(64)::bigint::numeric)::text AS sum
       FROM ${table.name}`,
  );
  return { rows: Number(rows[0]?.n ?? 0), checksum: rows[0]?.sum ?? "0" };
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const found = await client.query<{ ok: boolean }>(
    "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok",
  );
  if (!found.rows[0]?.ok) return [];
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

/** Sequences of the application's schemas and where they stand. */
export async function sequenceValues(client: pg.ClientBase): Promise<BackupHeader["sequences"]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name
       FROM pg_sequences WHERE schemaname IN ('public', 'app_private') ORDER BY 1`,
  );
  const result: BackupHeader["sequences"] = [];
  for (const { name } of rows) {
    const { rows: v } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${name}`,
    );
    result.push({ name, value: v[0]?.last_value ?? "1", isCalled: v[0]?.is_called ?? false });
  }
  return result;
}

export interface BackupResult {
  header: BackupHeader;
  bytes: number;
  seconds: number;
}

/** Writes a backup of the database of `url` (its owner's connection) to `out`. */
export async function writeBackup(url: string, out: Writable): Promise<BackupResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  const gzip = createGzip({ level: 6 });
  let bytes = 0;
  gzip.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
  });
  const written = pipeline(gzip, out);
  const send = async (text: string | Buffer): Promise<void> => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // A role that row-level security would filter gets an error, never a silently partial backup.
    await client.query("SET LOCAL row_security = off");
    const tables = await backupTables(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database: new URL(url).pathname.slice(1),
      serverVersion:
        (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]
          ?.v ?? "",
      migrations: await appliedMigrations(client),
      tables: [],
      sequences: await sequenceValues(client),
    };
    for (const table of tables)
      header.tables.push({ ...table, ...(await tableChecksum(client, table)) });
    await send(`${JSON.stringify(header)}\n`);
    for (const table of header.tables) {
      const copy = client.query(
        copyTo(`COPY ${table.name} (${table.columns.map(quote).join(", ")}) TO STDOUT`),
      );
      for await (const chunk of copy) await send(chunk as Buffer);
      await send(`${END_OF_TABLE}\n`);
    }
    await client.query("COMMIT");
    gzip.end();
    await written;
    return { header, bytes, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
