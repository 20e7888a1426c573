import { describe, expect, it } from "vitest";
import { checkOutlier, median, robustSpread } from "@/lib/reports/outliers";
import { readinessProblems } from "@/lib/reports/readiness";
import { previousQuarters } from "@/lib/reports/value-history";
import { formatVietnameseNumber, parseVietnameseNumber } from "@/lib/reports/vietnamese-number";
import { isEditable, mayMove, movesFor } from "@/lib/reports/workflow";

describe("Vietnamese numbers", () => {
  it.each([
    ["1.234", 1234],
    ["1 234", 1234],
    ["1234", 1234],
    ["21.074", 21074],
    ["1.234.567", 1234567],
    ["  7 ", 7],
    ["0", 0],
  ])("reads %s as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value });
  });
  it("reads an empty field as no value", () => {
    expect(parseVietnameseNumber("  ")).toEqual({ ok: true, value: null });
  });
  it.each([
    ["1,5", "notWhole"],
    ["1.5", "notWhole"],
    ["12,25", "notWhole"],
    ["-3", "negative"],
    ["abc", "notNumber"],
    ["1e3", "notNumber"],
    ["0x10", "notNumber"],
    ["9999999999999", "tooLarge"],
  ])("refuses %s (%s)", (text, problem) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: false, problem });
  });
  it("shows values grouped as Vietnamese write them", () => {
    expect(formatVietnameseNumber(21074)).toBe("21.074");
    expect(formatVietnameseNumber(7n)).toBe("7");
    expect(formatVietnameseNumber(null)).toBe("");
  });
});

describe("outliers", () => {
  it("median and spread with a floor for tiny counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(robustSpread([0, 0, 0])).toBe(2);
    expect(robustSpread([100, 100, 100, 100])).toBe(10);
  });
  it("does not flag small counts moving a little, even from zero", () => {
    const h = { previous: [0, 0, 0], sameQuarterLastYear: 0 };
    expect(checkOutlier(1, h).flagged).toBe(false);
    expect(checkOutlier(5, h).flagged).toBe(false);
  });
  it("flags a value far outside the subject's own history", () => {
    const h = { previous: [0, 0, 0], sameQuarterLastYear: 0 };
    expect(checkOutlier(40, h).flagged).toBe(true);
    const big = { previous: [120, 110, 130], sameQuarterLastYear: 125 };
    expect(checkOutlier(124, big).flagged).toBe(false);
    expect(checkOutlier(1240, big).flagged).toBe(true);
    expect(checkOutlier(10, big).flagged).toBe(true);
  });
  it("is robust: one huge past quarter does not widen the band (mean ± 2 SD would)", () => {
    const h = { previous: [10, 12, 900], sameQuarterLastYear: 11 };
    expect(checkOutlier(800, h).flagged).toBe(true);
    expect(checkOutlier(13, h).flagged).toBe(false);
  });
  it("compares with the same quarter a year before when the history is short", () => {
    expect(checkOutlier(60, { previous: [], sameQuarterLastYear: 10 }).flagged).toBe(true);
    expect(checkOutlier(30, { previous: [9], sameQuarterLastYear: 10 }).flagged).toBe(false);
    expect(checkOutlier(0, { previous: [], sameQuarterLastYear: 4 }).flagged).toBe(false);
    expect(checkOutlier(1, { previous: [], sameQuarterLastYear: 100 }).flagged).toBe(true);
  });
  it("flags nothing without history", () => {
    expect(checkOutlier(9999, { previous: [], sameQuarterLastYear: null })).toEqual({
      flagged: false,
      typical: null,
      low: null,
      high: null,
    });
  });
  it("the four previous quarters end with the same quarter a year before", () => {
    expect(previousQuarters(2026, 1)).toEqual([
      { year: 2025, quarter: 4, sameQuarter: false },
      { year: 2025, quarter: 3, sameQuarter: false },
      { year: 2025, quarter: 2, sameQuarter: false },
      { year: 2025, quarter: 1, sameQuarter: true },
    ]);
  });
});

describe("workflow transitions", () => {
  it("commune officers submit; the province returns, approves and reopens", () => {
    expect(mayMove("submit", "DRAFT", "COMMUNE_OFFICER")).toBe(true);
    expect(mayMove("submit", "RETURNED", "COMMUNE_OFFICER")).toBe(true);
    expect(mayMove("submit", "SUBMITTED", "COMMUNE_OFFICER")).toBe(false);
    expect(mayMove("approve", "SUBMITTED", "COMMUNE_OFFICER")).toBe(false);
    expect(mayMove("approve", "SUBMITTED", "PROVINCE_OFFICER")).toBe(true);
    expect(mayMove("approve", "DRAFT", "PROVINCE_OFFICER")).toBe(false);
    expect(mayMove("return", "SUBMITTED", "PROVINCE_ADMIN")).toBe(true);
    expect(mayMove("reopen", "APPROVED", "PROVINCE_ADMIN")).toBe(true);
    expect(mayMove("reopen", "SUBMITTED", "PROVINCE_ADMIN")).toBe(false);
    expect(movesFor("SUBMITTED", "MINISTRY_ADMIN")).toEqual([]);
    expect(movesFor("APPROVED", "PROVINCE_OFFICER")).toEqual(["reopen"]);
  });
  it("an approved or submitted report is locked", () => {
    expect(isEditable(null)).toBe(true);
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("RETURNED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("APPROVED")).toBe(false);
  });
});

describe("readiness", () => {
  const rules = [
    {
      code: "ok_lte",
      leftIndicatorId: 1,
      operator: "LTE" as const,
      rightIndicatorId: 2,
      severity: "ERROR" as const,
    },
    {
      code: "warn",
      leftIndicatorId: 3,
      operator: "LTE" as const,
      rightIndicatorId: 4,
      severity: "WARNING" as const,
    },
  ];
  const v = (value: number, comment: string | null = null, flagged = false) => ({
    value,
    comment,
    flagged,
  });
  it("a broken error rule names both fields; a warning needs a comment on one of them", () => {
    const values = new Map([
      [1, v(5)],
      [2, v(3)],
      [3, v(9)],
      [4, v(2)],
    ]);
    expect(readinessProblems(values, rules)).toEqual([
      { kind: "ruleError", rule: "ok_lte", indicatorIds: [1, 2] },
      { kind: "ruleWarning", rule: "warn", indicatorIds: [3, 4] },
    ]);
    values.set(4, v(2, "Một người nêu nhiều ý kiến"));
    expect(readinessProblems(values, rules)).toEqual([
      { kind: "ruleError", rule: "ok_lte", indicatorIds: [1, 2] },
    ]);
  });
  it("a flagged value needs a comment", () => {
    expect(readinessProblems(new Map([[7, v(400, null, true)]]), [])).toEqual([
      { kind: "flaggedNoComment", indicatorIds: [7] },
    ]);
    expect(readinessProblems(new Map([[7, v(400, "Đợt cao điểm Tết", true)]]), [])).toEqual([]);
  });
});
