"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { revealPerson } from "@/lib/rosters/reveal-person";
import { revealPersonSchema, updatePersonSchema } from "@/lib/rosters/schemas";
import { updatePerson } from "@/lib/rosters/update-person";

// A person of the rosters: corrections, and the audited reveal of a citizen ID or phone.

export const updatePersonAction = authAction(
  { schema: updatePersonSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const updated = await updatePerson(ctx, input);
    revalidatePaths(`/${ctx.locale}/people/${updated.id}`, `/${ctx.locale}/teams`);
    return updated;
  },
);

export const revealPersonAction = authAction(
  { schema: revealPersonSchema, permission: "rosters.citizen-id" },
  (input, ctx) => revealPerson(ctx, input),
);
