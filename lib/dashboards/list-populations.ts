import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";

/** The 34 provinces with their population, its source and the version the form edits. */
export function listPopulations(ctx: AuthContext) {
  return inScope(ctx, (tx) =>
    tx.province.findMany({
      select: {
        id: true,
        name: true,
        shortName: true,
        population: true,
        populationSource: true,
        populationVersion: true,
      },
      orderBy: { shortName: "asc" },
    }),
  );
}
