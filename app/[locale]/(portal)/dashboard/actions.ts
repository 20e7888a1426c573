"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { updatePopulationSchema } from "@/lib/dashboards/schemas";
import { updatePopulation } from "@/lib/dashboards/update-population";

// Dashboards: the one write is the ministry administrator's correction of a province's population
// (the national reference data, under the catalog permission).

export const updatePopulationAction = authAction(
  { schema: updatePopulationSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const updated = await updatePopulation(ctx, input);
    revalidatePaths(`/${ctx.locale}/dashboard`, `/${ctx.locale}/dashboard/populations`);
    return updated;
  },
);
