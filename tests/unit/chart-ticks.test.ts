import { describe, expect, it } from "vitest";
import { axisTicks } from "@/lib/dashboards/chart-ticks";

describe("the trend chart's value axis", () => {
  it("steps by 1, 2 or 5 × a power of ten from 0 to the largest value or just above", () => {
    expect(axisTicks(1522)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(axisTicks(100)).toEqual([0, 50, 100]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(3_000_000)).toEqual([0, 1_000_000, 2_000_000, 3_000_000]);
    expect(axisTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("is a single 0 when there is nothing to show", () => {
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(Number.NaN)).toEqual([0]);
  });
});
