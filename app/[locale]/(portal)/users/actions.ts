"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import {
  createUserSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUser } from "@/lib/users/update-user";

// User administration: thin actions over lib/users. Role and scope come from the session (the
// guard); the domain functions decide whom the caller may manage.

function revalidateUsers(locale: string, id?: string): void {
  revalidatePaths(`/${locale}/users`, ...(id ? [`/${locale}/users/${id}`] : []));
}

export const createUserAction = authAction(
  { schema: createUserSchema, permission: "users.manage" },
  async (input, ctx) => {
    const created = await createUser(ctx, input);
    revalidateUsers(ctx.locale);
    return created;
  },
);

export const updateUserAction = authAction(
  { schema: updateUserSchema, permission: "users.manage" },
  async (input, ctx) => {
    const updated = await updateUser(ctx, input);
    revalidateUsers(ctx.locale, updated.id);
    return { id: updated.id, version: updated.version };
  },
);

export const setUserActiveAction = authAction(
  { schema: setUserActiveSchema, permission: "users.manage" },
  async (input, ctx) => {
    const result = await setUserActive(ctx, input);
    revalidateUsers(ctx.locale, result.id);
    return result;
  },
);

export const resetPasswordAction = authAction(
  { schema: resetPasswordSchema, permission: "users.manage" },
  async (input, ctx) => {
    const reset = await resetPassword(ctx, input);
    revalidateUsers(ctx.locale, reset.id);
    return {
      id: reset.id,
      username: reset.username,
      oneTimePassword: reset.oneTimePassword,
      sessionsEnded: reset.sessionsEnded,
    };
  },
);
