// The dashboards (issue 9): every figure equals the sum computed here from the base rows; each role
// sees its own scope whatever the address asks for; the .xlsx holds the figures of the table; an
// approval changes the province and national figures on the next read; the roster rollups follow
// memberships, teams and persons in the same transaction.
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { tableWorkbook } from "@/lib/dashboards/export-dashboard";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { listSourceReports } from "@/lib/dashboards/list-source-reports";
import { dashboardTables, type Translate } from "@/lib/dashboards/tables";
import { getCompleteness, rateOf } from "@/lib/reports/completeness";
import { verifyRollups } from "@/lib/rollups/verify";
import { signInAs } from "../support/sign-in-as";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
const t: Translate = (key) => key;

async function ctxOf(username: string): Promise<AuthContext> {
  const session = await signInAs(username);
  const ctx = await session.run(() => getCurrentUser());
  if (!ctx) throw new Error(`no session for ${username}`);
  return ctx;
}

let indicatorId: number;
let caMau: number;
let giaRai: number;
let tuyenQuang: number;

/** A flow indicator's 2024 total of approved reports, from the base rows. */
async function baseTotal(where: string, params: unknown[]): Promise<number> {
  const { rows } = await owner.query<{ total: string | null }>(
    `select sum(v.value)::text as total from "Report" r
       join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
       join "ReportingPeriod" p on p.id = r."periodId"
      where r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $1 and ${where}`,
    [indicatorId, ...params],
  );
  return Number(rows[0]?.total ?? 0);
}

beforeAll(async () => {
  await owner.connect();
  const { rows } = await owner.query<{ id: number }>(
    `select v."indicatorId" as id from "ReportValue" v join "Indicator" i on i.id = v."indicatorId"
      where i.aggregation = 'FLOW' group by 1 order by count(*) desc limit 1`,
  );
  indicatorId = rows[0]!.id;
  const ids = await owner.query<{ cm: number; gr: number; tq: number }>(
    `select (select id from "Province" where code = '96') as cm,
            (select id from "Commune" where code = '31942') as gr,
            (select id from "Province" where code = '08') as tq`,
  );
  ({ cm: caMau, gr: giaRai, tq: tuyenQuang } = ids.rows[0]!);
});

afterAll(async () => {
  await owner.end();
});

const year2024 = () => ({ ind: String(indicatorId), from: "2024-1", to: "2024-4" });

