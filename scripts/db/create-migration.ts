// npm run db:migration -- <name> — writes the next migration from the changes in schema.prisma.
//
// The SQL is the diff between the schema as of the newest migration (prisma/migrations/
// schema.snapshot.prisma) and the current schema. Diffing against a live database is not possible
// with the WebAssembly engine (it fails on PostgreSQL's internal column types), and the snapshot
// keeps hand-written SQL (row-level security, partial indexes, CHECKs) out of the comparison.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { connectDatabase } from "./connect";
import { MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_PATH, diffSchemas } from "./schema-engine";

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_");
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>   (e.g. add_award_note)");
    process.exit(2);
  }
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const snapshot = existsSync(SNAPSHOT_PATH) ? await readFile(SNAPSHOT_PATH, "utf8") : null;
  const database = await connectDatabase();
  try {
    const sql = await diffSchemas(database.url, snapshot, schema);
    if (sql.trim() === "") {
      console.log("schema.prisma has no change that the migrations do not hold already.");
      return;
    }
    const dir = join(MIGRATIONS_DIR, `${timestamp(new Date())}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "migration.sql"), sql);
    await writeFile(SNAPSHOT_PATH, schema);
    const lock = join(MIGRATIONS_DIR, "migration_lock.toml");
    if (!existsSync(lock)) await writeFile(lock, 'provider = "postgresql"\n');
    console.log(`Wrote ${join(dir, "migration.sql")}. Review it (add hand-written SQL below the`);
    console.log("generated part if needed), then run npm run db:migrate.");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
