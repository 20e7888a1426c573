// Runs before every integration test file: points DATABASE_URL (owner: fixtures and counts) and
// APP_DATABASE_URL (the application role, as the app runs) at this worker's own database, a fresh
// copy of the seeded template made once per worker slot (not per test, not per file).
//
// The slot is claimed with a PostgreSQL advisory lock held for the life of the test process, not
// taken from VITEST_POOL_ID: with several projects in one run, vitest gives concurrent workers the
// same pool id, and two files would then share a database at the same time.
import pg from "pg";
import { inject } from "vitest";
import { CITIZEN_ID_BLOCKS } from "../support/citizen-ids";
import { asAppRole, withDatabase } from "./databases";

const serverUrl = inject("testServerUrl");
const { seeded } = inject("templates");
const runId = inject("runId");
const MAX_SLOTS = 16;

const lock = new pg.Client({ connectionString: serverUrl });
await lock.connect();
let slot = 0;
for (let candidate = 1; candidate <= MAX_SLOTS && slot === 0; candidate += 1) {
  const { rows } = await lock.query<{ ok: boolean }>("select pg_try_advisory_lock($1, $2) as ok", [
    Number(runId) % 2 ** 31,
    candidate,
  ]);
  if (rows[0]?.ok) slot = candidate;
}
if (slot === 0) throw new Error(`No free test database slot of ${MAX_SLOTS}`);
// The lock lives as long as this process; the open socket must not keep the process alive.
(lock as unknown as { connection: { stream: { unref: () => void } } }).connection.stream.unref();

const name = `test_${runId}_${slot}`;
const found = await lock.query("select 1 from pg_database where datname = $1", [name]);
if (found.rowCount === 0) await lock.query(`create database "${name}" template "${seeded}"`);

process.env.DATABASE_URL = withDatabase(serverUrl, name);
process.env.APP_DATABASE_URL = asAppRole(process.env.DATABASE_URL);

// Each file of this worker's database gets a block of citizen IDs of its own
// (tests/support/citizen-ids.ts): the database counts the files it has served, and refuses (the
// sequence does not cycle) a file beyond the last block rather than give it one already used.
const own = new pg.Client({ connectionString: process.env.DATABASE_URL });
await own.connect();
await own.query(
  `create sequence if not exists test_citizen_block minvalue 0 start 0 maxvalue ${CITIZEN_ID_BLOCKS - 1}`,
);
const claimed = await own.query<{ block: string }>("select nextval('test_citizen_block') as block");
await own.end();
const block = claimed.rows[0]?.block;
if (block === undefined) throw new Error("No citizen ID block for this test file");
process.env.TEST_CITIZEN_BLOCK = block;
