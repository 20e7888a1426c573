"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { recordSafetyResult } from "@/lib/safety/record-safety-result";
import { registerSafetyUnit } from "@/lib/safety/register-safety-unit";
import {
  recordSafetyResultSchema,
  registerSafetyUnitSchema,
  setCommuneTitleSchema,
  withdrawSafetyRegistrationSchema,
} from "@/lib/safety/schemas";
import { setCommuneTitle } from "@/lib/safety/set-commune-title";
import { withdrawSafetyRegistration } from "@/lib/safety/withdraw-safety-registration";

// "An toàn về ANTT": thin actions over lib/safety. Province and commune come from the session.

function revalidateSafety(locale: string): void {
  revalidatePaths(`/${locale}/safety`);
}

export const registerSafetyUnitAction = authAction(
  { schema: registerSafetyUnitSchema, permission: "safety.register" },
  async (input, ctx) => {
    const created = await registerSafetyUnit(ctx, input);
    revalidateSafety(ctx.locale);
    return created;
  },
);

export const recordSafetyResultAction = authAction(
  { schema: recordSafetyResultSchema, permission: "safety.edit" },
  async (input, ctx) => {
    const recorded = await recordSafetyResult(ctx, input);
    revalidateSafety(ctx.locale);
    return recorded;
  },
);

export const withdrawSafetyRegistrationAction = authAction(
  { schema: withdrawSafetyRegistrationSchema, permission: "safety.register" },
  async (input, ctx) => {
    const withdrawn = await withdrawSafetyRegistration(ctx, input);
    revalidateSafety(ctx.locale);
    return withdrawn;
  },
);

export const setCommuneTitleAction = authAction(
  { schema: setCommuneTitleSchema, permission: "safety.edit" },
  async (input, ctx) => {
    const saved = await setCommuneTitle(ctx, input);
    revalidateSafety(ctx.locale);
    return saved;
  },
);
