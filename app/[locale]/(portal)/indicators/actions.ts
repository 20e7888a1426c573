"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { createIndicator } from "@/lib/catalog/create-indicator";
import { createRule, updateRule } from "@/lib/catalog/save-rule";
import {
  createIndicatorSchema,
  createRuleSchema,
  updateIndicatorSchema,
  updateRuleSchema,
} from "@/lib/catalog/schemas";
import { updateIndicator } from "@/lib/catalog/update-indicator";

// The ministry's indicator catalog: thin actions over lib/catalog (ministry administrator only;
// row-level security refuses anyone else's write too).

const revalidateCatalog = (locale: string) => revalidatePaths(`/${locale}/indicators`);

export const createIndicatorAction = authAction(
  { schema: createIndicatorSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const created = await createIndicator(ctx, input);
    revalidateCatalog(ctx.locale);
    return created;
  },
);

export const updateIndicatorAction = authAction(
  { schema: updateIndicatorSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const updated = await updateIndicator(ctx, input);
    revalidateCatalog(ctx.locale);
    return updated;
  },
);

export const createRuleAction = authAction(
  { schema: createRuleSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const created = await createRule(ctx, input);
    revalidateCatalog(ctx.locale);
    return created;
  },
);

export const updateRuleAction = authAction(
  { schema: updateRuleSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const updated = await updateRule(ctx, input);
    revalidateCatalog(ctx.locale);
    return updated;
  },
);
