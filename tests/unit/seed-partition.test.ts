import { describe, expect, it } from "vitest";
import { distribute, jitteredDistribute, partition, sum } from "@/prisma/seed/generators/partition";
import { createRng } from "@/prisma/seed/generators/random";

describe("partition", () => {
  it("returns n non-negative integers that add up exactly to the total", () => {
    const rng = createRng("partition");
    for (const [total, n] of [
      [1994, 1052],
      [7, 100],
      [155_853, 100],
      [0, 5],
      [1, 1],
      [3_318, 230],
    ] as const) {
      const parts = partition(total, n, rng);
      expect(parts).toHaveLength(n);
      expect(sum(parts)).toBe(total);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });

  it("is the same for the same seed and differs for another", () => {
    expect(partition(1000, 20, createRng("a"))).toEqual(partition(1000, 20, createRng("a")));
    expect(partition(1000, 20, createRng("a"))).not.toEqual(partition(1000, 20, createRng("b")));
  });

  it("spreads the total over the slots rather than piling it on one", () => {
    const parts = partition(10_000, 10, createRng("spread"));
    expect(Math.max(...parts)).toBeLessThan(10_000);
    expect(parts.filter((p) => p > 0).length).toBeGreaterThan(5);
  });

  it("refuses a total for no slots", () => {
    expect(() => partition(5, 0, createRng("x"))).toThrow(RangeError);
    expect(partition(0, 0, createRng("x"))).toEqual([]);
  });
});

describe("distribute", () => {
  it("follows the weights and gives weight-0 slots their minimum", () => {
    const parts = distribute(100, [1, 3, 0, 1]);
    expect(parts).toEqual([20, 60, 0, 20]);
    expect(distribute(10, [1, 0, 1], { min: [0, 4, 0] })).toEqual([3, 4, 3]);
  });

  it("respects minimums and maximums and still sums exactly", () => {
    const weights = Array.from({ length: 50 }, (_, i) => (i % 7) + 1);
    const min = weights.map(() => 4);
    const max = weights.map((_, i) => (i % 2 === 0 ? 10 : 40));
    const parts = distribute(1_000, weights, { min, max });
    expect(sum(parts)).toBe(1_000);
    parts.forEach((p, i) => {
      expect(p).toBeGreaterThanOrEqual(min[i] ?? 0);
      expect(p).toBeLessThanOrEqual(max[i] ?? 0);
    });
  });

  it("fills capped slots and moves the rest to the others", () => {
    expect(distribute(10, [100, 1], { max: [3, 100] })).toEqual([3, 7]);
  });

  it("throws when the bounds make the total impossible", () => {
    expect(() => distribute(5, [1, 1], { min: [3, 3] })).toThrow(RangeError);
    expect(() => distribute(50, [1, 1], { max: [10, 10] })).toThrow(RangeError);
    expect(() => distribute(5, [0, 0])).toThrow(RangeError);
    expect(() => distribute(-1, [1])).toThrow(RangeError);
    expect(() => distribute(1.5, [1])).toThrow(RangeError);
  });

  it("keeps dependent values proportional: attendees of 1,406 campaigns", () => {
    const rng = createRng("campaigns");
    const campaigns = partition(1_406, 100, rng);
    const attendees = jitteredDistribute(131_274, campaigns, rng, {
      min: campaigns.map((c) => c * 30),
      max: campaigns.map((c) => c * 180),
    });
    expect(sum(attendees)).toBe(131_274);
    attendees.forEach((a, i) => {
      const c = campaigns[i] ?? 0;
      expect(a).toBeGreaterThanOrEqual(c * 30);
      expect(a).toBeLessThanOrEqual(c * 180);
      if (c === 0) expect(a).toBe(0);
    });
  });
});
