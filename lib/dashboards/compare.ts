import {
  aggregate,
  changeRatio,
  perPoint,
  perTenThousand,
  previousRange,
  type Quarter,
  quarterAt,
  quarterIndex,
  type QuarterRange,
  yearBeforeRange,
} from "./periods";
import type { Comparison, ComparisonRow, IndicatorOption, Trend } from "./types";

// Units side by side from quarter totals of the rollups: the figure of the period, of the previous
// period and of the same period a year before, per point and per 10,000 people, with the changes.
// Pure: the readers hand it the rows they read.

export interface QuarterTotal {
  unit: string;
  year: number;
  quarter: number;
  total: number;
  reports: number;
}

export interface UnitMeta {
  key: string;
  id: number | string;
  name: string;
  former: boolean;
  points: number;
  population: number | null;
  source: Record<string, string>;
  drill: Record<string, string> | null;
}

/** Quarters shown in the trend: the range, and at least the eight quarters up to its end. */
export function trendQuarters(range: QuarterRange): Quarter[] {
  const end = quarterIndex(range.to);
  const start = Math.min(quarterIndex(range.from), end - 7);
  const out: Quarter[] = [];
  for (let i = start; i <= end; i++) out.push(quarterAt(i));
  return out;
}

function byUnit(
  totals: QuarterTotal[],
): Map<string, { quarters: Map<number, number>; reports: Map<number, number> }> {
  const out = new Map<string, { quarters: Map<number, number>; reports: Map<number, number> }>();
  for (const t of totals) {
    let entry = out.get(t.unit);
    if (!entry) {
      entry = { quarters: new Map(), reports: new Map() };
      out.set(t.unit, entry);
    }
    const i = quarterIndex(t);
    entry.quarters.set(i, (entry.quarters.get(i) ?? 0) + t.total);
    entry.reports.set(i, (entry.reports.get(i) ?? 0) + t.reports);
  }
  return out;
}

function reportsIn(
  indicator: IndicatorOption,
  range: QuarterRange,
  reports: ReadonlyMap<number, number>,
): number {
  if (indicator.aggregation === "STOCK") return reports.get(quarterIndex(range.to)) ?? 0;
  let n = 0;
  for (let i = quarterIndex(range.from); i <= quarterIndex(range.to); i++) n += reports.get(i) ?? 0;
  return n;
}

function rowOf(
  meta: UnitMeta,
  indicator: IndicatorOption,
  range: QuarterRange,
  quarters: ReadonlyMap<number, number>,
  reports: ReadonlyMap<number, number>,
): ComparisonRow {
  const total = aggregate(indicator.aggregation, range, quarters);
  const previous = aggregate(indicator.aggregation, previousRange(range), quarters);
  const yearBefore = aggregate(indicator.aggregation, yearBeforeRange(range), quarters);
  return {
    ...meta,
    total,
    previous,
    yearBefore,
    changePrevious: changeRatio(total, previous),
    changeYear: changeRatio(total, yearBefore),
    perPoint: perPoint(total, meta.points),
    perTenThousand: perTenThousand(total, meta.population),
    reports: reportsIn(indicator, range, reports),
  };
}

export function compareUnits(options: {
  indicator: IndicatorOption;
  range: QuarterRange;
  units: UnitMeta[];
  totals: QuarterTotal[];
  /** The row of the whole (nation, province): its totals are the sum of the non-former units. */
  whole: UnitMeta;
  /** How many units get their own line in the trend (the largest totals). */
  trendLines?: number;
  asOf: Date | null;
}): Comparison {
  const { indicator, range } = options;
  const grouped = byUnit(options.totals);
  const empty = { quarters: new Map<number, number>(), reports: new Map<number, number>() };
  const rows = options.units.map((meta) => {
    const entry = grouped.get(meta.key) ?? empty;
    return rowOf(meta, indicator, range, entry.quarters, entry.reports);
  });
  const wholeQuarters = new Map<number, number>();
  const wholeReports = new Map<number, number>();
  const current = new Set(options.units.filter((u) => !u.former).map((u) => u.key));
  for (const [unit, entry] of grouped) {
    if (!current.has(unit)) continue;
    for (const [i, v] of entry.quarters) wholeQuarters.set(i, (wholeQuarters.get(i) ?? 0) + v);
    for (const [i, v] of entry.reports) wholeReports.set(i, (wholeReports.get(i) ?? 0) + v);
  }
  const total = rowOf(options.whole, indicator, range, wholeQuarters, wholeReports);
  const quarters = trendQuarters(range);
  const top = rows
    .filter((r) => !r.former && r.total !== null)
    .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
    .slice(0, options.trendLines ?? 5);
  const series = (key: string, name: string, values: ReadonlyMap<number, number>) => ({
    key,
    name,
    values: quarters.map((q) => values.get(quarterIndex(q)) ?? null),
  });
  const trend: Trend = {
    quarters,
    series: [
      series(options.whole.key, options.whole.name, wholeQuarters),
      ...top.map((r) => series(r.key, r.name, grouped.get(r.key)?.quarters ?? new Map())),
    ],
  };
  return {
    indicator,
    range,
    previousRange: previousRange(range),
    yearBeforeRange: yearBeforeRange(range),
    rows,
    total,
    trend,
    asOf: options.asOf,
  };
}
