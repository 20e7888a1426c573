import { describe, expect, it } from "vitest";
import { checkRules, type ReportRule, ruleHolds } from "@/lib/reports/check-rules";

const RULES: readonly ReportRule[] = [
  {
    code: "mediations_successful_lte_mediations",
    left: "mediations_successful",
    operator: "LTE",
    right: "mediations",
  },
  {
    code: "patrol_participants_gte_patrols",
    left: "patrol_participants",
    operator: "GTE",
    right: "patrols",
  },
];

describe("report validation rules", () => {
  it("compare with ≤ and ≥, equality passing both", () => {
    expect(ruleHolds("LTE", 3, 3)).toBe(true);
    expect(ruleHolds("LTE", 4, 3)).toBe(false);
    expect(ruleHolds("GTE", 3, 3)).toBe(true);
    expect(ruleHolds("GTE", 2, 3)).toBe(false);
  });

  it("pass values that keep every rule", () => {
    const ok = new Map([
      ["mediations", 5],
      ["mediations_successful", 4],
      ["patrols", 3],
      ["patrol_participants", 12],
    ]);
    expect(checkRules(ok, RULES)).toEqual([]);
  });

  it("name every broken rule, in the rules' order", () => {
    const bad = new Map([
      ["mediations", 2],
      ["mediations_successful", 3],
      ["patrols", 3],
      ["patrol_participants", 2],
    ]);
    expect(checkRules(bad, RULES)).toEqual([
      "mediations_successful_lte_mediations",
      "patrol_participants_gte_patrols",
    ]);
  });

  it("skip a rule whose indicators are not both filled in", () => {
    expect(checkRules(new Map([["mediations_successful", 9]]), RULES)).toEqual([]);
    expect(checkRules(new Map([["patrols", 4]]), RULES)).toEqual([]);
  });
});
