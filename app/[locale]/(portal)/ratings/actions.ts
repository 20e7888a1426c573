"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { setTeamRatingSchema } from "@/lib/ratings/schemas";
import { setTeamRating } from "@/lib/ratings/set-team-rating";

// Yearly ratings of grassroots security teams (points are rated on their own page).

export const setTeamRatingAction = authAction(
  { schema: setTeamRatingSchema, permission: "ratings.edit" },
  async (input, ctx) => {
    const rated = await setTeamRating(ctx, input);
    revalidatePaths(`/${ctx.locale}/ratings`);
    return rated;
  },
);
