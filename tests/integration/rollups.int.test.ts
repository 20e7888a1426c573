// The rollups kept by the database (decision 011): after any sequence of approvals, reopenings,
// returns, value corrections and point moves, written as plain SQL the way any code path could write
// them, the stored rollups equal their recomputation from the base rows. And the application's role
// reads only its scope's rollup rows and can neither write them nor call the functions that do.
import * as fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyRollups } from "@/lib/rollups/verify";
import { signInAs } from "../support/sign-in-as";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });

interface Fixture {
  reports: { id: string; provinceId: number; pointId: string | null }[];
  indicators: number[];
  models: string[];
}
let fixture: Fixture;

/** Differences in the fixture's province. */
async function differences(): Promise<number> {
  const { rows } = await owner.query<{ n: string }>(
    "select count(*) as n from app_private.rollup_differences($1)",
    [fixture.reports[0]?.provinceId],
  );
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  await owner.connect();
  await app.connect();
  // Reports of one commune in every state, the point indicators they carry, and national models.
  const { rows: reports } = await owner.query<Fixture["reports"][number]>(
    `select r.id, r."provinceId", r."pointId" from "Report" r
       join "Commune" c on c.id = r."communeId"
      where c.name = 'Phường Giá Rai' and r.kind = 'POINT'
      order by r.status, r.id limit 10`,
  );
  const { rows: indicators } = await owner.query<{ id: number }>(
    `select id from "Indicator" where "reportKind" = 'POINT' order by "sortOrder" limit 5`,
  );
  const { rows: models } = await owner.query<{ id: string }>(
    `select id from "Model" where "provinceId" is null order by code limit 3`,
  );
  fixture = {
    reports,
    indicators: indicators.map((i) => i.id),
    models: models.map((m) => m.id),
  };
});

afterAll(async () => {
  await owner.end();
  await app.end();
});

