import { RuleOperator } from "@/lib/generated/prisma/enums";

// Validation rules between two indicators of one report (e.g. successful mediations ≤ mediations).
// The catalog of rules lives in the database (ValidationRule, kept by the ministry); these pure
// checks are what the report form, an import and the seed apply to a report's values.

export interface ReportRule {
  code: string;
  /** Indicator code on the left of the comparison. */
  left: string;
  operator: RuleOperator;
  right: string;
}

/** Whether `left operator right` holds. */
export function ruleHolds(operator: RuleOperator, left: number, right: number): boolean {
  switch (operator) {
    case RuleOperator.LTE:
      return left <= right;
    case RuleOperator.GTE:
      return left >= right;
  }
}

/**
 * The codes of the rules the values break, in the rules' order. A rule whose two indicators are not
 * both present is not checked: an empty field is not a broken rule.
 */
export function checkRules(
  values: ReadonlyMap<string, number>,
  rules: readonly ReportRule[],
): string[] {
  const broken: string[] = [];
  for (const rule of rules) {
    const left = values.get(rule.left);
    const right = values.get(rule.right);
    if (left === undefined || right === undefined) continue;
    if (!ruleHolds(rule.operator, left, right)) broken.push(rule.code);
  }
  return broken;
}
