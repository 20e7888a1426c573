// Runs before every integration test file: points DATABASE_URL (owner: fixtures and counts) and
// APP_DATABASE_URL (the application role, as the app runs) at this worker's own database, a fresh
// copy of the seeded template made once per worker (not per test).
import pg from "pg";
import { inject } from "vitest";
import { asAppRole, withDatabase } from "./databases";

const serverUrl = inject("testServerUrl");
const { seeded } = inject("templates");
const name = `test_${inject("runId")}_${process.env.VITEST_POOL_ID ?? "1"}`;

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  const found = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (found.rowCount === 0) {
    // Two files of one worker slot may start together while vitest recycles the slot: the second
    // create fails as a duplicate, and both use the one database.
    await client
      .query(`create database "${name}" template "${seeded}"`)
      .catch((error: { code?: string }) => {
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
  }
} finally {
  await client.end();
}

process.env.DATABASE_URL = withDatabase(serverUrl, name);
process.env.APP_DATABASE_URL = asAppRole(process.env.DATABASE_URL);
