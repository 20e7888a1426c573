import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { provinceWhere } from "@/lib/auth/scope";

/** The provinces a worklist may be asked for (the ministry: all; others: their own), and their communes. */
export async function listWorklistUnits(ctx: AuthContext, provinceId: number | null) {
  return inScope(ctx, async (tx) => {
    const provinces = await tx.province.findMany({
      where: provinceWhere(ctx.scope).provinceId ? { id: provinceWhere(ctx.scope).provinceId } : {},
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const communes = provinceId
      ? await tx.commune.findMany({
          where: {
            provinceId,
            ...(ctx.scope.level === "COMMUNE" ? { id: ctx.scope.communeId } : {}),
          },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
    return { provinces, communes };
  });
}
