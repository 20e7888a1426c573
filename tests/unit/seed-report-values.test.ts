import { describe, expect, it } from "vitest";
import { createRng } from "@/prisma/seed/generators/random";
import {
  COMMUNE_SPECS,
  generateValues,
  POINT_SPECS,
  poisson,
  scaleTargets,
} from "@/prisma/seed/generators/report-values";
import { checkRules as checkAgainst } from "@/lib/reports/check-rules";
import { VALIDATION_RULES } from "@/prisma/seed/reference/validation-rules";

const checkRules = (values: ReadonlyMap<string, number>) => checkAgainst(values, VALIDATION_RULES);

const sum = (values: readonly number[] | undefined): number =>
  (values ?? []).reduce((a, b) => a + b, 0);

function rowsOf(table: Map<string, number[]>, n: number): Map<string, number>[] {
  return Array.from(
    { length: n },
    (_, i) => new Map([...table].map(([code, values]) => [code, values[i] ?? 0])),
  );
}

describe("generateValues", () => {
  const slots = Array.from({ length: 400 }, (_, i) => ({
    affinity: { tips: 1 + (i % 3), border_patrols: i % 4 === 0 ? 1 : 0 },
  }));

  it("meets published totals exactly and keeps every validation rule", () => {
    const table = generateValues(
      POINT_SPECS,
      slots,
      {
        tips: 1_370,
        border_patrols: 584,
        border_patrol_participants: 1_046,
        mediations: 268,
        scenes_protected: 16,
      },
      createRng("values"),
    );
    expect(sum(table.get("tips"))).toBe(1_370);
    expect(sum(table.get("border_patrols"))).toBe(584);
    expect(sum(table.get("border_patrol_participants"))).toBe(1_046);
    expect(sum(table.get("mediations"))).toBe(268);
    expect(sum(table.get("scenes_protected"))).toBe(16);
    for (const row of rowsOf(table, slots.length)) expect(checkRules(row)).toEqual([]);
    // Border patrols only where a slot opted in.
    table.get("border_patrols")?.forEach((v, i) => {
      if (i % 4 !== 0) expect(v).toBe(0);
    });
  });

  it("pins part of a total to chosen slots", () => {
    const table = generateValues(
      POINT_SPECS,
      slots,
      { tips: { total: 1_370, pinned: [{ slots: [5, 6, 7, 8], total: 12 }] } },
      createRng("pins"),
    );
    const tips = table.get("tips") ?? [];
    expect(sum(tips)).toBe(1_370);
    expect(sum(tips.slice(5, 9))).toBe(12);
  });

  it("draws plausible commune values without totals, within the rules", () => {
    const communeSlots = Array.from({ length: 100 }, () => ({ affinity: {} }));
    const table = generateValues(COMMUNE_SPECS, communeSlots, {}, createRng("communes"));
    const rows = rowsOf(table, communeSlots.length);
    for (const row of rows) expect(checkRules(row)).toEqual([]);
    expect(sum(table.get("leaflets"))).toBeGreaterThan(100 * 500);
    expect(
      (table.get("launch_attendees") ?? []).every(
        (v, i) => v >= (table.get("launch_campaigns")?.[i] ?? 0) * 30,
      ),
    ).toBe(true);
  });

  it("rounds money to 10,000 đồng", () => {
    const table = generateValues(POINT_SPECS, slots, {}, createRng("money"));
    expect((table.get("gifts_value") ?? []).every((v) => v % 10_000 === 0)).toBe(true);
  });

  it("takes a dependent's published total at its parent's bound (384 of 384 successful)", () => {
    const table = generateValues(
      POINT_SPECS,
      slots,
      { mediations: 384, mediations_successful: 384 },
      createRng("bound"),
    );
    expect(sum(table.get("mediations_successful"))).toBe(384);
    expect(table.get("mediations_successful")).toEqual(table.get("mediations"));
  });

  it("refuses a total for an unknown indicator or an impossible one", () => {
    expect(() => generateValues(POINT_SPECS, slots, { nope: 5 }, createRng("x"))).toThrow(
      /unknown indicator/,
    );
    expect(() =>
      generateValues(
        POINT_SPECS,
        slots,
        { mediations: 10, mediations_successful: 11 },
        createRng("x"),
      ),
    ).toThrow(RangeError);
  });
});

describe("helpers", () => {
  it("poisson draws non-negative integers around the mean", () => {
    const rng = createRng("poisson");
    for (const mean of [0, 0.3, 4, 50, 800]) {
      const draws = Array.from({ length: 2_000 }, () => poisson(mean, rng));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
      expect(Math.abs(sum(draws) / 2_000 - mean)).toBeLessThanOrEqual(Math.max(0.1, mean * 0.05));
    }
  });

  it("scales totals to another year within the growth band", () => {
    const scaled = scaleTargets({ tips: 1_000 }, createRng("scale"), 0.9, 1.1);
    expect(scaled.tips).toBeGreaterThanOrEqual(900);
    expect(scaled.tips).toBeLessThanOrEqual(1_100);
  });

  it("leaves a parent-bounded dependent out of a scaled year without moving the others", () => {
    const alone = scaleTargets({ tips: 1_000, mediations: 384 }, createRng("scale"));
    const withSuccess = scaleTargets(
      { tips: 1_000, mediations: 384, mediations_successful: 384 },
      createRng("scale"),
    );
    expect(withSuccess).toEqual(alone);
  });
});
