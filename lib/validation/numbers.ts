import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/messages";
import { refuse, withExample } from "./issue";
import { single } from "./single";
import { asciiDigits, wholeNumberDigits } from "./typed-digits";

// Whole numbers as forms and query strings send them. Decimal digits only: z.coerce.number()
// would read "0x10" as 16, "1e3" as 1000, "" as 0 and ["5"] as 5, and a value past a column's
// range reaches PostgreSQL and fails there ("integer out of range": a 500). Here the range is the
// column's (int4 by default) and anything else is a message at the field. Spaces around the digits
// are trimmed; a sign, a decimal point, an exponent or a hexadecimal prefix is refused. Full-width
// digits and no-break spaces (phone keyboards, input methods, copied figures) are read as ASCII
// (./typed-digits); a count may group its thousands as Vietnamese write them (1.522, 1 522).

export const INT4_MAX = 2_147_483_647;
export const INT8_MAX = 9_223_372_036_854_775_807n;

interface IntegerOptions {
  min: number;
  max: number;
  /** The message for anything that is not a whole number in range (default: say what is wrong). */
  key?: ErrorKey;
  example?: number;
  /** Accept thousands grouped by dots or spaces ("1.522"): counts typed by people, not ids. */
  grouped?: boolean;
}

function readInteger(
  value: number | string,
  ctx: z.RefinementCtx,
  options: IntegerOptions,
): number {
  const outOfRange = () =>
    refuse(ctx, options.key ?? "inputOutOfRange", { min: options.min, max: options.max });
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) return refuse(ctx, options.key ?? "inputNotInteger");
    return value < options.min || value > options.max ? outOfRange() : value;
  }
  const digits = options.grouped ? (wholeNumberDigits(value) ?? "") : asciiDigits(value).trim();
  if (!/^\d{1,20}$/.test(digits)) return refuse(ctx, options.key ?? "inputNotInteger");
  const number = BigInt(digits);
  if (number < BigInt(options.min) || number > BigInt(options.max)) return outOfRange();
  return Number(number);
}

/** A whole number in [min, max] (within int4 unless told), from a number or decimal digits. */
export function integer(options: IntegerOptions) {
  const schema = single(
    z
      .union([z.number(), z.string()], { error: `Errors.${options.key ?? "inputNotInteger"}` })
      .transform((value, ctx) => readInteger(value, ctx, options)),
  );
  return withExample(schema, options.example ?? options.min);
}

/** A count: 0 … 2,147,483,647 (an int4 column), thousands grouped or not ("1.522"). */
export function count(options: { max?: number; key?: ErrorKey } = {}) {
  return integer({
    min: 0,
    max: options.max ?? INT4_MAX,
    grouped: true,
    ...(options.key ? { key: options.key } : {}),
  });
}

/** The id of a row with a serial key (a province, a commune): 1 … 2,147,483,647. */
export function intId(key: ErrorKey = "inputNotId") {
  return integer({ min: 1, max: INT4_MAX, key, example: 1 });
}

/**
 * The version an edit form was read at (docs/decisions/004): a save over a newer version is a
 * conflict, so an unreadable one is answered as a conflict too.
 */
export function rowVersion(key: ErrorKey = "conflict") {
  return integer({ min: 1, max: INT4_MAX, key, example: 1 });
}

/** The id of a row with a uuid key (a user). */
export function uuidId(key: ErrorKey = "inputNotId") {
  const schema = z.string({ error: `Errors.${key}` }).pipe(z.uuid({ error: `Errors.${key}` }));
  return withExample(schema, "0198a3b4-1111-7222-8333-444455556666");
}

/**
 * An amount in whole đồng, as a bigint (a bigint column): digits, optionally grouped by thousands
 * with dots or spaces as Vietnamese write it ("1.500.000"). "1.5" or "1,5" is refused: a đồng has
 * no fraction, and guessing which separator was meant is how amounts go wrong by a factor of 1000.
 */
export function money(options: { max?: bigint } = {}) {
  const max = options.max ?? INT8_MAX;
  const input = z.union([z.bigint(), z.number(), z.string()], { error: "Errors.inputNotMoney" });
  const schema = single(
    input.transform((value, ctx): bigint => {
      if (typeof value === "number" && !Number.isSafeInteger(value))
        return refuse(ctx, "inputNotMoney");
      if (typeof value !== "string") {
        const amount = BigInt(value);
        if (amount < 0n || amount > max)
          return refuse(ctx, "inputOutOfRange", { min: "0", max: max.toString() });
        return amount;
      }
      const digits = wholeNumberDigits(value);
      if (digits === null || digits.length > 25) return refuse(ctx, "inputNotMoney");
      const amount = BigInt(digits);
      if (amount > max) return refuse(ctx, "inputOutOfRange", { min: "0", max: max.toString() });
      return amount;
    }),
  );
  return withExample(schema, "1.500.000");
}
