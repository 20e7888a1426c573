import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/messages";
import { refuse, withExample } from "./issue";
import { single } from "./single";
import { asciiDigits } from "./typed-digits";

// Days and moments. A day is what people type, 24/11/2026 (also 24-11-2026, 24.11.2026, 1/2/2026),
// or ISO 2026-11-24; it must exist on the calendar (31/02 does not) and lie within the years the
// portal can mean. It comes out as ISO "yyyy-mm-dd", the form a date column and a link take.

const VIETNAMESE_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-24" from "24/11/2026" or "2026-11-24", or null when it is not a real day. */
export function parseDay(text: string, years = { min: 1900, max: 2100 }): string | null {
  const vietnamese = VIETNAMESE_DAY.exec(text);
  const iso = ISO_DAY.exec(text);
  const parts = vietnamese
    ? [vietnamese[3], vietnamese[2], vietnamese[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < years.min || year > years.max) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

/** A calendar day, typed as dd/mm/yyyy or yyyy-mm-dd: out comes "yyyy-mm-dd". */
export function calendarDate(years?: { min: number; max: number }) {
  const schema = single(
    z.string({ error: "Errors.inputNotDate" }).transform((raw, ctx) => {
      const text = asciiDigits(raw).trim();
      const day = text.length <= 10 ? parseDay(text, years) : null;
      return day ?? refuse(ctx, "inputNotDate");
    }),
  );
  return withExample(schema, "24/11/2026");
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment a form carries back unchanged (the version of a row it was built from: updatedAt for an
 * optimistic lock): an ISO 8601 timestamp or a Date. z.coerce.date() would also take "1e3", 0,
 * [] or "99999999999" and make a date of it.
 */
export function timestamp(key: ErrorKey = "inputNotTimestamp") {
  const schema = single(
    z.union([z.date(), z.string()], { error: `Errors.${key}` }).transform((value, ctx) => {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? refuse(ctx, key) : value;
      const text = value.trim();
      const date = ISO_MOMENT.test(text) ? new Date(text) : null;
      return date && !Number.isNaN(date.getTime()) ? date : refuse(ctx, key);
    }),
  );
  return withExample(schema, "2026-11-24T03:00:00.000Z");
}
