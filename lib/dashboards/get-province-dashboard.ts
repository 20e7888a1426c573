import { z } from "zod";
import type { Tx } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { compareUnits, type QuarterTotal, trendQuarters, type UnitMeta } from "./compare";
import { type DashboardSetup, periodIdsOf } from "./context";
import { dashboardParams } from "./filter";
import { previousRange, yearBeforeRange } from "./periods";
import type { Comparison } from "./types";

// A province's communes and its models side by side, from ReportRollup (the province's rows for one
// indicator: communes × models × quarters) and PointRollup. With a former province chosen, only the
// reports made for it (its pre-2025 history).

const NO_MODEL = "00000000-0000-0000-0000-000000000000";

// The rows come back as one JSON array each (a few thousand tuples for a province of 168 communes):
// parsing one JSON value is several times cheaper than the driver's and the ORM's work per row.
/** [communeId or null, modelId or null, year, quarter, total, reports, latest approval change]. */
const totalTuple = z.tuple([
  z.number().int().nullable(),
  z.string().nullable(),
  z.number().int(),
  z.number().int(),
  z.union([z.number(), z.string()]).transform(Number),
  z.number().int(),
  z.string().nullable(),
]);
/** [communeId or null, modelId or null, points]: by commune, and by model. */
const pointTuple = z.tuple([z.number().int().nullable(), z.string().nullable(), z.number().int()]);
const jsonRows = <T extends z.ZodType>(tuple: T) =>
  z.array(z.object({ rows: z.array(tuple).nullable() })).transform((r) => r[0]?.rows ?? []);

export interface ProvinceComparisons {
  communes: Comparison;
  models: Comparison;
}

export async function readProvinceComparisons(
  tx: Tx,
  setup: DashboardSetup,
  provinceId: number,
  provinceName: string,
): Promise<ProvinceComparisons> {
  const { filter, indicator, periods } = setup;
  const range = filter.range;
  const ids = periodIdsOf(periods, range, previousRange(range), yearBeforeRange(range), {
    from: trendQuarters(range)[0] ?? range.from,
    to: range.to,
  });
  const fp = filter.formerProvinceId;
  const formerOnly = fp
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Commune" c WHERE c.id = r."communeId" AND c."formerProvinceId" = ${fp})`
    : Prisma.empty;
  // Quarter totals by commune and by model (one grouping each), and the latest change of an
  // approved report among them.
  const rows =
    ids.length === 0
      ? []
      : jsonRows(totalTuple).parse(
          await tx.$queryRaw`
            SELECT json_agg(json_build_array("communeId", "modelId", year, quarter, total, reports, "updatedAt")) AS rows
            FROM (
              SELECT r."communeId", r."modelId"::text AS "modelId", p.year, p.quarter,
                     SUM(r.total)::bigint AS total, SUM(r.reports)::int AS reports,
                     to_char(max(r."updatedAt") FILTER (WHERE r.reports > 0),
                             'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
              FROM "ReportRollup" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
              WHERE r."provinceId" = ${provinceId} AND r."indicatorId" = ${indicator.id}
                AND r."periodId" IN (${Prisma.join(ids)})
                ${fp ? Prisma.sql`AND r."formerProvinceId" = ${fp}` : Prisma.empty}
              GROUP BY GROUPING SETS ((r."communeId", p.year, p.quarter), (r."modelId", p.year, p.quarter))
            ) g`,
        );
  const points = jsonRows(pointTuple).parse(
    await tx.$queryRaw`
      SELECT json_agg(json_build_array("communeId", "modelId", points)) AS rows
      FROM (
        SELECT r."communeId", r."modelId"::text AS "modelId", SUM(r.points)::int AS points
        FROM "PointRollup" r
        WHERE r."provinceId" = ${provinceId} AND r.points > 0 ${formerOnly}
        GROUP BY GROUPING SETS ((r."communeId"), (r."modelId"))
      ) g`,
  );
  const communes = await tx.commune.findMany({
    where: { provinceId, ...(fp ? { formerProvinceId: fp } : {}) },
    select: { id: true, name: true, population: true },
    orderBy: { name: "asc" },
  });
  const modelIds = new Set<string>(
    [...points.map((p) => p[1]), ...rows.map((r) => r[1])].filter(
      (m): m is string => m !== null && m !== NO_MODEL,
    ),
  );
  const models = await tx.model.findMany({
    where: { id: { in: [...modelIds] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  // In the order of the Vietnamese alphabet (Đ after D), not the bytes' order.
  const collator = new Intl.Collator("vi");
  communes.sort((a, b) => collator.compare(a.name, b.name));
  models.sort((a, b) => collator.compare(a.name, b.name));
  const pointsOfCommune = new Map<number, number>();
  const pointsOfModel = new Map<string, number>();
  for (const [communeId, modelId, count] of points) {
    if (communeId !== null) pointsOfCommune.set(communeId, count);
    if (modelId !== null) pointsOfModel.set(modelId, count);
  }
  const communeTotals: QuarterTotal[] = [];
  const modelTotals: QuarterTotal[] = [];
  let asOf: Date | null = null;
  for (const [communeId, modelId, year, quarter, total, reports, updatedAt] of rows) {
    const t = { year, quarter, total, reports };
    if (communeId !== null) {
      communeTotals.push({ unit: `c:${communeId}`, ...t });
      const changed = updatedAt === null ? null : new Date(updatedAt);
      if (changed && reports > 0 && (asOf === null || changed > asOf)) asOf = changed;
    } else if (modelId !== null && modelId !== NO_MODEL)
      modelTotals.push({ unit: `m:${modelId}`, ...t });
  }
  const base = { province: provinceId };
  const communeUnits: UnitMeta[] = communes.map((c) => ({
    key: `c:${c.id}`,
    id: c.id,
    name: c.name,
    former: false,
    points: pointsOfCommune.get(c.id) ?? 0,
    population: c.population,
    source: dashboardParams(filter, { ...base, commune: c.id }),
    drill: dashboardParams(filter, { ...base, commune: c.id }),
  }));
  const modelUnits: UnitMeta[] = models.map((m) => ({
    key: `m:${m.id}`,
    id: m.id,
    name: m.name,
    former: false,
    points: pointsOfModel.get(m.id) ?? 0,
    population: null,
    source: { ...dashboardParams(filter, { ...base, commune: null }), model: m.id },
    drill: null,
  }));
  const totalPoints = [...pointsOfCommune.values()].reduce((a, b) => a + b, 0);
  const population = fp
    ? ((await tx.formerProvince.findUnique({ where: { id: fp }, select: { population: true } }))
        ?.population ?? null)
    : ((await tx.province.findUnique({ where: { id: provinceId }, select: { population: true } }))
        ?.population ?? null);
  const whole: UnitMeta = {
    key: `p:${provinceId}`,
    id: provinceId,
    name: provinceName,
    former: false,
    points: totalPoints,
    population,
    source: dashboardParams(filter, { ...base, commune: null }),
    drill: null,
  };
  const communeComparison = compareUnits({
    indicator,
    range,
    units: communeUnits,
    totals: communeTotals,
    whole,
    asOf,
  });
  // The models' whole is the province's point reports only: commune reports belong to no model.
  const modelComparison = compareUnits({
    indicator,
    range,
    units: modelUnits,
    totals: modelTotals,
    whole: { ...whole, population: null },
    asOf,
  });
  return { communes: communeComparison, models: modelComparison };
}
