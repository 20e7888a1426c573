"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { createPeriodException, revokePeriodException } from "@/lib/periods/save-exception";
import { createExceptionSchema, revokeExceptionSchema } from "@/lib/periods/schemas";

// A province administrator's extensions and reopenings of a period, with a reason (audited).

const revalidatePeriods = (locale: string) =>
  revalidatePaths(`/${locale}/periods`, `/${locale}/completeness`);

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
