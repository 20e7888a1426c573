// npm run db:seed — seeds the database (idempotent). Against DATABASE_URL: the national units and
// catalogs only, unless `--demo` or DEMO_DATA=1 asks for the demo data; the embedded database gets
// the demo data. `--force` runs the seed even if it ran before.
import { connectDatabase } from "./connect";
import { demoRequested } from "./demo-choice";
import { applyMigrations } from "./schema-engine";
import { seedIfFirstRun } from "./seed-once";

async function main(): Promise<void> {
  const database = await connectDatabase();
  try {
    await applyMigrations(database.url);
    const outcome = await seedIfFirstRun(database.url, {
      demo: demoRequested(database.embedded),
      force: process.argv.includes("--force"),
    });
    const what = outcome.demo ? "reference and demo data" : "reference data";
    console.log(
      outcome.seeded
        ? `Seeded the ${what} in ${outcome.seconds.toFixed(1)} s.`
        : "Already seeded (use --force to run the seed again).",
    );
    console.log(
      outcome.mode === "demo"
        ? "This is a demo install: demo users share a published password."
        : `No demo data.${outcome.users === 0 ? " Create the first administrator: npm run admin:create -- <username>" : ""}`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
