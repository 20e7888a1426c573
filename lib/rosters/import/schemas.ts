import { z } from "zod";
import { fieldError } from "@/lib/i18n/messages";
import { intId, optional, shortText, uuidId } from "@/lib/validation/fields";
import { withExample } from "@/lib/validation/issue";

// What the import page sends. The file itself travels as a File (React serialises it for the
// action); FormData would carry only its name.

export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const communeId = optional(intId("communeRequired"));

/** formerCommuneId → communeId, as JSON text (a form field) or an object. */
const choices = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value ?? {};
    try {
      return JSON.parse(value === "" ? "{}" : value) as unknown;
    } catch {
      return null;
    }
  },
  z.record(z.string().regex(/^\d{1,10}$/u), z.number().int().positive(), {
    error: fieldError("importChoicesInvalid"),
  }),
);

const file = withExample(
  z
    .instanceof(File, { error: fieldError("importFileRequired") })
    .refine((f) => f.size > 0, { error: fieldError("importFileRequired") })
    .refine((f) => f.size <= MAX_FILE_BYTES, { error: fieldError("importFileTooLarge") }),
  new File(["Họ và tên\n"], "danh-sach.csv", { type: "text/csv" }),
);

export const previewQuerySchema = z.object({ communeId });

export const commitImportSchema = z.object({
  communeId,
  file,
  choices,
  /** The officer's note confirming members outside 18–70 (the commune chair's decision). */
  ageNote: optional(shortText({ max: 500, tooLongKey: "ageNoteTooLong" })).transform(
    (v) => v ?? "",
  ),
});

export const undoImportSchema = z.object({ id: uuidId("notFound") });

export type CommitImportInput = z.output<typeof commitImportSchema>;
export type UndoImportInput = z.output<typeof undoImportSchema>;
