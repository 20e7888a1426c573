"use server";

import { authAction } from "@/lib/auth/guard";
import { expireCompleteness, revalidatePaths } from "@/lib/cache/revalidate";
import { createPeriodException, revokePeriodException } from "@/lib/periods/save-exception";
import { createExceptionSchema, revokeExceptionSchema } from "@/lib/periods/schemas";

// A province administrator's extensions and reopenings of a period, with a reason (audited).

function revalidatePeriods(locale: string): void {
  revalidatePaths(`/${locale}/periods`, `/${locale}/completeness`);
  expireCompleteness();
}

export const createPeriodExceptionAction = authAction(
  { schema: createExceptionSchema, permission: "periods.reopen" },
  async (input, ctx) => {
    const created = await createPeriodException(ctx, input, ctx.locale);
    revalidatePeriods(ctx.locale);
    return created;
  },
);

export const revokePeriodExceptionAction = authAction(
  { schema: revokeExceptionSchema, permission: "periods.reopen" },
  async (input, ctx) => {
    const revoked = await revokePeriodException(ctx, input);
    revalidatePeriods(ctx.locale);
    return revoked;
  },
);
