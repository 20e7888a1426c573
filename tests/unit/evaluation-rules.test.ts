import { describe, expect, it } from "vitest";
import { countGrades, maxExcellent, withinExcellentQuota } from "@/lib/ratings/team-grade-rule";
import { formatRate, formatShare, formatTenths } from "@/lib/safety/format";
import {
  breaksCommuneRule,
  decisionDateProblem,
  meetsCommuneRule,
  normalizeDecisionNumber,
  rateOf,
  registrationYearProblem,
} from "@/lib/safety/rules";
import { recordSafetyResultSchema } from "@/lib/safety/schemas";

describe("the commune rule of “An toàn về ANTT” (≥ 70 % of its units recognised)", () => {
  it("is met at exactly 70 % and broken just below", () => {
    expect(meetsCommuneRule(7, 10)).toBe(true);
    expect(meetsCommuneRule(70, 100)).toBe(true);
    expect(meetsCommuneRule(69, 100)).toBe(false);
    expect(meetsCommuneRule(699, 1_000)).toBe(false);
    expect(meetsCommuneRule(0, 0)).toBe(false);
  });

  it("warns only when the commune itself was recognised without meeting it", () => {
    expect(breaksCommuneRule(true, 6, 10)).toBe(true);
    expect(breaksCommuneRule(true, 7, 10)).toBe(false);
    expect(breaksCommuneRule(false, 0, 10)).toBe(false);
    // Recognised with no unit registered at all: not 70 % of anything.
    expect(breaksCommuneRule(true, 0, 0)).toBe(true);
  });
});

describe("decision numbers", () => {
  it("takes the official forms and writes them officially", () => {
    expect(normalizeDecisionNumber("123/QĐ-UBND")).toBe("123/QĐ-UBND");
    expect(normalizeDecisionNumber(" 123/qđ-ubnd ")).toBe("123/QĐ-UBND");
    expect(normalizeDecisionNumber("123/QD-UBND")).toBe("123/QĐ-UBND");
    expect(normalizeDecisionNumber("12/2023/QĐ-UBND")).toBe("12/2023/QĐ-UBND");
    expect(normalizeDecisionNumber("45/QĐ-BCA-V05")).toBe("45/QĐ-BCA-V05");
  });

  it("refuses what is not a decision number", () => {
    for (const text of [
      "123",
      "QĐ-UBND",
      "abc/QĐ-UBND",
      "0/QĐ-UBND",
      "123/QĐ",
      "123/CV-UBND",
      "123-QĐ-UBND",
    ])
      expect(normalizeDecisionNumber(text), text).toBeNull();
  });
});

describe("decision dates", () => {
  const today = "2026-12-01";
  it("lie within the year or the next, never in the future", () => {
    expect(decisionDateProblem(2023, "2023-01-01", today)).toBeNull();
    expect(decisionDateProblem(2023, "2023-12-20", today)).toBeNull();
    expect(decisionDateProblem(2023, "2024-12-31", today)).toBeNull();
    expect(decisionDateProblem(2023, "2022-12-31", today)).toBe("beforeYear");
    expect(decisionDateProblem(2023, "2025-01-01", today)).toBe("tooLate");
    expect(decisionDateProblem(2026, "2026-12-02", today)).toBe("inFuture");
  });

  it("are required with a decided result, not with a pending one", () => {
    const base = { id: "0198a3b4-1111-7222-8333-444455556666", version: "1" };
    const decided = recordSafetyResultSchema.safeParse({ ...base, result: "ACHIEVED" });
    expect(decided.success).toBe(false);
    expect(decided.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["decisionNumber", "Errors.decisionNumberRequired"],
      ["decidedOn", "Errors.decisionDateRequired"],
    ]);
    expect(recordSafetyResultSchema.safeParse({ ...base, result: "PENDING" }).success).toBe(true);
    const typed = recordSafetyResultSchema.parse({
      ...base,
      result: "ACHIEVED",
      decisionNumber: "123/qd-ubnd",
      decidedOn: "20/12/2023",
    });
    expect([typed.decisionNumber, typed.decidedOn]).toEqual(["123/QĐ-UBND", "2023-12-20"]);
  });

  it("take registrations from 2015 to next year", () => {
    expect(registrationYearProblem(2014, 2026)).toBe(true);
    expect(registrationYearProblem(2015, 2026)).toBe(false);
    expect(registrationYearProblem(2027, 2026)).toBe(false);
    expect(registrationYearProblem(2028, 2026)).toBe(true);
  });
});

describe("the quota of excellent grassroots teams (≤ 20 % of those rated good or better)", () => {
  const counts = (excellent: number, good: number, completed = 0) =>
    countGrades([
      ...Array<"EXCELLENT">(excellent).fill("EXCELLENT"),
      ...Array<"GOOD">(good).fill("GOOD"),
      ...Array<"COMPLETED">(completed).fill("COMPLETED"),
    ]);

  it("allows 1 excellent beside 4 good (1 of 5 = 20 %) and refuses it beside 3", () => {
    expect(withinExcellentQuota(counts(1, 4))).toBe(true);
    expect(withinExcellentQuota(counts(1, 3))).toBe(false);
    expect(withinExcellentQuota(counts(2, 8))).toBe(true);
    expect(withinExcellentQuota(counts(2, 7))).toBe(false);
  });

  it("does not count teams rated below good, and allows none excellent with none good", () => {
    expect(withinExcellentQuota(counts(1, 3, 10))).toBe(false);
    expect(withinExcellentQuota(counts(0, 0, 5))).toBe(true);
    expect(withinExcellentQuota(counts(1, 0))).toBe(false);
  });

  it("tells how many may be excellent", () => {
    expect([0, 3, 4, 7, 8, 20].map(maxExcellent)).toEqual([0, 0, 1, 1, 2, 5]);
  });
});

describe("the evaluations' figures", () => {
  it("read as published: 1.048/1.063 — 98,59 %", () => {
    expect(formatRate(rateOf(1_048, 1_063), "vi")).toBe("1.048/1.063 — 98,59 %");
    expect(formatRate(rateOf(950, 978), "vi")).toBe("950/978 — 97,14 %");
    expect(formatRate(rateOf(145, 164), "vi")).toBe("145/164 — 88,41 %");
    expect(formatRate(rateOf(1_048, 1_063), "en")).toBe("1,048/1,063 — 98.59%");
    expect(formatRate(rateOf(0, 0), "vi")).toBe("0/0");
    expect(formatShare(1_210 / 1_250, "vi")).toBe("96,8 %");
    expect(formatShare(0.91, "vi", 1)).toBe("91 %");
    expect(formatTenths(818, "vi")).toBe("81,8 %");
  });
});
