// Runs before every integration test file: points DATABASE_URL (owner: fixtures and counts) and
// APP_DATABASE_URL (the application role, as the app runs) at this worker's own database, a fresh
// copy of the seeded template made once per worker (not per test).
import pg from "pg";
import { inject } from "vitest";
import { asAppRole, withDatabase } from "./databases";

const serverUrl = inject("testServerUrl");
const { seeded } = inject("templates");
const name = `test_${process.env.VITEST_POOL_ID ?? "1"}`;

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  const found = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (found.rowCount === 0) await client.query(`create database "${name}" template "${seeded}"`);
} finally {
  await client.end();
}

process.env.DATABASE_URL = withDatabase(serverUrl, name);
process.env.APP_DATABASE_URL = asAppRole(process.env.DATABASE_URL);
