// Whole numbers as Vietnamese officers type them: "1.234" and "1 234" are 1234 (dots or spaces group
// the thousands), "1234" is 1234. A decimal comma ("1,5"), a dot not followed by exactly three
// digits ("1.5"), a sign or anything else is refused with the reason, shown at the field. Pure: the
// form (as the officer types) and the server (on save) read the same way. Full-width digits
// ("１．２３４") and no-break spaces are read as their ASCII forms first (lib/validation/typed-digits).

import { asciiDigits, wholeNumberDigits } from "@/lib/validation/typed-digits";

export type NumberProblem = "notNumber" | "notWhole" | "negative" | "tooLarge";

export type ParsedNumber =
  { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/** The largest value a report field takes: a count of people or đồng well below 2^53. */
export const REPORT_VALUE_MAX = 999_999_999_999;

/** "" (or only spaces) is an empty field: null. Full-width digits and no-break spaces read as ASCII. */
export function parseVietnameseNumber(text: string): ParsedNumber {
  const trimmed = asciiDigits(text).trim();
  if (trimmed === "") return { ok: true, value: null };
  if (/^[-−–]/u.test(trimmed)) return { ok: false, problem: "negative" };
  const digits = wholeNumberDigits(trimmed);
  if (digits === null)
    return /^\d[\d. ]*[.,]\d+$/u.test(trimmed)
      ? { ok: false, problem: "notWhole" }
      : { ok: false, problem: "notNumber" };
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
