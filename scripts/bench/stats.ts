// Pure helpers of `npm run bench` (scripts/bench/run.ts): percentiles of timings, the JSON line of a
// measurement, and the gzip size of the JavaScript a page loads.
import { gzipSync } from "node:zlib";

/** The p-th percentile (0 < p ≤ 100) by the nearest-rank method: a value that was measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  if (!(p > 0 && p <= 100)) throw new Error("percentile: p in (0, 100]");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Measurement {
  name: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The JSON line of a series of timings, in milliseconds with one decimal. */
export function measurement(name: string, samples: readonly number[]): Measurement {
  return {
    name,
    n: samples.length,
    p50_ms: round1(percentile(samples, 50)),
    p95_ms: round1(percentile(samples, 95)),
  };
}

/** How many times slower `slow` is than `fast` (p50 over p50), two decimals. */
export function ratio(slow: number, fast: number): number {
  return Math.round((slow / Math.max(fast, 0.001)) * 100) / 100;
}

/**
 * The gzip size in kB (1,000 bytes, one decimal) of scripts: each file compressed on its own at
 * gzip's default level, as a server sends it with Content-Encoding: gzip, and the sizes summed.
 * The same file loaded twice counts once (keyed by URL).
 */
export function gzipKb(scripts: ReadonlyMap<string, Uint8Array>): number {
  let bytes = 0;
  for (const body of scripts.values()) bytes += gzipSync(body).length;
  return round1(bytes / 1000);
}