describe("dashboards", { timeout: 90_000 }, () => {
  it("show for the nation the sums of the base rows, province by province", async () => {
    const d = await getDashboard(await ctxOf("bo.phantich"), year2024());
    expect(d.level).toBe("NATION");
    if (d.level !== "NATION") return;
    expect(d.comparison.rows.filter((r) => !r.former)).toHaveLength(34);
    for (const row of d.comparison.rows.filter((r) => !r.former)) {
      const expected = await baseTotal(`r."provinceId" = $2`, [row.id]);
      expect(row.total ?? 0, String(row.name)).toBe(expected);
    }
    expect(d.comparison.total.total).toBe(await baseTotal("true", []));
    // Former provinces under their successor, with their own reports only.
    for (const row of d.comparison.rows.filter((r) => r.former)) {
      expect(row.total ?? 0).toBe(await baseTotal(`r."formerProvinceId" = $2`, [row.id]));
    }
    expect(d.comparison.asOf).toBeInstanceOf(Date);
  });

  it("show a province its communes and models as the base rows sum them", async () => {
    const d = await getDashboard(await ctxOf("camau.canbo"), year2024());
    expect(d.level).toBe("PROVINCE");
    if (d.level !== "PROVINCE") return;
    expect(d.comparisons.communes.total.total ?? 0).toBe(
      await baseTotal(`r."provinceId" = $2`, [caMau]),
    );
    const row = d.comparisons.communes.rows.find((r) => r.id === giaRai);
    expect(row?.total ?? 0).toBe(await baseTotal(`r."communeId" = $2`, [giaRai]));
    const { rows: roster } = await owner.query<{ n: number }>(
      `select count(*)::int as n from "Membership" m join "Team" t on t."provinceId" = m."provinceId" and t.id = m."teamId"
        where m."provinceId" = $1 and m."leftOn" is null and t.status = 'ACTIVE'`,
      [caMau],
    );
    expect(d.roster.members).toBe(roster[0]!.n);
    const sumOf = (list: { count: number }[]) => list.reduce((a, x) => a + x.count, 0);
    expect(sumOf(d.roster.membersByGender)).toBe(d.roster.members);
    expect(sumOf(d.roster.membersByAge)).toBe(d.roster.members);
    expect(sumOf(d.roster.membersByEthnicity)).toBe(d.roster.members);
  });

  it("show a province its points and models, and a former province's history on its own", async () => {
    const ctx = await ctxOf("camau.canbo");
    const d = await getDashboard(ctx, year2024());
    if (d.level !== "PROVINCE") throw new Error("province expected");
    const { rows: points } = await owner.query<{ c: number; n: number }>(
      `select "communeId" as c, count(*)::int as n from "ReplicationPoint"
        where "provinceId" = $1 and status = 'ACTIVE' group by 1`,
      [caMau],
    );
    for (const p of points)
      expect(d.comparisons.communes.rows.find((r) => r.id === p.c)?.points).toBe(p.n);
    const { rows: models } = await owner.query<{ m: string; total: string }>(
      `select pt."modelId"::text as m, sum(v.value)::text as total from "Report" r
         join "ReplicationPoint" pt on pt."provinceId" = r."provinceId" and pt.id = r."pointId"
         join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
         join "ReportingPeriod" p on p.id = r."periodId"
        where r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $1 and r."provinceId" = $2
        group by 1`,
      [indicatorId, caMau],
    );
    for (const m of models)
      expect(d.comparisons.models.rows.find((r) => r.id === m.m)?.total ?? 0).toBe(Number(m.total));
    // The latest approval among the figures read: 2024 shown, 2023 compared (previous period and
    // the year before) and in the trend's eight quarters.
    const { rows: latest } = await owner.query<{ at: Date }>(
      `select max(r."updatedAt") as at from "ReportRollup" r
         join "ReportingPeriod" p on p.id = r."periodId"
        where r."provinceId" = $1 and r."indicatorId" = $2 and r.reports > 0
          and p.year in (2023, 2024)`,
      [caMau, indicatorId],
    );
    expect(d.comparisons.communes.asOf?.getTime()).toBe(latest[0]!.at.getTime());

    // Former Bạc Liêu on its own: only its former communes, and only the reports made for it.
    const { rows: former } = await owner.query<{ id: number }>(
      `select id from "FormerProvince" where "successorId" = $1 and "shortName" = 'Bạc Liêu'`,
      [caMau],
    );
    const fp = former[0]!.id;
    const f = await getDashboard(ctx, { ...year2024(), fp: String(fp) });
    if (f.level !== "PROVINCE") throw new Error("province expected");
    const { rows: communes } = await owner.query<{ id: number }>(
      `select id from "Commune" where "provinceId" = $1 and "formerProvinceId" = $2`,
      [caMau, fp],
    );
    expect(f.comparisons.communes.rows.map((r) => r.id).sort()).toEqual(
      communes.map((c) => c.id).sort(),
    );
    expect(f.comparisons.communes.total.total ?? 0).toBe(
      await baseTotal(`r."formerProvinceId" = $2`, [fp]),
    );
    const formerPoints = points
      .filter((p) => communes.some((c) => c.id === p.c))
      .reduce((a, p) => a + p.n, 0);
    expect(f.comparisons.communes.total.points).toBe(formerPoints);
  });

  it("show a commune its own report's figure and its points' figures of a point indicator", async () => {
    const { rows: kinds } = await owner.query<{ commune: number; point: number; other: number }>(
      `select (select id from "Indicator" where "reportKind" = 'COMMUNE' order by "sortOrder", id limit 1) as commune,
              (select id from "Indicator" where "reportKind" = 'POINT' order by "sortOrder", id limit 1) as point,
              (select id from "Indicator" where "reportKind" = 'POINT' order by "sortOrder", id offset 1 limit 1) as other`,
    );
    const { commune: communeInd, point: firstPoint, other: otherPoint } = kinds[0]!;
    /** The 2024 sum of an indicator in Giá Rai's approved reports, per point (or the commune's). */
    const sums = async (indicator: number): Promise<Map<string | null, number>> => {
      const { rows } = await owner.query<{ point: string | null; total: string }>(
        `select r."pointId"::text as point, sum(v.value)::text as total from "Report" r
           join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
           join "ReportingPeriod" p on p.id = r."periodId"
          where r.status = 'APPROVED' and p.year = 2024 and r."communeId" = $1 and v."indicatorId" = $2
          group by 1`,
        [giaRai, indicator],
      );
      return new Map(rows.map((r) => [r.point, Number(r.total)]));
    };
    const year = { from: "2024-1", to: "2024-4", province: String(caMau), commune: String(giaRai) };
    for (const username of ["camau.canbo", "bo.phantich"]) {
      const ctx = await ctxOf(username);
      // A commune report's indicator: the commune's figure of it, and the points' figures of the
      // point report's first indicator (points do not report the commune's), named in the column.
      const d = await getDashboard(ctx, { ...year, ind: String(communeInd) });
      if (d.level !== "COMMUNE") throw new Error("commune expected");
      expect(d.setup.pointIndicator.id).toBe(firstPoint);
      expect(d.commune.communeFigure?.total).toBe((await sums(communeInd)).get(null));
      const pointSums = await sums(firstPoint);
      expect(d.commune.points.length).toBeGreaterThan(0);
      for (const p of d.commune.points) expect(p.total ?? 0).toBe(pointSums.get(p.id) ?? 0);
      expect(d.commune.points.some((p) => (p.total ?? 0) > 0)).toBe(true);
      const tables = dashboardTables(d, "vi", t);
      const points = tables.find((x) => x.id === "points")!;
      expect(points.columns[2]!.header).toBe(d.setup.pointIndicator.nameVi);
      expect(points.rows.every((r) => !r.cells[0]!.href!.includes(`ind=${communeInd}`))).toBe(true);
      expect(tables.find((x) => x.id === "commune")!.rows[0]!.cells[1]!.value).toBe(
        d.commune.communeFigure?.total,
      );
      expect(d.commune.asOf).toBeInstanceOf(Date);

      // Another point indicator chosen for the points (pind), kept in the links.
      const chosen = await getDashboard(ctx, {
        ...year,
        ind: String(communeInd),
        pind: String(otherPoint),
      });
      if (chosen.level !== "COMMUNE") throw new Error("commune expected");
      expect(chosen.setup.pointIndicator.id).toBe(otherPoint);
      expect(chosen.setup.filter.pointIndicatorId).toBe(otherPoint);
      const otherSums = await sums(otherPoint);
      for (const p of chosen.commune.points) expect(p.total ?? 0).toBe(otherSums.get(p.id) ?? 0);
      expect(chosen.commune.points[0]!.source.ind).toBe(String(otherPoint));

      // A point report's indicator: the points show it and there is no commune figure.
      const point = await getDashboard(ctx, { ...year, ind: String(otherPoint) });
      if (point.level !== "COMMUNE") throw new Error("commune expected");
      expect(point.setup.pointIndicator.id).toBe(otherPoint);
      expect(point.commune.communeFigure).toBeNull();
      expect(dashboardTables(point, "vi", t).some((x) => x.id === "commune")).toBe(false);

      // A commune report's indicator as pind is not a points' indicator: left out, and said so.
      const bad = await getDashboard(ctx, {
        ...year,
        ind: String(communeInd),
        pind: String(communeInd),
      });
      expect(bad.setup.invalid).toContain("pind");
      expect(bad.setup.pointIndicator.id).toBe(firstPoint);
    }
  });

  it("give the ministry 'An toàn về ANTT' by unit type and the reporting grid", async () => {
    const ctx = await ctxOf("bo.phantich");
    const d = await getDashboard(ctx, { ind: String(indicatorId), from: "2023-1", to: "2023-4" });
    if (d.level !== "NATION") throw new Error("nation expected");
    const { rows } = await owner.query<{ p: number; type: string; n: number; ok: number }>(
      `select "provinceId" as p, "unitType"::text as type, count(*)::int as n,
              count(*) filter (where result = 'ACHIEVED')::int as ok
         from "SafetyRegistration" where year = 2023 group by 1, 2`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const province = d.safety.provinces.find((p) => p.provinceId === r.p);
      expect(province?.byType[r.type as "AGENCY"]).toEqual({ registered: r.n, achieved: r.ok });
    }
    const tables = dashboardTables(d, "vi", t);
    const safety = tables.find((x) => x.id === "safety");
    expect(safety?.rows).toHaveLength(35);
    // Each unit type once over its three columns; the export keeps the whole header.
    expect(safety?.columns[1]).toMatchObject({
      header: "safetyCol.registered",
      group: "safetyType.RESIDENTIAL_AREA",
      short: "safetyShort.registered",
    });
    // A year not yet evaluated shows the latest year evaluated before it, and says which.
    const later = await getDashboard(ctx, {
      ind: String(indicatorId),
      from: "2026-1",
      to: "2026-1",
    });
    const latest = await owner.query<{ year: number }>(
      `select max(year)::int as year from "SafetyRegistration" where year <= 2026`,
    );
    if (later.level !== "NATION") throw new Error("nation expected");
    expect(later.safety.year).toBe(latest.rows[0]!.year);
    expect(later.safety.requestedYear).toBe(latest.rows[0]!.year === 2026 ? undefined : 2026);
    const grid = tables.find((x) => x.id === "completeness");
    const expected = await getCompleteness(ctx, { year: 2023 });
    expect(grid?.columns).toHaveLength(1 + 3 * expected.periods.length);
    for (const row of expected.rows) {
      const line = grid?.rows.find((r) => r.key === `p:${row.id}`);
      expected.periods.forEach((period, i) => {
        const c = row.cells[period.id];
        const rate = (x: number) =>
          c ? Math.round((rateOf(x, c.expected) ?? 0) * 10_000) / 10_000 : null;
        expect(line?.cells[1 + 3 * i]?.value ?? null).toBe(c ? rate(c.submitted) : null);
        expect(line?.cells[3 + 3 * i]?.value ?? null).toBe(c ? rate(c.approved) : null);
      });
    }
  });

  it("keep each role in its scope whatever the address asks for", async () => {
    const province = await getDashboard(await ctxOf("camau.canbo"), {
      ...year2024(),
      province: String(tuyenQuang),
    });
    expect(province.setup.view).toMatchObject({ level: "PROVINCE", provinceId: caMau });
    const otherCommune = await owner.query<{ id: number }>(
      `select id from "Commune" where code = '00691'`,
    );
    const stray = await getDashboard(await ctxOf("camau.canbo"), {
      commune: String(otherCommune.rows[0]!.id),
    });
    expect(stray.setup.view).toMatchObject({ level: "PROVINCE", provinceId: caMau });
    const commune = await getDashboard(await ctxOf("giarai.canbo"), {
      province: String(tuyenQuang),
    });
    expect(commune.setup.view).toMatchObject({ level: "COMMUNE", communeId: giaRai });
    const reports = await listSourceReports(await ctxOf("giarai.canbo"), year2024());
    expect(reports.total).toBe(await baseTotal(`r."communeId" = $2`, [giaRai]));
    const ministry = await getDashboard(await ctxOf("bo.quantri"), { commune: String(giaRai) });
    expect(ministry.setup.view).toMatchObject({ level: "COMMUNE", communeId: giaRai });
    // Bad parameters are left out, never an error.
    const bad = await getDashboard(await ctxOf("bo.phantich"), {
      ind: "0x10",
      from: "2024-9",
      province: "\u0000",
    });
    expect(bad.setup.invalid.sort()).toEqual(["from", "ind", "province"].sort());
  });

  it("link each province's figure to reports that add up to it", async () => {
    const ctx = await ctxOf("bo.phantich");
    const d = await getDashboard(ctx, year2024());
    if (d.level !== "NATION") throw new Error("nation expected");
    const row = d.comparison.rows.find((r) => r.id === caMau)!;
    const reports = await listSourceReports(ctx, row.source);
    expect(reports.total).toBe(row.total);
  });

  it("export the table's figures to an .xlsx that opens", async () => {
    const d = await getDashboard(await ctxOf("bo.phantich"), year2024());
    const table = dashboardTables(d, "vi", t).find((x) => x.id === "provinces")!;
    const workbook = new ExcelJS.Workbook();
    const file = await tableWorkbook(table, "vi");
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    // Changes signed, shares and changes shown "98,59 %" as the page writes them.
    const change = table.columns.findIndex((c) => c.key === "changePrevious");
    expect(sheet.getColumn(change + 1).numFmt).toBe("+0.00 %;-0.00 %;0.00 %");
    // Row 1 the title, row 2 the headers, then the rows in the table's order.
    expect(sheet.getRow(2).getCell(2).value).toBe(table.columns[1]!.header);
    table.rows.forEach((row, i) => {
      const line = sheet.getRow(i + 3);
      expect(line.getCell(1).value).toBe(row.cells[0]!.value);
      row.cells
        .slice(1)
        .forEach((cell, j) => expect(line.getCell(j + 2).value ?? null).toBe(cell.value));
    });
  });

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
