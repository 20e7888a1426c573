import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";

/** The id of the period of a year's quarter, or null when there is none. */
export async function findPeriodId(
  ctx: AuthContext,
  year: number,
  quarter: number,
): Promise<number | null> {
  return inScope(ctx, async (tx) => {
    const period = await tx.reportingPeriod.findUnique({
      where: { year_quarter: { year, quarter } },
      select: { id: true },
    });
    return period?.id ?? null;
  });
}
