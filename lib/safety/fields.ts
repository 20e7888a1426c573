import { calendarDate, optional, shortText } from "@/lib/validation/fields";
import { refuse, withExample } from "@/lib/validation/issue";
import { normalizeDecisionNumber } from "./rules";

// Field blocks of the evaluations (safety results, awards): a decision number and its day.

/** "123/QĐ-UBND" (also "12/2023/QĐ-UBND", typed as "123/qd-ubnd"): stored in the official form. */
export function decisionNumber() {
  const schema = shortText({
    max: 40,
    requiredKey: "decisionNumberRequired",
    tooLongKey: "decisionNumberFormat",
    example: "123/QĐ-UBND",
  }).transform((text, ctx) => normalizeDecisionNumber(text) ?? refuse(ctx, "decisionNumberFormat"));
  return withExample(schema, "123/QĐ-UBND");
}

export const optionalDecisionNumber = () => optional(decisionNumber());

/** The day of a decision, "20/12/2023" or "2023-12-20", when given: out comes "2023-12-20". */
export const optionalDecisionDate = () => optional(calendarDate({ min: 1990, max: 2100 }));
