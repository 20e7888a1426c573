import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/scoped";
import type { SearchParams } from "@/lib/validation/fields";
import { type DashboardFilter, parseDashboardFilter } from "./filter";
import { type Quarter, quarterIndex, type QuarterRange, yearRange } from "./periods";
import type { DashboardView, IndicatorOption } from "./types";

// What every dashboard reads first: the quarters there are, the indicator catalog, and where the
// viewer is (their scope decides: a province officer opening a link of the nation or of another
// province sees their own province; a commune officer always their commune).

export interface PeriodRow extends Quarter {
  id: number;
}

export interface DashboardSetup {
  periods: PeriodRow[];
  indicators: IndicatorOption[];
  filter: DashboardFilter;
  invalid: string[];
  indicator: IndicatorOption;
  /**
   * The indicator of a commune's points table: the chosen one when the point report carries it,
   * else the one chosen for the points (`pind`), else the point report's first.
   */
  pointIndicator: IndicatorOption;
  view: DashboardView;
}

const yearRow = z.object({ year: z.number().int().nullable() });

/**
 * The latest year that has approved figures of the indicator in the scope (rollups), else the latest
 * period's. By the indicator, so that an approval of another indicator's report (a commune report,
 * the first report of a new year) does not open the dashboard on a year this indicator has nothing in.
 */
async function defaultYear(
  tx: Tx,
  ctx: AuthContext,
  periods: PeriodRow[],
  indicatorId: number,
): Promise<number> {
  // The province table below the commune level (a few thousand rows); a commune reads its own.
  const rows =
    ctx.scope.level === "COMMUNE"
      ? await tx.$queryRaw`
          SELECT max(p.year)::int AS year FROM "ReportRollup" r
          JOIN "ReportingPeriod" p ON p.id = r."periodId"
          WHERE r.reports > 0 AND r."indicatorId" = ${indicatorId}`
      : await tx.$queryRaw`
          SELECT max(p.year)::int AS year FROM "ReportRollupProvince" r
          JOIN "ReportingPeriod" p ON p.id = r."periodId"
          WHERE r.reports > 0 AND r."indicatorId" = ${indicatorId}`;
  const [row] = z.array(yearRow).parse(rows);
  return row?.year ?? periods.at(-1)?.year ?? new Date().getFullYear();
}

export async function readSetup(
  tx: Tx,
  ctx: AuthContext,
  params: SearchParams,
): Promise<DashboardSetup> {
  const periods = await tx.reportingPeriod.findMany({
    select: { id: true, year: true, quarter: true },
    orderBy: [{ year: "asc" }, { quarter: "asc" }],
  });
  const indicators: IndicatorOption[] = await tx.indicator.findMany({
    select: {
      id: true,
      code: true,
      nameVi: true,
      nameEn: true,
      groupVi: true,
      groupEn: true,
      unit: true,
      aggregation: true,
      reportKind: true,
    },
    orderBy: [{ reportKind: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
  });
  // The indicator first (its parameter does not depend on the range), then the range, whose default
  // is the indicator's latest year with approved figures.
  const { filter: asked } = parseDashboardFilter(params, periods, yearRange(0));
  const chosen = indicators.find((i) => i.id === asked.indicatorId);
  const indicator = chosen ?? indicators[0];
  if (!indicator) throw new Error("The indicator catalog is empty");
  const year = await defaultYear(tx, ctx, periods, indicator.id);
  const fallback: QuarterRange = yearRange(year);
  const { filter, invalid } = parseDashboardFilter(params, periods, fallback);
  if (filter.indicatorId !== undefined && !chosen) invalid.push("ind");
  const pointIndicators = indicators.filter((i) => i.reportKind === "POINT");
  const askedPoint = pointIndicators.find((i) => i.id === filter.pointIndicatorId);
  if (filter.pointIndicatorId !== undefined && !askedPoint) invalid.push("pind");
  const pointIndicator =
    indicator.reportKind === "POINT" ? indicator : (askedPoint ?? pointIndicators[0] ?? indicator);
  const view = await resolveView(tx, ctx, filter);
  return {
    periods,
    indicators,
    filter: {
      ...filter,
      indicatorId: indicator.id,
      pointIndicatorId: indicator.reportKind === "POINT" ? undefined : askedPoint?.id,
    },
    invalid,
    indicator,
    pointIndicator,
    view,
  };
}

async function resolveView(
  tx: Tx,
  ctx: AuthContext,
  filter: DashboardFilter,
): Promise<DashboardView> {
  const scope = ctx.scope;
  const communeId = scope.level === "COMMUNE" ? scope.communeId : filter.communeId;
  if (communeId !== undefined) {
    const commune = await tx.commune.findFirst({
      where: {
        id: communeId,
        ...(scope.level === "NATION" ? {} : { provinceId: scope.provinceId }),
      },
      select: { id: true, name: true, province: { select: { id: true, name: true } } },
    });
    if (commune)
      return {
        level: "COMMUNE",
        provinceId: commune.province.id,
        provinceName: commune.province.name,
        communeId: commune.id,
        communeName: commune.name,
      };
  }
  const provinceId = scope.level === "NATION" ? filter.provinceId : scope.provinceId;
  if (provinceId !== undefined) {
    const province = await tx.province.findUnique({
      where: { id: provinceId },
      select: { id: true, name: true },
    });
    if (province)
      return { level: "PROVINCE", provinceId: province.id, provinceName: province.name };
  }
  return { level: "NATION" };
}

/** Period ids of the quarters of some ranges (quarters without a period are left out). */
export function periodIdsOf(periods: PeriodRow[], ...ranges: QuarterRange[]): number[] {
  const ids = new Set<number>();
  for (const p of periods) {
    const i = quarterIndex(p);
    if (ranges.some((r) => i >= quarterIndex(r.from) && i <= quarterIndex(r.to))) ids.add(p.id);
  }
  return [...ids];
}
