// npm run db:restore <file> — restores a backup of db:backup into the portal's database (the
// embedded one, or DATABASE_URL's), replacing ALL its data, in one transaction. A database without
// tables is migrated first; a database migrated differently from the backup is refused. Stop the
// portal first (its requests would wait for the restore, then see other data under their feet).
import { resolve } from "node:path";
import pg from "pg";
import { appliedMigrations } from "../../lib/backup/backup";
import { readBackupHeader, restoreBackup } from "../../lib/backup/restore";
import { connectDatabase } from "./connect";
import { applyMigrations } from "./schema-engine";

async function main(): Promise<void> {
  const given = process.argv[2];
  if (!given) throw new Error("Usage: npm run db:restore -- <backup file>");
  const file = resolve(given);
  const header = await readBackupHeader(file);
  const database = await connectDatabase();
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const migrations = await appliedMigrations(client).finally(() => client.end());
    // A fresh database gets the migrations; the restore then checks they are the backup's.
    if (migrations.length === 0) await applyMigrations(database.url);
    const result = await restoreBackup(database.url, file);
    console.log(
      JSON.stringify({
        name: "db.restore",
        file,
        createdAt: header.createdAt,
        seconds: Number(result.seconds.toFixed(1)),
        rows: Object.fromEntries(result.tables.map((t) => [t.name.replace(/"/g, ""), t.rows])),
      }),
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
