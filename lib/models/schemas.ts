import { z } from "zod";
import { ModelField, ModelStatus, RecognitionLevel } from "@/lib/generated/prisma/enums";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import { freeText, intId, oneOf, rowVersion, shortText, uuidId } from "@/lib/validation/fields";
import { withExample } from "@/lib/validation/issue";
import { parseDay, todayInVietnam } from "./dates";

// What the models forms send (FormData from a browser, plain objects from tests). Every message is
// a key of the "Errors" namespace, shown beside its field.

export const MODEL_NAME_MAX = 200;
export const MODEL_TEXT_MAX = 4_000;
export const SHORT_TEXT_MAX = 200;

/** Text typed by a person: NFC, single spaces, trimmed ("" when nothing). */
export function cleanText(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFC").replace(/\s+/gu, " ").trim() : value;
}

/** Longer text keeps its line breaks; only NFC and the ends trimmed. */
function cleanLongText(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFC").trim() : value;
}

const emptyToUndefined = (value: unknown) =>
  value === "" || value === null || value === undefined ? undefined : value;

const requiredText = (max: number, required: ErrorKey, tooLong: ErrorKey) =>
  shortText({ max, requiredKey: required, tooLongKey: tooLong, example: "Câu lạc bộ mẫu" });

const optionalText = (max: number, clean: (value: unknown) => unknown = cleanText) =>
  z.preprocess(
    (value) => emptyToUndefined(typeof value === "string" && value.trim() === "" ? "" : value),
    (clean === cleanText
      ? shortText({ max, tooLongKey: "textTooLong" })
      : freeText({ max, tooLongKey: "textTooLong" })
    ).optional(),
  );

/** A calendar date typed as 20/04/2016 (or sent as 2016-04-20), not after today. */
const pastDay = z.string({ error: fieldError("dateInvalid") }).transform((text, ctx) => {
  const value = parseDay(text);
  if (!value) {
    ctx.addIssue({ code: "custom", message: fieldError("dateInvalid") });
    return z.NEVER;
  }
  if (value.getTime() > todayInVietnam().getTime()) {
    ctx.addIssue({ code: "custom", message: fieldError("dateInFuture") });
    return z.NEVER;
  }
  return value;
});
const optionalPastDay = z.preprocess(
  (value) => emptyToUndefined(typeof value === "string" ? value.trim() : value),
  pastDay.optional(),
);
const requiredPastDay = withExample(
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z
      .string({ error: fieldError("dateRequired") })
      .min(1, { error: fieldError("dateRequired") })
      .pipe(pastDay),
  ),
  "20/04/2016",
);

const optionalId = (key: ErrorKey) => z.preprocess(emptyToUndefined, intId(key).optional());

/**
 * Where the model began: a commune of today ("c:123") or a pre-2025 commune ("f:456"), picked in
 * the form's search; nothing ("") when not known.
 */
export type OriginChoice = { kind: "commune" | "former"; id: number } | undefined;
const origin = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: fieldError("modelOriginInvalid") })
    .regex(/^[cf]:[1-9][0-9]{0,9}$/, { error: fieldError("modelOriginInvalid") })
    .transform((text): OriginChoice => {
      const id = Number(text.slice(2));
      return { kind: text.startsWith("c:") ? "commune" : "former", id };
    })
    .optional(),
);

const modelId = uuidId("notFound");
const version = rowVersion();

const modelFields = {
  name: requiredText(MODEL_NAME_MAX, "modelNameRequired", "modelNameTooLong"),
  field: oneOf(ModelField, "modelFieldRequired"),
  description: optionalText(MODEL_TEXT_MAX, cleanLongText),
  goals: optionalText(MODEL_TEXT_MAX, cleanLongText),
  /** The ministry names the origin province of a catalog model; a province's are its own. */
  originProvinceId: optionalId("modelOriginInvalid"),
  origin,
  launchedOn: optionalPastDay,
};

export const createModelSchema = z.object(modelFields);

export const updateModelSchema = z.object({ id: modelId, version, ...modelFields });

export const setModelStatusSchema = z
  .object({
    id: modelId,
    version,
    status: oneOf(ModelStatus, "required"),
    retiredOn: optionalPastDay,
    retiredReason: optionalText(SHORT_TEXT_MAX * 5),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "INACTIVE") return;
    if (!value.retiredOn)
      ctx.addIssue({ code: "custom", path: ["retiredOn"], message: fieldError("dateRequired") });
    if (!value.retiredReason)
      ctx.addIssue({
        code: "custom",
        path: ["retiredReason"],
        message: fieldError("retireReasonRequired"),
      });
  });

export const addRecognitionSchema = z.object({
  modelId,
  level: oneOf(RecognitionLevel, "recognitionLevelNotAllowed"),
  issuer: requiredText(SHORT_TEXT_MAX, "issuerRequired", "textTooLong"),
  decisionNumber: optionalText(60),
  decidedOn: requiredPastDay,
  note: optionalText(SHORT_TEXT_MAX * 5),
});

export const removeRecognitionSchema = z.object({
  id: uuidId("notFound"),
});

export type ModelInput = z.output<typeof createModelSchema>;
export type UpdateModelInput = z.output<typeof updateModelSchema>;
export type SetModelStatusInput = z.output<typeof setModelStatusSchema>;
export type AddRecognitionInput = z.output<typeof addRecognitionSchema>;
export type RemoveRecognitionInput = z.output<typeof removeRecognitionSchema>;
