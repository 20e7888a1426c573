// npm run db:seed — seeds the database (idempotent; --force runs it even if it ran before).
import { connectDatabase } from "./connect";
import { applyMigrations } from "./schema-engine";
import { seedIfFirstRun } from "./seed-once";

async function main(): Promise<void> {
  const database = await connectDatabase();
  try {
    await applyMigrations(database.url);
    const outcome = await seedIfFirstRun(database.url, process.argv.includes("--force"));
    console.log(
      outcome.seeded
        ? `Seeded in ${outcome.seconds.toFixed(1)} s.`
        : "Already seeded (use --force to run the seed again).",
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
