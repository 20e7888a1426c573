import { z } from "zod";
import type { Tx } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { compareUnits, type QuarterTotal, trendQuarters, type UnitMeta } from "./compare";
import { type DashboardSetup, periodIdsOf } from "./context";
import { dashboardParams } from "./filter";
import { previousRange, yearBeforeRange } from "./periods";
import type { Comparison, ModelCount } from "./types";

// The ministry's dashboard: the 34 provinces side by side, and under each its former provinces'
// pre-2025 history ("Bạc Liêu (cũ)"). Reads only the small tables: ReportRollupProvince (34
// provinces × former provinces × quarters for one indicator: a few hundred rows) and
// PointRollupProvince (provinces × former provinces × models);
// never the report values themselves (decision 011).

const totalRow = z.object({
  provinceId: z.number().int(),
  formerProvinceId: z.number().int(),
  year: z.number().int(),
  quarter: z.number().int(),
  total: z.bigint(),
  reports: z.number().int(),
  updatedAt: z.date(),
});
const pointRow = z.object({
  provinceId: z.number().int(),
  formerProvinceId: z.number().int().nullable(),
  points: z.number().int(),
});
const modelRow = z.object({
  id: z.string(),
  name: z.string(),
  points: z.number().int(),
  provinces: z.number().int(),
});

export async function readNationalComparison(tx: Tx, setup: DashboardSetup): Promise<Comparison> {
  const { filter, indicator, periods } = setup;
  const range = filter.range;
  const ids = periodIdsOf(periods, range, previousRange(range), yearBeforeRange(range), {
    from: trendQuarters(range)[0] ?? range.from,
    to: range.to,
  });
  const onlyFormer = filter.formerProvinceId;
  const rows =
    ids.length === 0
      ? []
      : z.array(totalRow).parse(
          await tx.$queryRaw`
            SELECT r."provinceId", r."formerProvinceId", p.year, p.quarter,
                   SUM(r.total)::bigint AS total, SUM(r.reports)::int AS reports,
                   max(r."updatedAt") AS "updatedAt"
            FROM "ReportRollupProvince" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
            WHERE r."indicatorId" = ${indicator.id} AND r."periodId" IN (${Prisma.join(ids)})
              ${onlyFormer ? Prisma.sql`AND r."formerProvinceId" = ${onlyFormer}` : Prisma.empty}
            GROUP BY 1, 2, 3, 4`,
        );
  // Active points today, by province and by the former province of their commune.
  const points = z.array(pointRow).parse(
    await tx.$queryRaw`
      SELECT "provinceId", NULLIF("formerProvinceId", 0) AS "formerProvinceId",
             SUM(points)::int AS points
      FROM "PointRollupProvince"
      GROUP BY 1, 2`,
  );
  const provinces = await tx.province.findMany({
    select: { id: true, shortName: true, population: true },
    orderBy: { shortName: "asc" },
  });
  const formers = await tx.formerProvince.findMany({
    select: { id: true, shortName: true, successorId: true, population: true },
    orderBy: { shortName: "asc" },
  });
  // In the order of the Vietnamese alphabet (Đ after D, Hà before Huế), not the bytes' order.
  const collator = new Intl.Collator("vi");
  provinces.sort((a, b) => collator.compare(a.shortName, b.shortName));
  formers.sort((a, b) => collator.compare(a.shortName, b.shortName));
  const pointsOfProvince = new Map<number, number>();
  const pointsOfFormer = new Map<number, number>();
  for (const p of points) {
    pointsOfProvince.set(p.provinceId, (pointsOfProvince.get(p.provinceId) ?? 0) + p.points);
    if (p.formerProvinceId !== null)
      pointsOfFormer.set(
        p.formerProvinceId,
        (pointsOfFormer.get(p.formerProvinceId) ?? 0) + p.points,
      );
  }
  const totals: QuarterTotal[] = [];
  let asOf: Date | null = null;
  for (const r of rows) {
    const t = { year: r.year, quarter: r.quarter, total: Number(r.total), reports: r.reports };
    totals.push({ unit: `p:${r.provinceId}`, ...t });
    if (r.formerProvinceId !== 0) totals.push({ unit: `fp:${r.formerProvinceId}`, ...t });
    if (r.reports > 0 && (asOf === null || r.updatedAt > asOf)) asOf = r.updatedAt;
  }
  const withFormers = new Set(
    rows.filter((r) => r.formerProvinceId !== 0).map((r) => r.formerProvinceId),
  );
  const units: UnitMeta[] = [];
  for (const p of provinces) {
    if (!onlyFormer)
      units.push({
        key: `p:${p.id}`,
        id: p.id,
        name: p.shortName,
        former: false,
        points: pointsOfProvince.get(p.id) ?? 0,
        population: p.population,
        source: dashboardParams(filter, { province: p.id, commune: null, fp: null }),
        drill: dashboardParams(filter, { province: p.id, commune: null }),
      });
    for (const f of formers) {
      if (f.successorId !== p.id) continue;
      if (onlyFormer ? f.id !== onlyFormer : !withFormers.has(f.id)) continue;
      units.push({
        key: `fp:${f.id}`,
        id: f.id,
        name: f.shortName,
        former: !onlyFormer,
        points: pointsOfFormer.get(f.id) ?? 0,
        population: f.population,
        source: dashboardParams(filter, { province: p.id, commune: null, fp: f.id }),
        drill: dashboardParams(filter, { province: p.id, commune: null, fp: f.id }),
      });
    }
  }
  const nationPoints = [...pointsOfProvince.values()].reduce((a, b) => a + b, 0);
  const nationPopulation = provinces.every((p) => p.population !== null)
    ? provinces.reduce((a, p) => a + (p.population ?? 0), 0)
    : null;
  const whole: UnitMeta = onlyFormer
    ? (units[0] ?? {
        key: `fp:${onlyFormer}`,
        id: onlyFormer,
        name: "",
        former: false,
        points: 0,
        population: null,
        source: dashboardParams(filter, { province: null, commune: null }),
        drill: null,
      })
    : {
        key: "nation",
        id: 0,
        name: "",
        former: false,
        points: nationPoints,
        population: nationPopulation,
        source: dashboardParams(filter, { province: null, commune: null, fp: null }),
        drill: null,
      };
  return compareUnits({ indicator, range, units, totals, whole, asOf });
}

/** The models with the most active points in the scope (all provinces for the ministry). */
export async function readTopModels(tx: Tx, limit = 10): Promise<ModelCount[]> {
  return z.array(modelRow).parse(
    await tx.$queryRaw`
      SELECT m.id::text AS id, m.name, SUM(pr.points)::int AS points,
             count(DISTINCT pr."provinceId")::int AS provinces
      FROM "PointRollupProvince" pr JOIN "Model" m ON m.id = pr."modelId"
      WHERE pr.points > 0
      GROUP BY m.id, m.name
      ORDER BY points DESC, m.name
      LIMIT ${limit}`,
  );
}
