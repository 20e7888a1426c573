"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { createPeriodException, revokePeriodException } from "@/lib/periods/save-exception";
import {
  createExceptionSchema,
  revokeExceptionSchema,
  setPeriodDatesSchema,
} from "@/lib/periods/schemas";
import { setPeriodDates } from "@/lib/periods/set-period-dates";

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

// The ministry administrator's deadline and closing days of a period (and of the later ones).
export const setPeriodDatesAction = authAction(
  { schema: setPeriodDatesSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const result = await setPeriodDates(ctx, input, ctx.locale);
    revalidatePaths(
      `/${ctx.locale}/periods`,
      `/${ctx.locale}/completeness`,
      `/${ctx.locale}/reports`,
    );
    return result;
  },
);
