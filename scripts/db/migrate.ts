// npm run db:migrate — applies the committed migrations to the database (DATABASE_URL or embedded).
import { connectDatabase } from "./connect";
import { applyMigrations } from "./schema-engine";

async function main(): Promise<void> {
  const database = await connectDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(
      applied.length === 0
        ? "Database is up to date: no migration to apply."
        : `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
