// The seeded 2025 populations: the 23 provinces formed by the reorganisation carry the figure of
// Resolution 202/2025/QH15, Article 1; the 11 that were not merged are marked as estimates.
import { describe, expect, it } from "vitest";
import { isEstimate } from "@/lib/dashboards/population-source";
import {
  NOT_MERGED,
  POPULATION_SOURCE_2025,
  POPULATIONS_2025,
  sourceOf,
} from "@/prisma/seed/reference/populations";

describe("2025 populations", () => {
  it("cover the 34 provinces, 23 from the Resolution and 11 estimates", () => {
    const codes = Object.keys(POPULATIONS_2025);
    expect(codes).toHaveLength(34);
    expect(codes.filter((c) => NOT_MERGED.has(c))).toHaveLength(11);
    for (const code of codes) {
      const estimate = isEstimate(sourceOf(code));
      expect(estimate, code).toBe(NOT_MERGED.has(code));
      if (!estimate) expect(sourceOf(code)).toBe(POPULATION_SOURCE_2025);
    }
  });

  it("are the Resolution's figures for the merged provinces", () => {
    // Resolution 202/2025/QH15, Article 1, clauses 1–3 and the Cà Mau clause.
    expect(POPULATIONS_2025["08"]).toBe(1_865_270); // Tuyên Quang
    expect(POPULATIONS_2025["15"]).toBe(1_778_785); // Lào Cai
    expect(POPULATIONS_2025["19"]).toBe(1_799_489); // Thái Nguyên
    expect(POPULATIONS_2025["25"]).toBe(4_022_638); // Phú Thọ
    expect(POPULATIONS_2025["96"]).toBe(2_606_672); // Cà Mau
  });

  it("mark an estimate by the start of its source, whatever its case", () => {
    expect(isEstimate("Ước tính, chưa có nguồn")).toBe(true);
    expect(isEstimate("ước tính")).toBe(true);
    expect(isEstimate(POPULATION_SOURCE_2025)).toBe(false);
    expect(isEstimate(null)).toBe(false);
  });
});
