import { z } from "zod";
import { freeText, shortText } from "@/lib/validation/fields";
import { refuse, withExample } from "@/lib/validation/issue";

// Field blocks of the report forms (decision 007): the values of a form, the province's comments on
// single fields, and the reports a worklist listed. Each takes an object (the form calls its actions
// with one) or the same as JSON text (a FormData post), and refuses anything else at its field.

export const COMMENT_MAX = 1000;
export const NOTE_MAX = 4000;
const MAX_FIELDS = 200;
const INDICATOR_KEY = /^[1-9]\d{0,8}$/;

/** JSON text (from a FormData post) as the object it holds; anything else as it came. */
const fromJson = (value: unknown, ctx: z.RefinementCtx): unknown => {
  if (typeof value !== "string") return value;
  if (value.length > 200_000) return refuse(ctx, "inputTooLong", { max: 200_000 });
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return refuse(ctx, "reportEntriesInvalid");
  }
};

const plainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const entryText = shortText({ max: 40, tooLongKey: "reportValueInvalid" });
const comment = freeText({ max: COMMENT_MAX, tooLongKey: "textTooLong" });
const blankToNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v;

const entry = z.object(
  {
    /** The value as typed ("1.234"): read by lib/reports/vietnamese-number.ts. */
    value: z.preprocess(blankToNull, entryText.nullable()),
    comment: z.preprocess(blankToNull, comment.nullable()),
  },
  { error: "Errors.reportEntriesInvalid" },
);

/** The fields of a form: indicator id → { value (as typed), comment }. */
export function reportEntries() {
  const schema = z.preprocess(
    fromJson,
    z.custom<Record<string, unknown>>(plainObject, { error: "Errors.reportEntriesInvalid" }).pipe(
      z
        .record(z.string().regex(INDICATOR_KEY, { error: "Errors.reportEntriesInvalid" }), entry, {
          error: "Errors.reportEntriesInvalid",
        })
        .refine((r) => Object.keys(r).length <= MAX_FIELDS, {
          error: "Errors.reportEntriesInvalid",
        }),
    ),
  );
  return withExample(schema, {});
}

/** The province's comments on single fields when it returns a report: indicator id → comment. */
export function fieldNotes() {
  const schema = z.preprocess(
    fromJson,
    z.custom<Record<string, unknown>>(plainObject, { error: "Errors.reportEntriesInvalid" }).pipe(
      z
        .record(
          z.string().regex(INDICATOR_KEY, { error: "Errors.reportEntriesInvalid" }),
          z.preprocess(blankToNull, comment.nullable()),
          { error: "Errors.reportEntriesInvalid" },
        )
        .refine((r) => Object.keys(r).length <= MAX_FIELDS, {
          error: "Errors.reportEntriesInvalid",
        }),
    ),
  );
  return withExample(schema, {});
}

const LISTED = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@([1-9]\d{0,8})$/u;

/** Reports as a worklist listed them, "id@version" (a checkbox each): 1–500 of them. */
export function listedReports() {
  const item = z.string({ error: "Errors.reportsNoneChosen" }).transform((text, ctx) => {
    const match = LISTED.exec(text.trim().toLowerCase());
    if (!match) return refuse(ctx, "reportsNoneChosen");
    const version = Number(match[2]);
    if (version > 2_147_483_647) return refuse(ctx, "reportsNoneChosen");
    return { id: match[1] as string, version };
  });
  const schema = z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z
      .array(item, { error: "Errors.reportsNoneChosen" })
      .min(1, { error: "Errors.reportsNoneChosen" })
      .max(500, { error: "Errors.reportsTooMany" }),
  );
  return withExample(schema, ["0198a3b4-1111-7222-8333-444455556666@1"]);
}
