import { z } from "zod";
import { type PasswordProblem, passwordProblem } from "@/lib/auth/password-policy";
import { Role } from "@/lib/generated/prisma/enums";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import { normaliseFullName } from "./user-record";

// The shapes the users and account forms send (FormData from a browser, plain objects from tests),
// with every message a key of the "Errors" namespace, shown next to its field.

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
export const FULL_NAME_MAX = 120;

export const PASSWORD_PROBLEM_KEYS: Record<PasswordProblem, ErrorKey> = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  common: "passwordCommon",
  containsUsername: "passwordContainsUsername",
};

const username = z
  .string({ error: fieldError("usernameFormat") })
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, { error: fieldError("usernameFormat") });

const fullName = z
  .string({ error: fieldError("fullNameRequired") })
  .transform(normaliseFullName)
  .pipe(
    z
      .string()
      .min(1, { error: fieldError("fullNameRequired") })
      .max(FULL_NAME_MAX, { error: fieldError("fullNameTooLong") }),
  );

// Text in, a Role out: a form (or a caller) sends a string, the enum decides.
const role = z
  .string({ error: fieldError("roleNotAllowed") })
  .pipe(z.enum(Role, { error: fieldError("roleNotAllowed") }));

/** An id from a select: "" (nothing chosen) is absent; FormData sends text, hence the coercion. */
const optionalId = (key: ErrorKey) =>
  z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce
      .number({ error: fieldError(key) })
      .int({ error: fieldError(key) })
      .positive({ error: fieldError(key) })
      .optional(),
  );

const userId = z.uuid({ error: fieldError("notFound") });

export const createUserSchema = z.object({
  username,
  fullName,
  role,
  // Only the ministry names a province (for a province administrator); a province's own users
  // always get the administrator's province, whatever is sent here.
  provinceId: optionalId("provinceRequired"),
  communeId: optionalId("communeRequired"),
});

export const updateUserSchema = z.object({
  id: userId,
  fullName,
  role,
  provinceId: optionalId("provinceRequired"),
  communeId: optionalId("communeRequired"),
  /** The version the form was built from: a save over someone else's newer change is refused. */
  version: z.coerce
    .number({ error: fieldError("conflict") })
    .int({ error: fieldError("conflict") })
    .min(1, { error: fieldError("conflict") })
    .max(2_147_483_647, { error: fieldError("conflict") }),
});

export const setUserActiveSchema = z.object({
  id: userId,
  active: z.stringbool({ error: fieldError("required") }),
});

export const resetPasswordSchema = z.object({ id: userId });

const newPassword = z.string({ error: fieldError("required") }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem)
    ctx.addIssue({ code: "custom", message: fieldError(PASSWORD_PROBLEM_KEYS[problem]) });
});

// Loose: whatever else a request carries (a user id, say) is ignored, as the password changed is
// always the caller's own.
export const changeOwnPasswordSchema = z
  .looseObject({
    currentPassword: z
      .string({ error: fieldError("required") })
      .min(1, { error: fieldError("required") })
      .max(256, { error: fieldError("currentPasswordWrong") }),
    newPassword,
    confirmPassword: z
      .string({ error: fieldError("required") })
      .min(1, { error: fieldError("required") }),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: fieldError("passwordMismatch"),
      });
    }
  });

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type SetUserActiveInput = z.output<typeof setUserActiveSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;
