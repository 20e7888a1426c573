// The dashboards (issue 9) after writes: an approval changes the province and national figures on
// the next read, 'Số liệu đến' is the latest approval included, the default year is the chosen
// indicator's latest with approved figures; the roster rollups follow memberships, teams and
// persons in the same transaction.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuthContext } from "@/lib/auth/current-user";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { verifyRollups } from "@/lib/rollups/verify";
import { ctxOf, dashboardFixture } from "../support/dashboards";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });

let indicatorId: number;
let caMau: number;

beforeAll(async () => {
  await owner.connect();
  ({ indicatorId, caMau } = await dashboardFixture(owner));
});

afterAll(async () => {
  await owner.end();
});

const year2024 = () => ({ ind: String(indicatorId), from: "2024-1", to: "2024-4" });

describe("dashboards", { timeout: 90_000 }, () => {
  it("change the province and national figures as soon as a report is approved", async () => {
    const ctx = await ctxOf("bo.phantich");
    const before = await getDashboard(ctx, year2024());
    const { rows } = await owner.query<{ id: string; value: string }>(
      `select r.id, v.value::text as value from "Report" r
         join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
         join "ReportingPeriod" p on p.id = r."periodId"
        where r."provinceId" = $1 and r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $2
          and v.value > 0 limit 1`,
      [caMau, indicatorId],
    );
    const report = rows[0]!;
    await owner.query(`update "Report" set status = 'SUBMITTED' where id = $1`, [report.id]);
    const reopened = await getDashboard(ctx, year2024());
    await owner.query(
      `update "Report" set status = 'APPROVED', "approvedAt" = now() where id = $1`,
      [report.id],
    );
    const approved = await getDashboard(ctx, year2024());
    if (before.level !== "NATION" || reopened.level !== "NATION" || approved.level !== "NATION")
      throw new Error("nation expected");
    const cm = (x: typeof before) => x.comparison.rows.find((r) => r.id === caMau)?.total ?? 0;
    expect(cm(reopened)).toBe(cm(before) - Number(report.value));
    expect(reopened.comparison.total.total).toBe(
      (before.comparison.total.total ?? 0) - Number(report.value),
    );
    expect(cm(approved)).toBe(cm(before));
    expect(approved.comparison.asOf!.getTime()).toBeGreaterThan(before.comparison.asOf!.getTime());
  });

  it("date 'Số liệu đến' with the latest approval of the reports it includes", async () => {
    /** The latest approval (epoch ms, the timestamp read as UTC as the app reads it) of the approved
     * 2024 reports carrying the indicator, from the base rows. */
    const latestApproval = async (where: string, params: unknown[]): Promise<number> => {
      const { rows } = await owner.query<{ ms: string }>(
        `select (extract(epoch from max(r."approvedAt")) * 1000)::bigint::text as ms from "Report" r
           join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
           join "ReportingPeriod" p on p.id = r."periodId"
          where r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $1 and ${where}`,
        [indicatorId, ...params],
      );
      return Number(rows[0]!.ms);
    };
    const nation = await ctxOf("bo.phantich");
    const province = await ctxOf("camau.canbo");
    const asOf = async (ctx: AuthContext): Promise<number | undefined> => {
      const d = await getDashboard(ctx, year2024());
      if (d.level === "NATION") return d.comparison.asOf?.getTime();
      if (d.level === "PROVINCE") return d.comparisons.communes.asOf?.getTime();
      throw new Error("nation or province expected");
    };
    // The seeded history: its reports' approval times, not the time the seed ran.
    expect(await asOf(nation)).toBe(await latestApproval("true", []));
    expect(await asOf(province)).toBe(await latestApproval(`r."provinceId" = $2`, [caMau]));
    const { rows: seedRan } = await owner.query<{ ms: string }>(
      `select (extract(epoch from max("createdAt")) * 1000)::bigint::text as ms from "Report"`,
    );
    expect(await asOf(nation)).toBeLessThan(Number(seedRan[0]!.ms));

    // A report approved now moves it to that approval, on both dashboards.
    const { rows } = await owner.query<{ id: string }>(
      `select r.id from "Report" r
         join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
         join "ReportingPeriod" p on p.id = r."periodId"
        where r."provinceId" = $1 and r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $2
        order by r."approvedAt" limit 1`,
      [caMau, indicatorId],
    );
    const report = rows[0]!.id;
    await owner.query(
      `update "Report" set status = 'SUBMITTED', "approvedAt" = null where id = $1`,
      [report],
    );
    const { rows: at } = await owner.query<{ ms: string }>(
      `update "Report" set status = 'APPROVED', "approvedAt" = date_trunc('milliseconds', now()::timestamp)
        where id = $1 returning (extract(epoch from "approvedAt") * 1000)::bigint::text as ms`,
      [report],
    );
    const approvedAt = Number(at[0]!.ms);
    expect(await asOf(nation)).toBe(approvedAt);
    expect(await asOf(province)).toBe(approvedAt);
    expect(await latestApproval("true", [])).toBe(approvedAt);
    // A rebuild from the base rows keeps the stamps (and the figures: no difference to report).
    await owner.query("select app_private.report_rollups_rebuild()");
    expect(await asOf(nation)).toBe(approvedAt);
    expect(await asOf(province)).toBe(approvedAt);
    expect((await verifyRollups(process.env.DATABASE_URL ?? "")).differences).toEqual([]);
  });

  it("open on the chosen indicator's latest year with approved figures, not another report's", async () => {
    const ctx = await ctxOf("bo.phantich");
    const { rows: latest } = await owner.query<{ year: number }>(
      `select max(p.year)::int as year from "Report" r join "ReportingPeriod" p on p.id = r."periodId"
        where r.status = 'APPROVED'`,
    );
    const newest = latest[0]!.year;
    // An indicator of the catalog whose only approved figure is in an earlier year: the reports
    // approved since (which carry other indicators) must not move its default year.
    const { rows: reports } = await owner.query<{ id: string; provinceId: number; year: number }>(
      `select r.id, r."provinceId", p.year from "Report" r join "ReportingPeriod" p on p.id = r."periodId"
        where r.status = 'APPROVED' and r.kind = 'POINT' and p.year < $1 order by p.year, r.id limit 1`,
      [newest],
    );
    const older = reports[0]!;
    const { rows: made } = await owner.query<{ id: number }>(
      `insert into "Indicator" (code, "reportKind", "nameVi", "nameEn", unit, "sortOrder")
       values ('test_default_year', 'POINT', 'Chỉ tiêu thử năm mặc định', 'Default year test', 'COUNT', 999)
       returning id`,
    );
    const indicator = made[0]!.id;
    await owner.query(
      `insert into "ReportValue" ("provinceId", "reportId", "indicatorId", value) values ($1, $2, $3, 7)`,
      [older.provinceId, older.id, indicator],
    );
    try {
      const mine = await getDashboard(ctx, { ind: String(indicator) });
      const theirs = await getDashboard(ctx, { ind: String(indicatorId) });
      expect(mine.setup.filter.range).toEqual({
        from: { year: older.year, quarter: 1 },
        to: { year: older.year, quarter: 4 },
      });
      expect(theirs.setup.filter.range.to.year).toBe(newest);
      if (mine.level !== "NATION") throw new Error("nation expected");
      expect(mine.comparison.asOf).not.toBeNull();
      expect(mine.comparison.total.total).toBe(7);
    } finally {
      await owner.query(`delete from "ReportValue" where "indicatorId" = $1`, [indicator]);
      await owner.query(`delete from "ReportRollup" where "indicatorId" = $1`, [indicator]);
      await owner.query(`delete from "ReportRollupProvince" where "indicatorId" = $1`, [indicator]);
      await owner.query(`delete from "Indicator" where id = $1`, [indicator]);
    }
  });

  it("keep the roster rollups equal to their recomputation after roster changes", async () => {
    await owner.query("begin");
    await owner.query(
      `update "Membership" set "leftOn" = current_date, "leftReason" = 'Chuyển nơi ở' where id in (
         select id from "Membership" where "provinceId" = $1 and "leftOn" is null order by id limit 5)`,
      [caMau],
    );
    await owner.query(
      `update "Person" set gender = case gender when 'MALE' then 'FEMALE'::"Gender" else 'MALE'::"Gender" end,
              "birthDate" = date '1990-05-01'
        where id in (select "personId" from "Membership" where "provinceId" = $1 and "leftOn" is null order by id limit 5)`,
      [caMau],
    );
    await owner.query(
      `update "Team" set status = 'DISSOLVED', "dissolvedOn" = current_date, "dissolvedReason" = 'Sáp nhập tổ' 
        where id = (select "teamId" from "Membership" where "provinceId" = $1 and "leftOn" is null order by id limit 1)`,
      [caMau],
    );
    await owner.query(
      `update "ReplicationPoint" set status = 'SUSPENDED', "suspendedOn" = current_date
        where id = (select id from "ReplicationPoint" where "provinceId" = $1 and status = 'ACTIVE' order by id limit 1)`,
      [caMau],
    );
    const { rows } = await owner.query<{ n: string }>(
      "select count(*) as n from app_private.rollup_differences($1)",
      [caMau],
    );
    await owner.query("commit");
    expect(Number(rows[0]!.n)).toBe(0);
    const check = await verifyRollups(process.env.DATABASE_URL ?? "");
    expect(check.differences).toEqual([]);
  });
});
