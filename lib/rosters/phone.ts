// Vietnamese mobile numbers, accepted as people type them (0912 345 678, 0912.345.678,
// +84 912 345 678, 84912345678, (+84) 912-345-678, +84 0912 345 678, 0084 912 345 678) and kept in
// one form, E.164: +84912345678. Mobile numbers are 10 digits nationally: 0, then the networks'
// prefixes since the 2018 renumbering (03[2-9], 05[2689], 07[06-9], 08[1-9], 09x), then 7 digits.

import { asciiDigits } from "@/lib/validation/typed-digits";

const MOBILE = /^(?:(?:\+|00)?84)?0?((?:3[2-9]|5[2689]|7[06-9]|8[1-9]|9[0-9])[0-9]{7})$/;

/** The number in E.164 (+84…), or null when it is not a Vietnamese mobile number. */
export function normalisePhone(typed: string): string | null {
  // Full-width digits, "＋" and wide spaces read as ASCII (lib/validation/typed-digits).
  const compact = asciiDigits(typed)
    .replace(/[\s.\-()/]/gu, "")
    .replace(/^['\u2019]/u, ""); // a spreadsheet's text mark: '0912345678
  // A bare 9-digit subscriber number is too easily a typo: national numbers start with 0.
  if (/^[1-9][0-9]{8}$/.test(compact)) return null;
  const match = MOBILE.exec(compact);
  return match ? `+84${match[1] ?? ""}` : null;
}

/** As Vietnamese write it: 0912 345 678. */
export function formatPhone(stored: string): string {
  const national = stored.startsWith("+84") ? `0${stored.slice(3)}` : stored;
  return national.replace(/^(\d{4})(\d{3})(\d+)$/u, "$1 $2 $3");
}

/** Shown to a viewer who may not see it: the last four digits only, grouped as the number is. */
export function maskPhone(stored: string): string {
  return `•••• ••${stored.slice(-4, -3)} ${stored.slice(-3)}`;
}
