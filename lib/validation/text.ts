import { z } from "zod";
import type { ErrorKey } from "@/lib/i18n/messages";
import { refuse, withExample } from "./issue";

// Text as it may enter the portal. Every text block: a string (an array or an object is refused,
// never turned into "a,b" or "[object Object]"); NFC; trimmed; no NUL or other control character
// (tab and line breaks are white space: a short text makes them one space, a free text keeps
// them); no unpaired surrogate (it would reach PostgreSQL as U+FFFD); a length limit counted after
// normalisation, with a cheap cap on the raw length first so that a 2 MB value is refused before
// any work is done on it.
//
// Invisible and direction-override characters (zero-width spaces and joiners, bidi embeddings,
// overrides and isolates, the BOM, the soft hyphen) are REFUSED, not cleaned: a name containing
// U+202E displays reversed in the users list and the audit trail (a "Trojan Source" spoof), and
// cleaning it silently would store something other than what the sender saw and hide the attempt.
// A value made only of them is empty ("please fill in"), as it looks empty. Search boxes differ:
// there such characters are dropped, as they can match nothing (see searchQuery).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * C0 controls but tab, line feed and carriage return (which are white space: a short text makes them
 * one space, a free text keeps them), DEL and the C1 controls.
 */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

export interface TextOptions {
  max: number;
  /** Keep tab and line breaks (a free text); otherwise every run of white space is one space. */
  multiline?: boolean;
  /** The message when nothing (or nothing visible) was given. */
  requiredKey?: ErrorKey;
  /** The message when the text is too long; it receives {max}. */
  tooLongKey?: ErrorKey;
  example?: string;
}

/** Normalises `raw`, or adds the issue that refuses it. Shared by every text block. */
export function cleanText(raw: string, options: TextOptions, ctx: z.RefinementCtx): string {
  const max = options.max;
  const tooLong = options.tooLongKey ?? "inputTooLong";
  // Decomposed Vietnamese (NFD) takes up to three code units per letter: four is a safe bound.
  if (raw.length > max * 4 + 16) return refuse(ctx, tooLong, { max });
  if (hasLoneSurrogate(raw)) return refuse(ctx, "inputBrokenCharacters");
  if (hasControl(raw)) return refuse(ctx, "inputControlCharacters");
  const visible = withoutInvisible(raw);
  if (visible.trim() === "") return refuse(ctx, options.requiredKey ?? "inputRequired");
  if (visible !== raw) return refuse(ctx, "inputInvisibleCharacters");
  const nfc = raw.normalize("NFC");
  const text = options.multiline
    ? nfc.replace(/\r\n?/g, "\n").trim()
    : nfc.trim().replace(/\s+/gu, " ");
  if (text.length > max) return refuse(ctx, tooLong, { max });
  return text;
}

/** A string: a missing field is "please fill in", an array or an object "this takes text". */
const textInput = (requiredKey: ErrorKey = "inputRequired") =>
  z.string({
    error: (issue) => (issue.input === undefined ? `Errors.${requiredKey}` : "Errors.inputNotText"),
  });

/** A line of text (a title, a place, a username at sign-in): single spaces, at most `max` characters. */
export function shortText(options: TextOptions) {
  const schema = textInput(options.requiredKey).transform((raw, ctx) =>
    cleanText(raw, options, ctx),
  );
  return withExample(schema, options.example ?? "Văn bản mẫu");
}

/** Text of several lines (a note, a description): tab and line breaks kept, \r\n made \n. */
export function freeText(options: TextOptions) {
  const schema = textInput(options.requiredKey).transform((raw, ctx) =>
    cleanText(raw, { ...options, multiline: true }, ctx),
  );
  return withExample(schema, options.example ?? "Dòng một\nDòng hai");
}

export const PERSON_NAME_MAX = 120;

/** A person's name as the database keeps it: NFC, single spaces, some letter in it, ≤ 120 characters. */
export function personName(
  options: Partial<Pick<TextOptions, "max" | "requiredKey" | "tooLongKey">> = {},
) {
  const settings: TextOptions = {
    max: options.max ?? PERSON_NAME_MAX,
    requiredKey: options.requiredKey ?? "fullNameRequired",
    ...(options.tooLongKey ? { tooLongKey: options.tooLongKey } : {}),
  };
  const schema = textInput(settings.requiredKey).transform((raw, ctx) => {
    const name = cleanText(raw, settings, ctx);
    if (typeof name === "string" && !/\p{L}/u.test(name)) return refuse(ctx, "inputNameLetters");
    return name;
  });
  return withExample(schema, "Nguyễn Thị Ánh");
}

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

/** A username as accounts are made: 3–40 of a–z, 0–9, dot, underscore, hyphen; lower-cased. */
export function username(formatKey: ErrorKey = "usernameFormat") {
  const schema = z
    .string({ error: `Errors.${formatKey}` })
    .max(200, { error: `Errors.${formatKey}` })
    .transform((raw) => raw.trim().toLowerCase())
    .pipe(z.string().regex(USERNAME_PATTERN, { error: `Errors.${formatKey}` }));
  return withExample(schema, "nguyen.thi.anh");
}

/**
 * A secret as typed (a password): never trimmed or normalised, as the stored hash was made from
 * exactly these characters; control characters and broken Unicode refused all the same.
 */
export function secret(options: {
  max: number;
  requiredKey?: ErrorKey;
  example?: string;
  /** A policy (the password rules): the message of what is wrong with `value`, if anything. */
  problem?: (value: string) => ErrorKey | undefined;
}) {
  const schema = textInput(options.requiredKey ?? "required").transform((raw, ctx) => {
    if (raw.length > options.max) return refuse(ctx, "inputTooLong", { max: options.max });
    // With a policy, the policy says what an empty value lacks ("at least 10 characters").
    if (raw === "" && !options.problem) return refuse(ctx, options.requiredKey ?? "required");
    if (hasLoneSurrogate(raw)) return refuse(ctx, "inputBrokenCharacters");
    if (hasControl(raw)) return refuse(ctx, "inputControlCharacters");
    // Not fatal: the value stays, so that checks of the whole form (the two passwords match) run too.
    const problem = options.problem?.(raw);
    if (problem) ctx.addIssue({ code: "custom", message: `Errors.${problem}`, continue: true });
    return raw;
  });
  return withExample(schema, options.example ?? "Mat-khau-Vi-du-2026");
}

/**
 * Words typed into a page's search box (a query-string parameter). Lenient where a form is strict:
 * invisible characters are dropped rather than refused (they can match nothing). Still refused:
 * control characters (PostgreSQL refuses a NUL in a text parameter: that was the 500 of
 * /vi/users?q=%00), broken Unicode, an over-long value. An empty search is `undefined`.
 */
export function searchQuery(max = 100) {
  return textInput().transform((raw, ctx): string | undefined => {
    const dropped = withoutInvisible(raw);
    if (dropped.trim() === "") return undefined;
    return cleanText(dropped, { max }, ctx);
  });
}
