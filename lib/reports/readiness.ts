import type { RuleOperator, RuleSeverity } from "@/lib/generated/prisma/enums";
import { ruleHolds } from "./check-rules";

// What stops a report from being submitted or approved, field by field: a broken ERROR rule, a
// broken WARNING rule with no comment on either of its two values, a flagged value (far outside
// its history) with no comment. Pure: the submit, the approval and the bulk approval's pre-check
// all ask this one function.

export interface ReadinessRule {
  code: string;
  leftIndicatorId: number;
  operator: RuleOperator;
  rightIndicatorId: number;
  severity: RuleSeverity;
}

export interface ReadinessValue {
  value: number;
  comment: string | null;
  flagged: boolean;
}

export type Problem =
  | { kind: "ruleError"; rule: string; indicatorIds: [number, number] }
  | { kind: "ruleWarning"; rule: string; indicatorIds: [number, number] }
  | { kind: "flaggedNoComment"; indicatorIds: [number] };

const commented = (v: ReadinessValue | undefined) => Boolean(v?.comment?.trim());

export function readinessProblems(
  values: ReadonlyMap<number, ReadinessValue>,
  rules: readonly ReadinessRule[],
): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const left = values.get(rule.leftIndicatorId);
    const right = values.get(rule.rightIndicatorId);
    if (!left || !right || ruleHolds(rule.operator, left.value, right.value)) continue;
    const ids: [number, number] = [rule.leftIndicatorId, rule.rightIndicatorId];
    if (rule.severity === "ERROR")
      problems.push({ kind: "ruleError", rule: rule.code, indicatorIds: ids });
    else if (!commented(left) && !commented(right))
      problems.push({ kind: "ruleWarning", rule: rule.code, indicatorIds: ids });
  }
  for (const [indicatorId, value] of values) {
    if (value.flagged && !commented(value))
      problems.push({ kind: "flaggedNoComment", indicatorIds: [indicatorId] });
  }
  return problems;
}
