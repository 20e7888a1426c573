// Is a value far outside the subject's own history? Reports are small counts (3 patrols, 0 tips,
// 12 mediations), where mean ± 2 SD both misfires (a spread of zeros) and misses (one huge quarter
// inflates the SD). The rule is robust instead:
//
// - the typical value is the MEDIAN of the subject's previous approved quarters (up to four, plus
//   the same quarter a year before), and its spread the MEDIAN ABSOLUTE DEVIATION, scaled by
//   1.4826 so that it estimates an SD for normal data;
// - the spread has a FLOOR that grows with the typical size (√median, as counts spread like a
//   Poisson count) and never falls under 2: 0, 0, 0 then 1 is not an outlier, 0, 0, 0 then 40 is;
// - a value is flagged when it lies more than K = 3.5 of those spreads away from the median
//   (Iglewicz and Hoaglin's modified z-score cut-off);
// - with fewer than three previous quarters it is compared with the same quarter a year before
//   only: flagged when it is more than 5 times it (or 5 times the floor) or under a fifth of it
//   (of a value above 10: small counts go to zero and back).
// Nothing is flagged without any history. Pure: unit-tested in tests/unit/report-outliers.test.ts.

export const MAD_SCALE = 1.4826;
export const OUTLIER_K = 3.5;
export const MIN_HISTORY = 3;
const RATIO = 5;
const SPREAD_FLOOR = 2;

export interface OutlierHistory {
  /** The previous quarters' approved values, newest first (any number; the first four are used). */
  previous: readonly number[];
  /** The same quarter a year before, approved, if any. */
  sameQuarterLastYear: number | null;
}

export interface OutlierCheck {
  flagged: boolean;
  /** The typical value compared with (the median, or last year's value); null without history. */
  typical: number | null;
  /** The band of values not flagged, inclusive. */
  low: number | null;
  high: number | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The spread: the scaled MAD, never under the floor for counts of that size. */
export function robustSpread(values: readonly number[]): number {
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m))) * MAD_SCALE;
  return Math.max(mad, Math.sqrt(m), SPREAD_FLOOR);
}

const NONE: OutlierCheck = { flagged: false, typical: null, low: null, high: null };

export function checkOutlier(value: number, history: OutlierHistory): OutlierCheck {
  const sample = history.previous.slice(0, 4);
  if (history.sameQuarterLastYear !== null) sample.push(history.sameQuarterLastYear);
  if (sample.length >= MIN_HISTORY) {
    const typical = median(sample);
    const band = OUTLIER_K * robustSpread(sample);
    const low = Math.max(0, Math.ceil(typical - band));
    const high = Math.floor(typical + band);
    return { flagged: value < low || value > high, typical, low, high };
  }
  const last = history.sameQuarterLastYear;
  if (last === null) return NONE;
  const high = Math.max(last, SPREAD_FLOOR) * RATIO;
  // Small counts go to zero and back: only a large one's collapse is flagged.
  const low = last > RATIO * SPREAD_FLOOR ? Math.ceil(last / RATIO) : 0;
  return { flagged: value > high || value < low, typical: last, low, high };
}
