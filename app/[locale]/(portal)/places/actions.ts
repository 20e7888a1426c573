"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { createPlace } from "@/lib/places/create-place";
import { createPlaceSchema, setPlaceActiveSchema, updatePlaceSchema } from "@/lib/places/schemas";
import { setPlaceActive } from "@/lib/places/set-place-active";
import { updatePlace } from "@/lib/places/update-place";

// Residential areas and organisations of a commune: thin actions over lib/places. A commune
// officer's places are always in their own commune (from the session).

function revalidatePlaces(locale: string, id?: string): void {
  revalidatePaths(`/${locale}/places`, ...(id ? [`/${locale}/places/${id}`] : []));
}

export const createPlaceAction = authAction(
  { schema: createPlaceSchema, permission: "units.edit" },
  async (input, ctx) => {
    const created = await createPlace(ctx, input);
    revalidatePlaces(ctx.locale);
    return created;
  },
);

export const updatePlaceAction = authAction(
  { schema: updatePlaceSchema, permission: "units.edit" },
  async (input, ctx) => {
    const updated = await updatePlace(ctx, input);
    revalidatePlaces(ctx.locale, updated.id);
    return updated;
  },
);

export const setPlaceActiveAction = authAction(
  { schema: setPlaceActiveSchema, permission: "units.edit" },
  async (input, ctx) => {
    const result = await setPlaceActive(ctx, input);
    revalidatePlaces(ctx.locale, result.id);
    return result;
  },
);
