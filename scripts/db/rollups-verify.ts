// npm run rollups:verify — recomputes every rollup from the base rows and compares: prints one JSON
// line and exits 1 on any difference (listing the first ones). `--rebuild` repairs them afterwards.
import pg from "pg";
import { verifyRollups } from "../../lib/rollups/verify";
import { connectDatabase } from "./connect";
import { applyMigrations } from "./schema-engine";

async function main(): Promise<number> {
  const database = await connectDatabase();
  try {
    await applyMigrations(database.url);
    const check = await verifyRollups(database.url);
    console.log(
      JSON.stringify({
        name: "rollups.verify",
        rows: check.rows,
        differences: check.differences.length,
        seconds: Number(check.seconds.toFixed(2)),
      }),
    );
    for (const d of check.differences.slice(0, 20)) console.error(JSON.stringify(d));
    if (check.differences.length > 0 && process.argv.includes("--rebuild")) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query("SELECT app_private.rollups_rebuild()");
      await client.end();
      console.log("Rebuilt the rollups from the base rows.");
      return 0;
    }
    return check.differences.length === 0 ? 0 : 1;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
