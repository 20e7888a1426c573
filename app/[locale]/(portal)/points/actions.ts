"use server";

import { authAction } from "@/lib/auth/guard";
import { expireCompleteness, revalidatePaths } from "@/lib/cache/revalidate";
import { changePointStatus } from "@/lib/points/change-point-status";
import { createPoint } from "@/lib/points/create-point";
import {
  changePointStatusSchema,
  createPointSchema,
  setPointRatingSchema,
  updatePointSchema,
} from "@/lib/points/schemas";
import { setPointRating } from "@/lib/points/set-point-rating";
import { updatePoint } from "@/lib/points/update-point";

// Replication points: thin actions over lib/points. The province comes from the session; the
// domain functions check the commune, model and place against it.

function revalidatePoints(locale: string, id?: string): void {
  revalidatePaths(`/${locale}/points`, ...(id ? [`/${locale}/points/${id}`] : []));
  // A point's dates and status decide in which quarters it is expected to report.
  expireCompleteness();
}

export const createPointAction = authAction(
  { schema: createPointSchema, permission: "points.edit" },
  async (input, ctx) => {
    const created = await createPoint(ctx, input);
    revalidatePoints(ctx.locale);
    return created;
  },
);

export const updatePointAction = authAction(
  { schema: updatePointSchema, permission: "points.edit" },
  async (input, ctx) => {
    const updated = await updatePoint(ctx, input, ctx.locale);
    revalidatePoints(ctx.locale, updated.id);
    return updated;
  },
);

export const changePointStatusAction = authAction(
  { schema: changePointStatusSchema, permission: "points.edit" },
  async (input, ctx) => {
    const changed = await changePointStatus(ctx, input, ctx.locale);
    revalidatePoints(ctx.locale, changed.id);
    return changed;
  },
);

export const setPointRatingAction = authAction(
  { schema: setPointRatingSchema, permission: "points.edit" },
  async (input, ctx) => {
    const rated = await setPointRating(ctx, input);
    revalidatePoints(ctx.locale, rated.id);
    return rated;
  },
);
