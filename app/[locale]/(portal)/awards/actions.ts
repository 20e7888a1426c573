"use server";

import { createAward } from "@/lib/awards/create-award";
import { deleteAward } from "@/lib/awards/delete-award";
import { createAwardSchema, deleteAwardSchema, updateAwardSchema } from "@/lib/awards/schemas";
import { updateAward } from "@/lib/awards/update-award";
import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";

// Awards: thin actions over lib/awards. The province comes from the session.

function revalidateAwards(locale: string, id?: string): void {
  revalidatePaths(`/${locale}/awards`, ...(id ? [`/${locale}/awards/${id}`] : []));
}

export const createAwardAction = authAction(
  { schema: createAwardSchema, permission: "awards.edit" },
  async (input, ctx) => {
    const created = await createAward(ctx, input);
    revalidateAwards(ctx.locale);
    return created;
  },
);

export const updateAwardAction = authAction(
  { schema: updateAwardSchema, permission: "awards.edit" },
  async (input, ctx) => {
    const updated = await updateAward(ctx, input);
    revalidateAwards(ctx.locale, updated.id);
    return updated;
  },
);

export const deleteAwardAction = authAction(
  { schema: deleteAwardSchema, permission: "awards.edit" },
  async (input, ctx) => {
    const deleted = await deleteAward(ctx, input);
    revalidateAwards(ctx.locale, deleted.id);
    return deleted;
  },
);
