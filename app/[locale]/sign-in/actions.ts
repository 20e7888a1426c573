"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { authenticate } from "@/lib/auth/authenticate";
import { FormError } from "@/lib/auth/errors";
import { authAction } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/safe-next";
import { endSession } from "@/lib/auth/sign-out";
import { fieldError } from "@/lib/i18n/messages";

const signInSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, { error: fieldError("required") })
    .max(64),
  password: z
    .string()
    .min(1, { error: fieldError("required") })
    .max(256),
  next: z.string().max(500).optional(),
});

export const signInAction = authAction(
  { schema: signInSchema, permission: "public" },
  async (input, context) => {
    const result = await authenticate({ ...input, ip: context.ip, userAgent: context.userAgent });
    if (!result.ok) {
      throw result.reason === "throttled"
        ? new FormError("throttled", { minutes: result.retryAfterMinutes })
        : new FormError("invalidCredentials");
    }
    await signIn("credentials", { sessionToken: result.sessionToken, redirect: false });
    redirect(
      result.mustChangePassword
        ? `/${context.locale}/account/password`
        : safeNextPath(input.next, context.locale),
    );
  },
);

export const signOutAction = authAction(
  { schema: z.object({}), permission: "signed-in", allowWhilePasswordDue: true },
  async (_input, context) => {
    await endSession(context);
    await signOut({ redirect: false });
    redirect(`/${context.locale}/sign-in`);
  },
);
