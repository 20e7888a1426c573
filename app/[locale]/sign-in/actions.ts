"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { authenticate } from "@/lib/auth/authenticate";
import { FormError } from "@/lib/auth/errors";
import { authAction } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/safe-next";
import { endSession } from "@/lib/auth/sign-out";
import { optional, secret, shortText } from "@/lib/validation/fields";

// The username as typed (any text: a refusal must not say whether such an account exists, so its
// format is not checked here), the password exactly as typed, and where to go next.
const signInSchema = z.object({
  username: shortText({ max: 64, requiredKey: "required", example: "nguyen.thi.anh" }),
  password: secret({ max: 256 }),
  next: optional(shortText({ max: 500, example: "/vi/users" })),
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
