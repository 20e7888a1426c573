import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipKb, measurement, percentile, ratio } from "@/scripts/bench/stats";

describe("bench statistics", () => {
  it("takes the nearest-rank percentile, a value that was measured", () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 95)).toBe(5);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile(values, 1)).toBe(1);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it("refuses no values and a percentile outside (0, 100]", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });

  it("prints a measurement with its count and one decimal", () => {
    expect(measurement("search", [10.04, 20.06, 30, 40, 1000])).toEqual({
      name: "search",
      n: 5,
      p50_ms: 30,
      p95_ms: 1000,
    });
    expect(measurement("x", [1.26]).p50_ms).toBe(1.3);
  });

  it("gives the ratio of two medians", () => {
    expect(ratio(500, 10)).toBe(50);
    expect(ratio(10, 3)).toBe(3.33);
  });

  it("sums each script's own gzip size, in kB", () => {
    const a = new TextEncoder().encode("console.log('a');".repeat(500));
    const b = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    const expected = gzipSync(a).length + gzipSync(b).length;
    expect(
      gzipKb(
        new Map([
          ["/a.js", a],
          ["/b.js", b],
        ]),
      ),
    ).toBe(Math.round(expected / 100) / 10);
    expect(gzipKb(new Map())).toBe(0);
  });
});
