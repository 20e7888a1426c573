// Completeness kept by the database (decision 015): after any sequence of the changes that move it
// — a report's status, a submission recorded, a point suspended, dissolved, reactivated or
// established, an extension granted or withdrawn, a deadline moved — written as plain SQL the way
// any code path could write them, the stored cells equal their recomputation; the SQL rule agrees
// with the pure rule of lib/reports/expected.ts and lib/periods/entry-window.ts; and two approvals
// in one commune and quarter, committed at once, both count.
import * as fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryWindow, type PeriodException } from "@/lib/periods/entry-window";
import { expectedSubjects, type PointLifecycle } from "@/lib/reports/expected";
import type { PointStatus } from "@/lib/generated/prisma/enums";
import { applyStep, step, type StepFixture } from "../support/completeness-steps";

// Calendar days and timestamps as the database holds them (UTC), whatever this process's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => new Date(`${v}T00:00:00Z`));
pg.types.setTypeParser(
  pg.types.builtins.TIMESTAMP,
  (v: string) => new Date(`${v.replace(" ", "T")}Z`),
);

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });

let fixture: StepFixture;

async function differences(): Promise<number> {
  const { rows } = await owner.query<{ n: string }>(
    "select count(*) as n from app_private.completeness_rollup_differences($1)",
    [fixture.provinceId],
  );
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  await owner.connect();
  const { rows: units } = await owner.query<{ provinceId: number; communeId: number }>(
    `select c."provinceId", c.id as "communeId" from "Commune" c where c.name = 'Phường Giá Rai'`,
  );
  const unit = units[0];
  if (!unit) throw new Error("Phường Giá Rai is not seeded");
  const { rows: points } = await owner.query<{ id: string }>(
    `select id from "ReplicationPoint" where "provinceId" = $1 and "communeId" = $2
      order by id limit 6`,
    [unit.provinceId, unit.communeId],
  );
  const { rows: reports } = await owner.query<{ id: string }>(
    `select id from "Report" where "provinceId" = $1 and "communeId" = $2
      order by status, id limit 10`,
    [unit.provinceId, unit.communeId],
  );
  const { rows: periods } = await owner.query<StepFixture["periods"][number]>(
    `select id, "startsOn", "endsOn" from "ReportingPeriod" where year between 2024 and 2026
      order by year, quarter`,
  );
  fixture = {
    ...unit,
    points: points.map((p) => p.id),
    reports: reports.map((r) => r.id),
    periods,
  };
});

afterAll(async () => {
  await owner.end();
});

