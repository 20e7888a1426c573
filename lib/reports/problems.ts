import { FieldErrors } from "@/lib/auth/errors";
import type { ErrorKey } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import type { FormRule } from "./form-context";
import type { Problem } from "./readiness";
import type { NumberProblem } from "./vietnamese-number";

// How a report's problems are shown: at the field of each indicator concerned (both indicators of a
// broken rule), with the rule's own message in the reader's language.

/** The form's name of an indicator's value field. */
export const valueField = (indicatorId: number) => `value-${indicatorId}`;

export const NUMBER_PROBLEM_KEYS: Record<NumberProblem, ErrorKey> = {
  notNumber: "reportValueInvalid",
  notWhole: "reportValueNotWhole",
  negative: "reportValueNegative",
  tooLarge: "reportValueTooLarge",
};

export function problemFields(
  problems: readonly Problem[],
  rules: readonly FormRule[],
  locale: AppLocale,
): FieldErrors {
  const fields: Record<string, { key: ErrorKey; values?: Record<string, string> }> = {};
  const ruleMessage = (code: string) => {
    const rule = rules.find((r) => r.code === code);
    return rule ? (locale === "vi" ? rule.messageVi : rule.messageEn) : code;
  };
  for (const problem of problems) {
    for (const id of problem.indicatorIds) {
      const field = valueField(id);
      if (fields[field]) continue;
      if (problem.kind === "flaggedNoComment") fields[field] = { key: "reportFlaggedNeedsComment" };
      else
        fields[field] = {
          key: problem.kind === "ruleError" ? "reportRuleBroken" : "reportRuleWarning",
          values: { message: ruleMessage(problem.rule) },
        };
    }
  }
  return new FieldErrors(fields);
}
