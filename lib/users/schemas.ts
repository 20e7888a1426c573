import { z } from "zod";
import { type PasswordProblem, passwordProblem } from "@/lib/auth/password-policy";
import { Role } from "@/lib/generated/prisma/enums";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import {
  flag,
  intId,
  oneOf,
  optional,
  personName,
  secret,
  rowVersion,
  username,
  uuidId,
} from "@/lib/validation/fields";

// The shapes the users and account forms send (FormData from a browser, plain objects from tests),
// with every message a key of the "Errors" namespace, shown next to its field.

export const PASSWORD_PROBLEM_KEYS: Record<PasswordProblem, ErrorKey> = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  common: "passwordCommon",
  containsUsername: "passwordContainsUsername",
};

const fullName = personName({ requiredKey: "fullNameRequired", tooLongKey: "fullNameTooLong" });

// Text in, a Role out: a form (or a caller) sends a string, the enum decides.
// (Its example, for tests that build a valid form, is the role the ministry manages.)
const role = oneOf(Role, "roleNotAllowed", "PROVINCE_ADMIN");

/** An id from a select: "" (nothing chosen) is absent. */
const optionalId = (key: ErrorKey) => optional(intId(key));

const userId = uuidId("notFound");

export const createUserSchema = z.object({
  username: username(),
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
  version: rowVersion(),
});

export const setUserActiveSchema = z.object({
  id: userId,
  active: flag("required"),
});

export const resetPasswordSchema = z.object({ id: userId });

// Passwords are taken as typed (secret: never trimmed or normalised); the policy caps the new one
// at 128 characters, the current one is capped only so that no one hashes a megabyte.
const NEW_PASSWORD_EXAMPLE = "Mat-khau-Moi-2026-Vi-du";
const newPassword = secret({
  max: 1024,
  example: NEW_PASSWORD_EXAMPLE,
  problem: (value) => {
    const problem = passwordProblem(value);
    return problem ? PASSWORD_PROBLEM_KEYS[problem] : undefined;
  },
});

// Loose: whatever else a request carries (a user id, say) is ignored, as the password changed is
// always the caller's own.
export const changeOwnPasswordSchema = z
  .looseObject({
    currentPassword: secret({ max: 256 }),
    newPassword,
    confirmPassword: secret({ max: 1024, example: NEW_PASSWORD_EXAMPLE }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: fieldError("passwordMismatch"),
    // Also beside other fields' errors, as long as both passwords are text to compare.
    when: ({ value }) => bothText(value),
  });

function bothText(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { newPassword: typed, confirmPassword: again } = value as Record<string, unknown>;
  return typeof typed === "string" && typeof again === "string";
}

export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type SetUserActiveInput = z.output<typeof setUserActiveSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;
