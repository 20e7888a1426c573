// Runs before every integration test file: points DATABASE_URL at this worker's own database, a
// fresh copy of the seeded template made once per worker (not per test).
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "./databases";

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
