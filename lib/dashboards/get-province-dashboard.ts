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

const totalRow = z.object({
  communeId: z.number().int(),
  modelId: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  total: z.bigint(),
  reports: z.number().int(),
  updatedAt: z.date(),
});
const pointRow = z.object({
  communeId: z.number().int(),
  modelId: z.string(),
  points: z.number().int(),
});

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
  const rows =
    ids.length === 0
      ? []
      : z.array(totalRow).parse(
          await tx.$queryRaw`
            SELECT r."communeId", r."modelId"::text AS "modelId", p.year, p.quarter,
                   SUM(r.total)::bigint AS total, SUM(r.reports)::int AS reports,
                   max(r."updatedAt") AS "updatedAt"
            FROM "ReportRollup" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
            WHERE r."provinceId" = ${provinceId} AND r."indicatorId" = ${indicator.id}
              AND r."periodId" IN (${Prisma.join(ids)})
              ${fp ? Prisma.sql`AND r."formerProvinceId" = ${fp}` : Prisma.empty}
            GROUP BY 1, 2, 3, 4`,
        );
  const points = z.array(pointRow).parse(
    await tx.$queryRaw`
      SELECT "communeId", "modelId"::text AS "modelId", points FROM "PointRollup"
      WHERE "provinceId" = ${provinceId} AND points > 0`,
  );
  const communes = await tx.commune.findMany({
    where: { provinceId, ...(fp ? { formerProvinceId: fp } : {}) },
    select: { id: true, name: true, population: true },
    orderBy: { name: "asc" },
  });
  const modelIds = new Set<string>([
    ...points.map((p) => p.modelId),
    ...rows.map((r) => r.modelId).filter((m) => m !== NO_MODEL),
  ]);
  const models = await tx.model.findMany({
    where: { id: { in: [...modelIds] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  // In the order of the Vietnamese alphabet (Đ after D), not the bytes' order.
  const collator = new Intl.Collator("vi");
  communes.sort((a, b) => collator.compare(a.name, b.name));
  models.sort((a, b) => collator.compare(a.name, b.name));
  const communeSet = new Set(communes.map((c) => c.id));
  const pointsOfCommune = new Map<number, number>();
  const pointsOfModel = new Map<string, number>();
  for (const p of points) {
    if (fp && !communeSet.has(p.communeId)) continue;
    pointsOfCommune.set(p.communeId, (pointsOfCommune.get(p.communeId) ?? 0) + p.points);
    pointsOfModel.set(p.modelId, (pointsOfModel.get(p.modelId) ?? 0) + p.points);
  }
  const communeTotals: QuarterTotal[] = [];
  const modelTotals: QuarterTotal[] = [];
  let asOf: Date | null = null;
  for (const r of rows) {
    const t = { year: r.year, quarter: r.quarter, total: Number(r.total), reports: r.reports };
    communeTotals.push({ unit: `c:${r.communeId}`, ...t });
    if (r.modelId !== NO_MODEL) modelTotals.push({ unit: `m:${r.modelId}`, ...t });
    if (r.reports > 0 && (asOf === null || r.updatedAt > asOf)) asOf = r.updatedAt;
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
