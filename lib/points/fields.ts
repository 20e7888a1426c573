import { z } from "zod";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import { freeText, intId, oneOf, rowVersion, shortText, uuidId } from "@/lib/validation/fields";
import { withExample } from "@/lib/validation/issue";
import { today } from "./rules";

// Field blocks of the points and places forms. Every message is an Errors.* key.

/** "" or null from a form is "not given". */
export const blankToUndefined = (value: unknown) =>
  value === "" || value === null || (typeof value === "string" && value.trim() === "")
    ? undefined
    : value;

/** Text typed by a person: NFC, trimmed, single spaces. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export const uuid = (key: ErrorKey = "notFound") => uuidId(key);
export const optionalUuid = (key: ErrorKey) => z.preprocess(blankToUndefined, uuid(key).optional());

export const positiveId = (key: ErrorKey) => intId(key);
export const optionalPositiveId = (key: ErrorKey) =>
  z.preprocess(blankToUndefined, positiveId(key).optional());

export const version = rowVersion();

/** A required name: NFC, single spaces, 1–`max` characters. */
export const name = (max = 200) =>
  shortText({ max, requiredKey: "placeNameRequired", tooLongKey: "nameTooLong", example: "Ấp 1" });

/** Optional free text (a note, a reason, a place name), NFC and trimmed; "" is absent. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, freeText({ max, tooLongKey: "textTooLong" }).optional());

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "2016-04-20" (a date input) or "20/04/2016" (typed) → the calendar date at UTC midnight. */
export function parseCalendarDate(text: string): Date | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const dmy = iso ? null : DMY.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date
    : null;
}

/** A calendar date no later than today and not before 1990. */
const pastDateSchema = z.string({ error: fieldError("dateInvalid") }).transform((value, ctx) => {
  const date = parseCalendarDate(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: fieldError("dateInvalid") });
    return z.NEVER;
  }
  if (date.getTime() > today().getTime()) {
    ctx.addIssue({ code: "custom", message: fieldError("dateInFuture") });
    return z.NEVER;
  }
  if (date.getUTCFullYear() < 1990) {
    ctx.addIssue({ code: "custom", message: fieldError("dateTooEarly") });
    return z.NEVER;
  }
  return date;
});
export const pastDate = withExample(pastDateSchema, "20/04/2016");

/** A select of an enum: text in, the enum value out, `key` on anything else. */
export const enumOf = <const T extends Record<string, string>>(values: T, key: ErrorKey) =>
  oneOf<T[keyof T]>(Object.values(values) as T[keyof T][], key);
