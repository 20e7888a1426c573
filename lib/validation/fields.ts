import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/messages";
import { fieldExamples, withExample } from "./issue";
import { single } from "./single";

// The building blocks every schema of the portal is made of (STYLE.md: one way to take input).
// Each refuses hostile input with a message key of the "Errors" namespace, shown at its field —
// never a thrown error, never a value PostgreSQL then refuses with a 500. See
// docs/decisions/007-input-building-blocks.md.

export { calendarDate, parseDay, timestamp } from "./dates";
export { fieldExamples } from "./issue";
export { count, integer, intId, INT4_MAX, INT8_MAX, money, rowVersion, uuidId } from "./numbers";
export { single } from "./single";
export { asciiDigits, wholeNumberDigits } from "./typed-digits";
export {
  cleanText,
  freeText,
  PERSON_NAME_MAX,
  personName,
  searchQuery,
  secret,
  shortText,
  USERNAME_PATTERN,
  username,
} from "./text";

/** One of a fixed set of values (a list, or an enum object such as Prisma's Role): text in, the value out. */
export function oneOf<const V extends string>(
  values: readonly V[] | Readonly<Record<string, V>>,
  key: ErrorKey = "inputNotChoice",
  example?: NoInfer<V>,
) {
  const list = (Array.isArray(values) ? values : Object.values(values)) as [V, ...V[]];
  const schema = single(
    z.string({ error: `Errors.${key}` }).pipe(z.enum(list, { error: `Errors.${key}` })),
  );
  return withExample(schema, example ?? list[0]);
}

/** A yes/no from a form ("true"/"false", "on"/"off", "1"/"0") or a boolean. */
export function flag(key: ErrorKey = "required") {
  const schema = single(
    z.union([z.boolean(), z.stringbool({ error: `Errors.${key}` })], { error: `Errors.${key}` }),
  );
  return withExample(schema, "true");
}

/**
 * The field may be left out: undefined, null, "" and white space (what an empty input or an empty
 * select sends) are absent; anything else must satisfy `schema`.
 */
export function optional<S extends z.ZodType>(schema: S) {
  const wrapped = z.preprocess<unknown, z.ZodOptional<S>, z.input<S> | null | undefined>(
    (value) =>
      value === null || (typeof value === "string" && value.trim() === "") ? undefined : value,
    schema.optional(),
  );
  return wrapped;
}

/** The example value of a building block, if it is one (for tests that build valid input). */
export function exampleOf(schema: z.ZodType): { example: unknown } | undefined {
  return fieldExamples.get(schema);
}

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * One query-string parameter of a page read with a building block. A page never fails on its
 * query: a bad value (repeated, too long, a NUL, "0x10") is reported as `invalid` and left out.
 */
export function readSearchParam<S extends z.ZodType>(
  params: SearchParams,
  name: string,
  schema: S,
): { value: z.output<S> | undefined; invalid: boolean } {
  const raw = params[name];
  if (raw === undefined || (typeof raw === "string" && raw.trim() === ""))
    return { value: undefined, invalid: false };
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { value: parsed.data, invalid: false }
    : { value: undefined, invalid: true };
}
