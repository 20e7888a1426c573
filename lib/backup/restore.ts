import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  backupTables,
  END_OF_TABLE,
  tableChecksum,
} from "./backup";

// Restores a backup written by backup.ts into a database with the same migrations: in ONE
// transaction it empties every table, loads every table's rows, checks each table's row count
// and checksum against the header, sets the sequences and commits — or changes nothing. Triggers
// do not fire during the load (session_replication_role = replica for a superuser, otherwise the
// tables' own triggers are disabled inside the transaction and the foreign keys are checked as the
// rows come, parents first): the rollups are loaded as they were at the backup, which is exactly
// what their triggers had made of the rows loaded with them.

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const BATCH_BYTES = 1 << 20;

/** Reads a backup's header (the first line), without reading the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  try {
    for await (const line of lines) return parseHeader(line);
  } finally {
    lines.close();
  }
  throw new Error("The file is empty: not a backup.");
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new Error("Not a backup of this portal (no header).");
  }
  if (header.format !== BACKUP_FORMAT) throw new Error("Not a backup of this portal.");
  if (header.version !== BACKUP_VERSION)
    throw new Error(
      `Backup format ${header.version}; this version reads format ${BACKUP_VERSION}.`,
    );
  return header;
}

export interface RestoreResult {
  header: BackupHeader;
  tables: { name: string; rows: number }[];
  seconds: number;
}

export class MigrationMismatch extends Error {
  constructor(
    readonly backup: readonly string[],
    readonly database: readonly string[],
  ) {
    const missing = backup.filter((m) => !database.includes(m));
    const extra = database.filter((m) => !backup.includes(m));
    super(
      "The backup was made with other migrations than this database has" +
        (missing.length ? `; missing here: ${missing.join(", ")}` : "") +
        (extra.length ? `; not in the backup: ${extra.join(", ")}` : "") +
        ". Restore it with the portal version that made it, into a database migrated the same.",
    );
  }
}

export async function restoreBackup(url: string, file: string): Promise<RestoreResult> {
  const started = performance.now();
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new Error("The file is empty: not a backup.");
  const header = parseHeader(first.value);

  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const migrations = await appliedMigrations(client);
    if (migrations.join("\n") !== header.migrations.join("\n"))
      throw new MigrationMismatch(header.migrations, migrations);
    const here = await backupTables(client);
    const shape = (t: { name: string; columns: readonly string[] }): string =>
      `${t.name}(${t.columns.join(",")})`;
    const expected = new Set(header.tables.map(shape));
    const differing = here.filter((t) => !expected.has(shape(t))).map((t) => t.name);
    if (differing.length > 0 || here.length !== header.tables.length)
      throw new Error(`The tables differ from the backup's: ${differing.join(", ") || "count"}.`);

    await client.query("BEGIN");
    await client.query("SET LOCAL row_security = off");
    const { rows: su } = await client.query<{ super: boolean }>(
      "SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user",
    );
    const superuser = su[0]?.super ?? false;
    const names = header.tables.map((t) => t.name);
    if (superuser) await client.query("SET LOCAL session_replication_role = replica");
    else for (const name of names) await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${names.join(", ")}`);

    const loaded: RestoreResult["tables"] = [];
    for (const table of header.tables) {
      const copy = client.query(
        copyFrom(`COPY ${table.name} (${table.columns.map(quote).join(", ")}) FROM STDIN`),
      );
      const done = new Promise<void>((resolve, reject) => {
        copy.once("finish", () => resolve());
        copy.once("error", reject);
      });
      done.catch(() => undefined);
      let batch = "";
      let rows = 0;
      for (;;) {
        const next = await iterator.next();
        if (next.done)
          throw new Error(`The backup ends inside table ${table.name}: it is cut short.`);
        if (next.value === END_OF_TABLE) break;
        batch += `${next.value}\n`;
        rows++;
        if (batch.length >= BATCH_BYTES) {
          const chunk = batch;
          batch = "";
          if (!copy.write(chunk)) await Promise.race([once(copy, "drain"), done]);
        }
      }
      if (batch) copy.write(batch);
      copy.end();
      await done;
      loaded.push({ name: table.name, rows });
    }

    for (const table of header.tables) {
      const found = await tableChecksum(client, table);
      if (found.rows !== table.rows || found.checksum !== table.checksum)
        throw new Error(
          `Table ${table.name}: ${found.rows} rows loaded, ${table.rows} in the backup, or their checksum differs: the backup is damaged.`,
        );
    }
    for (const s of header.sequences)
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        s.name,
        s.value,
        s.isCalled,
      ]);
    if (!superuser)
      for (const name of names) await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    return { header, tables: loaded, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end().catch(() => undefined);
  }
}
