// Vietnamese mobile numbers, accepted as people type them (0912 345 678, 0912.345.678,
// +84 912 345 678, 84912345678, (+84) 912-345-678) and kept in one form, E.164: +84912345678.
// Mobile numbers are 10 digits nationally: 0 and a network prefix 3, 5, 7, 8 or 9, then 8 digits.

const MOBILE = /^(?:\+?84|0)([35789][0-9]{8})$/;

/** The number in E.164 (+84…), or null when it is not a Vietnamese mobile number. */
export function normalisePhone(typed: string): string | null {
  const compact = typed.normalize("NFKC").replace(/[\s.\-()]/gu, "");
  const match = MOBILE.exec(compact);
  return match ? `+84${match[1] ?? ""}` : null;
}

/** As Vietnamese write it: 0912 345 678. */
export function formatPhone(stored: string): string {
  const national = stored.startsWith("+84") ? `0${stored.slice(3)}` : stored;
  return national.replace(/^(\d{4})(\d{3})(\d+)$/u, "$1 $2 $3");
}

/** Shown to a viewer who may not see it: the last four digits only. */
export function maskPhone(stored: string): string {
  return `•••• ••${stored.slice(-4, -3)} ${stored.slice(-3)}`;
}
