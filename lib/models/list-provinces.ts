import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { ProvinceRef } from "./types";

/** The 34 provinces, for the ministry's filters and origin choice. */
export async function listProvinceRefs(ctx: AuthContext): Promise<ProvinceRef[]> {
  return inScope(ctx, async (tx) => {
    const rows = await tx.province.findMany({
      select: { id: true, shortName: true, kind: true },
      orderBy: { shortName: "asc" },
    });
    return rows.map((p) => ({ id: p.id, name: p.shortName, kind: p.kind }));
  });
}

/** The viewer's own province (null for the ministry). */
export async function scopeProvince(ctx: AuthContext): Promise<ProvinceRef | null> {
  if (ctx.scope.level === "NATION") return null;
  const provinceId = ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const p = await tx.province.findUnique({
      where: { id: provinceId },
      select: { id: true, shortName: true, kind: true },
    });
    return p ? { id: p.id, name: p.shortName, kind: p.kind } : null;
  });
}
