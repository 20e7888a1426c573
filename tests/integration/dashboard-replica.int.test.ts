// Dashboards on a read replica (DASHBOARD_DATABASE_URL): their reads go to that connection, as the
// application role, in the scope of the same session (row-level security holds there too), read
// only; a session the replica does not know yet is read on the primary. The "replica" here is a
// second database copied from the seeded template whose rollups carry a date of their own, so the
// figures show which database answered.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { dashboardDb } from "@/lib/db/client";
import { inReadScope, SessionEndedError } from "@/lib/db/scoped";
import { asAppRole, withDatabase } from "@/tests/setup/databases";
import { signInAs, type Signed } from "../support/sign-in-as";

const serverUrl = inject("testServerUrl");
const { seeded } = inject("templates");
const replicaName = `replica_${inject("runId")}_${process.pid}`;
const replicaUrl = withDatabase(serverUrl, replicaName);
const REPLICA_AS_OF = new Date("2001-02-03T04:05:06.000Z");

const server = new pg.Client({ connectionString: serverUrl });
const primary = new pg.Client({ connectionString: process.env.DATABASE_URL });
const replica = new pg.Client({ connectionString: replicaUrl });

/** The session as the replica would have it once replication caught up. */
async function replicate(session: Signed): Promise<void> {
  const { rows } = await primary.query<{ row: unknown }>(
    `select row_to_json(s) as row from "Session" s join "User" u on u.id = s."userId"
      where u.username = $1 order by s."createdAt" desc limit 1`,
    [session.username],
  );
  await replica.query(
    `insert into "Session" select * from json_populate_record(null::"Session", $1::json)`,
    [JSON.stringify(rows[0]?.row)],
  );
}

async function ctxOf(session: Signed): Promise<AuthContext> {
  const ctx = await session.run(() => getCurrentUser());
  if (!ctx) throw new Error(`no session for ${session.username}`);
  return ctx;
}

let analystOnReplica: AuthContext;
let analystNotYetOnReplica: AuthContext;
let giaRaiOfficer: AuthContext;
let giaRai: number;

beforeAll(async () => {
  await server.connect();
  await server.query(`drop database if exists "${replicaName}" with (force)`);
  await server.query(`create database "${replicaName}" template "${seeded}"`);
  await primary.connect();
  await replica.connect();
  await replica.query(`update "ReportRollupProvince" set "updatedAt" = $1`, [REPLICA_AS_OF]);
  await replica.query(`update "ReportRollup" set "updatedAt" = $1`, [REPLICA_AS_OF]);
  // Read by lib/env.ts on first use, which is after this point in this file's own module graph.
  process.env.DASHBOARD_DATABASE_URL = asAppRole(replicaUrl);

  const analyst = await signInAs("bo.phantich");
  await replicate(analyst);
  analystOnReplica = await ctxOf(analyst);
  analystNotYetOnReplica = await ctxOf(await signInAs("bo.phantich"));
  const officer = await signInAs("giarai.canbo");
  await replicate(officer);
  giaRaiOfficer = await ctxOf(officer);
  giaRai = (await primary.query<{ id: number }>(`select id from "Commune" where code = '31942'`))
    .rows[0]!.id;
});

afterAll(async () => {
  await dashboardDb()?.$disconnect();
  await replica.end();
  await primary.end();
  await server.query(`drop database if exists "${replicaName}" with (force)`);
  await server.end();
});

describe("dashboards on a read replica", () => {
  it("read the replica's figures: 'Số liệu đến' is the last approval the replica has", async () => {
    const d = await getDashboard(analystOnReplica, {});
    if (d.level !== "NATION") throw new Error(`expected the national dashboard, got ${d.level}`);
    expect(d.comparison.asOf).toEqual(REPLICA_AS_OF);
    const ours = await inReadScope(
      analystOnReplica,
      async (tx) =>
        tx.$queryRaw<
          { db: string; user: string }[]
        >`select current_database() as db, current_user as user`,
    );
    expect(ours).toEqual([{ db: replicaName, user: "portal_app" }]);
  });

  it("read a session the replica does not know yet on the primary", async () => {
    const d = await getDashboard(analystNotYetOnReplica, {});
    if (d.level !== "NATION") throw new Error(`expected the national dashboard, got ${d.level}`);
    expect(d.comparison.asOf).toBeInstanceOf(Date);
    expect(d.comparison.asOf).not.toEqual(REPLICA_AS_OF);
    const [where] = await inReadScope(
      analystNotYetOnReplica,
      (tx) => tx.$queryRaw<{ db: string }[]>`select current_database() as db`,
    );
    expect(where?.db).not.toBe(replicaName);
  });

  it("keep the session's scope there: a commune officer reads only their commune's reports", async () => {
    const [seen] = await inReadScope(
      giaRaiOfficer,
      (tx) =>
        tx.$queryRaw<{ db: string; all: bigint; own: bigint }[]>`
        select current_database() as db, count(*) as all,
               count(*) filter (where "communeId" = ${giaRai}) as own from "Report"`,
    );
    const { rows } = await replica.query<{ n: string; total: string }>(
      `select count(*) filter (where "communeId" = $1) as n, count(*) as total from "Report"`,
      [giaRai],
    );
    expect(seen?.db).toBe(replicaName);
    expect(Number(seen?.all)).toBe(Number(rows[0]?.n));
    expect(Number(seen?.own)).toBe(Number(rows[0]?.n));
    expect(Number(rows[0]?.total)).toBeGreaterThan(Number(rows[0]?.n));
  });

  it("read only, on the replica and on the primary", async () => {
    for (const ctx of [analystOnReplica, analystNotYetOnReplica])
      await expect(
        inReadScope(ctx, (tx) => tx.$executeRaw`update "Report" set "version" = "version"`),
      ).rejects.toThrow(/read-only/u);
  });

  it("refuse a session that has ended on both", async () => {
    await expect(
      inReadScope({ sessionToken: "not-a-session" }, (tx) => tx.$queryRaw`select 1`),
    ).rejects.toBeInstanceOf(SessionEndedError);
  });
});
