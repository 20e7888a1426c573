// The dashboards' figures (issue 9): for the nation, a province (its communes, points and models,
// a former province's history on its own) and a commune (its own report, its points' figures),
// every figure equals the sum computed here from the base rows.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { dashboardTables } from "@/lib/dashboards/tables";
import { baseTotalOf, ctxOf, dashboardFixture, t } from "../support/dashboards";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });

let indicatorId: number;
let caMau: number;
let giaRai: number;

const baseTotal = (where: string, params: unknown[]) =>
  baseTotalOf(owner, indicatorId, where, params);

beforeAll(async () => {
  await owner.connect();
  ({ indicatorId, caMau, giaRai } = await dashboardFixture(owner));
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
});
