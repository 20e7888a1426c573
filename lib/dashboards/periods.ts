// Periods of the dashboards: a quarter, a year or a range of quarters, always a contiguous run of
// quarters [from, to]. Quarters are counted on one line (year × 4 + quarter − 1) so that "the
// previous period" (the same number of quarters just before) and "the same period a year before"
// (four quarters earlier) are subtractions. Pure: no database.

export interface Quarter {
  year: number;
  quarter: number;
}

export interface QuarterRange {
  from: Quarter;
  to: Quarter;
}

export type PeriodKind = "quarter" | "year" | "range";

export const quarterIndex = (q: Quarter): number => q.year * 4 + (q.quarter - 1);
export const quarterAt = (index: number): Quarter => ({
  year: Math.floor(index / 4),
  quarter: (index % 4) + 1,
});

/** "2024-3" in the address: short and readable. */
export const quarterParam = (q: Quarter): string => `${q.year}-${q.quarter}`;

export function parseQuarterParam(value: string): Quarter | null {
  const match = /^(\d{4})-([1-4])$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export function rangeLength(range: QuarterRange): number {
  return quarterIndex(range.to) - quarterIndex(range.from) + 1;
}

export function quartersOf(range: QuarterRange): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(range.from); i <= quarterIndex(range.to); i++) out.push(quarterAt(i));
  return out;
}

export function shiftRange(range: QuarterRange, quarters: number): QuarterRange {
  return {
    from: quarterAt(quarterIndex(range.from) + quarters),
    to: quarterAt(quarterIndex(range.to) + quarters),
  };
}

/** The same number of quarters just before (the previous quarter, the previous year…). */
export const previousRange = (range: QuarterRange): QuarterRange =>
  shiftRange(range, -rangeLength(range));

/** The same quarters a year earlier. */
export const yearBeforeRange = (range: QuarterRange): QuarterRange => shiftRange(range, -4);

export function kindOf(range: QuarterRange): PeriodKind {
  if (rangeLength(range) === 1) return "quarter";
  if (range.from.year === range.to.year && range.from.quarter === 1 && range.to.quarter === 4)
    return "year";
  return "range";
}

export const yearRange = (year: number): QuarterRange => ({
  from: { year, quarter: 1 },
  to: { year, quarter: 4 },
});

export function inRange(q: Quarter, range: QuarterRange): boolean {
  const i = quarterIndex(q);
  return i >= quarterIndex(range.from) && i <= quarterIndex(range.to);
}

/**
 * The change from `before` to `now` as a ratio (0.25 = +25 %); null when there is nothing to
 * compare with (no figure before, or zero before).
 */
export function changeRatio(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return (now - before) / before;
}

/** Per 10,000 people; null without a population. */
export function perTenThousand(total: number | null, population: number | null): number | null {
  if (total === null || !population) return null;
  return (total * 10_000) / population;
}

export function perPoint(total: number | null, points: number): number | null {
  if (total === null || points === 0) return null;
  return total / points;
}

export type Aggregation = "FLOW" | "STOCK";

/**
 * An indicator's figure over a range from its quarter totals: a flow is the sum of the quarters, a
 * stock the total of the range's latest quarter (each subject reports its stock once a quarter).
 * Null when no approved report of the range carries it.
 */
export function aggregate(
  aggregation: Aggregation,
  range: QuarterRange,
  totals: ReadonlyMap<number, number>,
): number | null {
  if (aggregation === "STOCK") return totals.get(quarterIndex(range.to)) ?? null;
  let sum: number | null = null;
  for (let i = quarterIndex(range.from); i <= quarterIndex(range.to); i++) {
    const value = totals.get(i);
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}