type Step =
  | { kind: "status"; report: number; status: "APPROVED" | "SUBMITTED" | "RETURNED" | "DRAFT" }
  | { kind: "approveMany"; reports: number[] }
  | { kind: "value"; report: number; indicator: number; value: number }
  | { kind: "deleteValue"; report: number; indicator: number }
  | { kind: "moveModel"; report: number; model: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("status" as const),
    report: fc.nat(9),
    status: fc.constantFrom("APPROVED", "SUBMITTED", "RETURNED", "DRAFT"),
  }),
  fc.record({
    kind: fc.constant("approveMany" as const),
    reports: fc.uniqueArray(fc.nat(9), { minLength: 2, maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant("value" as const),
    report: fc.nat(9),
    indicator: fc.nat(4),
    value: fc.nat(500),
  }),
  fc.record({ kind: fc.constant("deleteValue" as const), report: fc.nat(9), indicator: fc.nat(4) }),
  fc.record({ kind: fc.constant("moveModel" as const), report: fc.nat(9), model: fc.nat(2) }),
);

async function apply(s: Step): Promise<void> {
  const report = (i: number) => fixture.reports[i % fixture.reports.length];
  switch (s.kind) {
    case "status": {
      const r = report(s.report);
      await owner.query(`update "Report" set status = $2 where id = $1`, [r?.id, s.status]);
      return;
    }
    case "approveMany": {
      const ids = s.reports.map((i) => report(i)?.id);
      await owner.query(`update "Report" set status = 'APPROVED' where id = any($1::uuid[])`, [
        ids,
      ]);
      return;
    }
    case "value": {
      const r = report(s.report);
      await owner.query(
        `insert into "ReportValue" ("provinceId", "reportId", "indicatorId", value)
         values ($1, $2, $3, $4)
         on conflict ("provinceId", "reportId", "indicatorId") do update set value = excluded.value`,
        [r?.provinceId, r?.id, fixture.indicators[s.indicator], s.value],
      );
      return;
    }
    case "deleteValue": {
      const r = report(s.report);
      await owner.query(`delete from "ReportValue" where "reportId" = $1 and "indicatorId" = $2`, [
        r?.id,
        fixture.indicators[s.indicator],
      ]);
      return;
    }
    case "moveModel": {
      const r = report(s.report);
      if (!r?.pointId) return;
      await owner.query(`update "ReplicationPoint" set "modelId" = $2 where id = $1`, [
        r.pointId,
        fixture.models[s.model],
      ]);
      return;
    }
  }
}

describe("the rollups", () => {
  it("equal their recomputation in the seeded database", async () => {
    const check = await verifyRollups(process.env.DATABASE_URL ?? "");
    expect(check.differences).toEqual([]);
    expect(check.rows).toBeGreaterThan(1000);
  });

  it("equal their recomputation after any sequence of approvals, reopenings and corrections", async () => {
    expect(fixture.reports.length).toBe(10);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        await owner.query("begin");
        try {
          for (const s of steps) await apply(s);
          expect(await differences()).toBe(0);
        } finally {
          await owner.query("rollback");
        }
      }),
      { numRuns: 25, seed: 20261201 },
    );
    // 25 sequences, each with a recomputation of the whole province: more than the default 30 s on a
    // busy 2-core machine, and a timeout here would leave the shared client inside a transaction.
  }, 180_000);

  it("are checked by a recomputation that sees a change the triggers missed", async () => {
    const r = fixture.reports.find((x) => x.pointId !== null);
    await owner.query("begin");
    try {
      await owner.query(`update "Report" set status = 'SUBMITTED' where id = $1`, [r?.id]);
      expect(await differences()).toBe(0);
      await owner.query(`alter table "Report" disable trigger rollup_reports_updated`);
      await owner.query(`update "Report" set status = 'APPROVED' where id = $1`, [r?.id]);
      expect(await differences()).toBeGreaterThan(0);
    } finally {
      await owner.query("rollback");
    }
  });

  it("are checked against their province sums, which a roster change moves in the same statement", async () => {
    const province = fixture.reports[0]?.provinceId;
    const sums = async () => {
      const { rows } = await owner.query<{ measure: string; n: string }>(
        `select measure::text, sum(count) as n from "RosterRollupProvince"
          where "provinceId" = $1 and measure in ('TEAMS', 'MEMBER_ROLE') group by 1 order by 1`,
        [province],
      );
      return Object.fromEntries(rows.map((r) => [r.measure, Number(r.n)]));
    };
    await owner.query("begin");
    try {
      const before = await sums();
      // A team of the province dissolved: its open memberships and the team leave the sums.
      const { rows } = await owner.query<{ id: string; members: string }>(
        `select t.id, count(m.id) as members from "Team" t
           join "Membership" m on m."provinceId" = t."provinceId" and m."teamId" = t.id
                              and m."leftOn" is null
          where t."provinceId" = $1 and t.status = 'ACTIVE'
          group by t.id having count(m.id) > 0 order by t.id limit 1`,
        [province],
      );
      const team = rows[0];
      await owner.query(
        `update "Team" set status = 'DISSOLVED', "dissolvedOn" = current_date,
                "dissolvedReason" = 'Sáp nhập tổ' where id = $1`,
        [team?.id],
      );
      expect(await sums()).toEqual({
        TEAMS: (before.TEAMS ?? 0) - 1,
        MEMBER_ROLE: (before.MEMBER_ROLE ?? 0) - Number(team?.members),
      });
      expect(await differences()).toBe(0);
      await owner.query(
        `update "RosterRollupProvince" set count = count + 1
          where ("provinceId", "formerProvinceId", measure, key) = (
            select "provinceId", "formerProvinceId", measure, key from "RosterRollupProvince"
             where "provinceId" = $1 order by 1, 2, 3, 4 limit 1)`,
        [province],
      );
      expect(await differences()).toBe(1);
    } finally {
      await owner.query("rollback");
    }
  });

  it("move an approved report's figures at once, in the approving transaction", async () => {
    const r = fixture.reports.find((x) => x.pointId !== null);
    await owner.query("begin");
    try {
      await owner.query(`update "Report" set status = 'SUBMITTED' where id = $1`, [r?.id]);
      const total = async () => {
        const { rows } = await owner.query<{ t: string | null }>(
          `select sum(total) as t from "ReportRollupProvince" where "provinceId" = $1`,
          [r?.provinceId],
        );
        return BigInt(rows[0]?.t ?? 0);
      };
      const before = await total();
      const { rows } = await owner.query<{ s: string }>(
        `select coalesce(sum(value), 0) as s from "ReportValue" where "reportId" = $1`,
        [r?.id],
      );
      await owner.query(`update "Report" set status = 'APPROVED' where id = $1`, [r?.id]);
      expect(await total()).toBe(before + BigInt(rows[0]?.s ?? 0));
    } finally {
      await owner.query("rollback");
    }
  });

  it("refuse to delete an approved report", async () => {
    const { rows } = await owner.query<{ id: string }>(
      `select id from "Report" where status = 'APPROVED' limit 1`,
    );
    await expect(owner.query(`delete from "Report" where id = $1`, [rows[0]?.id])).rejects.toThrow(
      /approved report cannot be deleted/,
    );
  });

  it("are not locked by a roster change that moves no count", async () => {
    const province = fixture.reports[0]?.provinceId;
    // An active team of the province and an open membership of it.
    const { rows } = await owner.query<{ team: string; membership: string }>(
      `select m."teamId" as team, m.id as membership from "Membership" m
         join "Team" t on t."provinceId" = m."provinceId" and t.id = m."teamId"
        where m."provinceId" = $1 and m."leftOn" is null and t.status = 'ACTIVE'
        order by m.id limit 1`,
      [province],
    );
    const pair = rows[0];
    expect(rows).toHaveLength(1);
    expect([typeof pair?.team, typeof pair?.membership]).toEqual(["string", "string"]);
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Another transaction holds every province sum of the province, as one that changes the
      // counts of a commune of it does until it commits.
      await owner.query("begin");
      await owner.query(`select 1 from "RosterRollupProvince" where "provinceId" = $1 for update`, [
        province,
      ]);
      await other.query("begin");
      await other.query("set local lock_timeout = '2s'");
      // Renaming the team and rewriting its member's row move no count: neither waits for it.
      await other.query(`update "Team" set name = name || ' (tạm)' where id = $1`, [pair?.team]);
      await other.query(`update "Membership" set role = role where id = $1`, [pair?.membership]);
      await other.query("rollback");
    } finally {
      await owner.query("rollback");
      await other.end();
    }
  });

  it("are read in the reader's scope and written by no one but the database", async () => {
    const commune = await signInAs("giarai.canbo");
    const seen = await commune.inScope(async (tx) =>
      tx.reportRollup.groupBy({ by: ["communeId"], _count: true }),
    );
    expect(seen.length).toBe(1);
    expect(await commune.inScope((tx) => tx.reportRollupProvince.count())).toBe(0);
    const province = await signInAs("camau.canbo");
    const provinces = await province.inScope((tx) =>
      tx.reportRollupProvince.groupBy({ by: ["provinceId"], _count: true }),
    );
    expect(provinces.length).toBe(1);
    expect(await commune.inScope((tx) => tx.rosterRollupProvince.count())).toBe(0);
    const rosterProvinces = await province.inScope((tx) =>
      tx.rosterRollupProvince.groupBy({ by: ["provinceId"], _count: true }),
    );
    expect(rosterProvinces.map((p) => p.provinceId)).toEqual([provinces[0]?.provinceId]);

    for (const sql of [
      `insert into "ReportRollupProvince" ("provinceId", kind, "periodId", "indicatorId", total, reports)
       values (1, 'POINT', 1, 1, 1, 1)`,
      `update "ReportRollup" set total = total + 1`,
      `update "RosterRollupProvince" set count = count + 1`,
      `delete from "ReportRollup"`,
      `select app_private.rollups_rebuild()`,
    ]) {
      await expect(app.query(sql)).rejects.toThrow(/permission denied/);
    }
  });
});
