// Whole numbers as Vietnamese officers type them: "1.234" and "1 234" are 1234 (dots or spaces group
// the thousands), "1234" is 1234. A decimal comma ("1,5"), a dot not followed by exactly three
// digits ("1.5"), a sign or anything else is refused with the reason, shown at the field. Pure: the
// form (as the officer types) and the server (on save) read the same way.

export type NumberProblem = "notNumber" | "notWhole" | "negative" | "tooLarge";

export type ParsedNumber =
  { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/** The largest value a report field takes: a count of people or đồng well below 2^53. */
export const REPORT_VALUE_MAX = 999_999_999_999;

const GROUPED = /^\d{1,3}([. ]\d{3})+$/u;
const PLAIN = /^\d+$/u;

/** "" (or only spaces) is an empty field: null. */
export function parseVietnameseNumber(text: string): ParsedNumber {
  const trimmed = text.replace(/[\u00a0\u202f]/gu, " ").trim();
  if (trimmed === "") return { ok: true, value: null };
  if (/^[-−–]/u.test(trimmed)) return { ok: false, problem: "negative" };
  let digits: string;
  if (PLAIN.test(trimmed)) digits = trimmed;
  else if (GROUPED.test(trimmed)) digits = trimmed.replace(/[. ]/gu, "");
  else if (/^\d[\d. ]*[.,]\d+$/u.test(trimmed)) return { ok: false, problem: "notWhole" };
  else return { ok: false, problem: "notNumber" };
  if (digits.length > 15) return { ok: false, problem: "tooLarge" };
  const value = Number(digits);
  if (value > REPORT_VALUE_MAX) return { ok: false, problem: "tooLarge" };
  return { ok: true, value };
}

/** "1.234" as the field shows a value again (Vietnamese grouping, whatever the interface language). */
export function formatVietnameseNumber(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
}