describe("the completeness rollup", () => {
  it("equals its recomputation in the seeded database", async () => {
    const { rows } = await owner.query<{ n: string; cells: string }>(
      `select (select count(*) from app_private.completeness_rollup_differences()) as n,
              (select count(*) from "CompletenessRollup" where expected > 0) as cells`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
    expect(Number(rows[0]?.cells)).toBeGreaterThan(3000);
  });

  it("equals its recomputation after any sequence of the changes that move it", async () => {
    expect(fixture.reports.length).toBe(10);
    expect(fixture.points.length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        await owner.query("begin");
        try {
          for (const s of steps) await applyStep(owner, fixture, s);
          expect(await differences()).toBe(0);
        } finally {
          await owner.query("rollback");
        }
      }),
      { numRuns: 30, seed: 20261201 },
    );
  }, 180_000);

  it("is checked by a recomputation that sees a change the triggers missed", async () => {
    await owner.query("begin");
    try {
      await owner.query(`alter table "Report" disable trigger completeness_reports_updated`);
      await owner.query(
        `update "Report" set status = case when status = 'APPROVED' then 'SUBMITTED'::"ReportStatus"
           else 'APPROVED'::"ReportStatus" end where id = $1`,
        [fixture.reports[0]],
      );
      expect(await differences()).toBeGreaterThan(0);
    } finally {
      await owner.query("rollback");
    }
  });

  it("agrees with the pure rule for every commune and quarter of the province", async () => {
    const { provinceId } = fixture;
    const { rows: periods } = await owner.query<{
      id: number;
      startsOn: Date;
      endsOn: Date;
      deadline: Date;
      closesAt: Date;
    }>(`select id, "startsOn", "endsOn", deadline, "closesAt" from "ReportingPeriod"`);
    const { rows: communes } = await owner.query<{ id: number; provinceId: number }>(
      `select id, "provinceId" from "Commune" where "provinceId" = $1`,
      [provinceId],
    );
    const { rows: points } = await owner.query<
      PointLifecycle & { id: string; provinceId: number; communeId: number }
    >(
      `select p.id, p."provinceId", p."communeId", p."establishedOn", p.status, p."suspendedOn",
              p."dissolvedOn",
              coalesce((select json_agg(json_build_object('toStatus', c."toStatus",
                                                          'effectiveOn', c."effectiveOn")
                                        order by c."createdAt", c.id)
                          from "PointStatusChange" c where c."pointId" = p.id), '[]') as changes
         from "ReplicationPoint" p where p."provinceId" = $1`,
      [provinceId],
    );
    for (const p of points)
      p.changes = (p.changes as unknown as { toStatus: PointStatus; effectiveOn: string }[]).map(
        (c) => ({ toStatus: c.toStatus, effectiveOn: new Date(`${c.effectiveOn}T00:00:00Z`) }),
      );
    // Some points have a status history (ordered as recorded, as lib/reports/expected.ts reads it).
    expect(points.some((p) => p.changes.length > 0)).toBe(true);
    const { rows: reports } = await owner.query<{
      periodId: number;
      communeId: number;
      pointId: string | null;
      status: string;
      firstAt: Date | null;
    }>(
      `select r."periodId", r."communeId", r."pointId", r.status::text,
              coalesce((select min(h.at) from "ReportStatusChange" h
                         where h."reportId" = r.id and h."toStatus" = 'SUBMITTED'),
                       r."submittedAt") as "firstAt"
         from "Report" r where r."provinceId" = $1`,
      [provinceId],
    );
    const { rows: exceptions } = await owner.query<PeriodException & { periodId: number }>(
      `select "periodId", kind::text, "communeId", "pointId", until from "PeriodReopening"
        where "provinceId" = $1`,
      [provinceId],
    );
    const reportOf = new Map(
      reports.map((r) => [`${r.periodId}|${r.pointId ?? `c${r.communeId}`}`, r]),
    );
    const expected = new Map<string, number[]>();
    for (const period of periods) {
      for (const s of expectedSubjects(period, communes, points)) {
        const r = reportOf.get(`${period.id}|${s.pointId ?? `c${s.communeId}`}`);
        const { dueAt } = entryWindow(
          period,
          exceptions.filter((x) => x.periodId === period.id),
          { communeId: s.communeId, pointId: s.pointId },
          new Date(0),
        );
        const key = `${s.communeId}|${period.id}`;
        const [n, submitted, onTime, approved, returned] = expected.get(key) ?? [0, 0, 0, 0, 0];
        const first = r?.firstAt ?? null;
        expected.set(key, [
          (n ?? 0) + 1,
          (submitted ?? 0) + (first ? 1 : 0),
          (onTime ?? 0) + (first && first.getTime() <= dueAt.getTime() ? 1 : 0),
          (approved ?? 0) + (r?.status === "APPROVED" ? 1 : 0),
          (returned ?? 0) + (r?.status === "RETURNED" ? 1 : 0),
        ]);
      }
    }
    const { rows: stored } = await owner.query<{
      communeId: number;
      periodId: number;
      cell: number[];
    }>(
      `select "communeId", "periodId",
              array[expected, submitted, "onTime", approved, returned] as cell
         from "CompletenessRollup" where "provinceId" = $1 and expected > 0`,
      [provinceId],
    );
    const storedMap = new Map(stored.map((s) => [`${s.communeId}|${s.periodId}`, s.cell]));
    expect(storedMap.size).toBe(expected.size);
    expect(Object.fromEntries(storedMap)).toEqual(Object.fromEntries(expected));
    // The province's reports are not all of one kind: the comparison covers every measure.
    const sums = [...expected.values()].reduce((a, c) => a.map((v, i) => v + (c[i] ?? 0)));
    expect(sums.every((v) => v > 0)).toBe(true);
  });

  it("counts two approvals in one commune and quarter committed at once", async () => {
    const { rows } = await owner.query<{ id: string; periodId: number }>(
      `select r.id, r."periodId" from "Report" r
        where r."provinceId" = $1 and r."communeId" = $2 and r.status = 'SUBMITTED'
          and r."periodId" = (select "periodId" from "Report" where "provinceId" = $1
                                and "communeId" = $2 and status = 'SUBMITTED'
                              group by 1 having count(*) >= 2 order by 1 desc limit 1)
        order by r.id limit 2`,
      [fixture.provinceId, fixture.communeId],
    );
    expect(rows).toHaveLength(2);
    const [a, b] = rows;
    const cell = async () => {
      const { rows: c } = await owner.query<{ approved: number }>(
        `select approved from "CompletenessRollup"
          where "provinceId" = $1 and "communeId" = $2 and "periodId" = $3`,
        [fixture.provinceId, fixture.communeId, a?.periodId],
      );
      return c[0]?.approved ?? -1;
    };
    const before = await cell();
    const first = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const second = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await first.connect();
    await second.connect();
    try {
      await first.query("begin");
      await second.query("begin");
      await first.query(`update "Report" set status = 'APPROVED' where id = $1`, [a?.id]);
      // Waits for the first transaction's lock on the cell, then counts with what it committed.
      const waiting = second.query(`update "Report" set status = 'APPROVED' where id = $1`, [
        b?.id,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query("commit");
      await waiting;
      await second.query("commit");
      expect(await cell()).toBe(before + 2);
      expect(await differences()).toBe(0);
    } finally {
      await owner.query(`update "Report" set status = 'SUBMITTED' where id = any($1::uuid[])`, [
        [a?.id, b?.id],
      ]);
      await first.end();
      await second.end();
    }
    expect(await cell()).toBe(before);
  });
});
