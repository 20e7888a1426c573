"use server";

import { redirect } from "next/navigation";
import { authAction } from "@/lib/auth/guard";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/users/schemas";

// Everyone changes their own password here, also (and first of all) while a change is due after a
// new account or a reset: the one action that runs while the password is due.
export const changeOwnPasswordAction = authAction(
  { schema: changeOwnPasswordSchema, permission: "account.password", allowWhilePasswordDue: true },
  async (input, ctx) => {
    const result = await changeOwnPassword(ctx, input);
    // A one-time password replaced: the portal opens. Otherwise stay here and say what happened.
    if (result.wasDue) redirect(`/${ctx.locale}`);
    return { otherSessionsEnded: result.otherSessionsEnded };
  },
);
