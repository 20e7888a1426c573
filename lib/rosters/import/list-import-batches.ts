import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";

export interface ImportBatchItem {
  id: string;
  communeName: string;
  username: string;
  fileName: string;
  rowCount: number;
  personCount: number;
  membershipCount: number;
  status: "COMMITTED" | "UNDONE";
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy: string | null;
}

/** The latest imports in the caller's scope (a province officer may narrow to one commune). */
export async function listImportBatches(
  ctx: AuthContext,
  filter: { communeId?: number } = {},
): Promise<ImportBatchItem[]> {
  return inScope(ctx, async (tx) => {
    const rows = await tx.importBatch.findMany({
      where: {
        ...tenantWhere(ctx.scope),
        ...(filter.communeId !== undefined && ctx.scope.level !== "COMMUNE"
          ? { communeId: filter.communeId }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        username: true,
        fileName: true,
        rowCount: true,
        personCount: true,
        membershipCount: true,
        status: true,
        createdAt: true,
        undoneAt: true,
        undoneBy: true,
        commune: { select: { name: true } },
      },
    });
    return rows.map(({ commune, ...row }) => ({ ...row, communeName: commune.name }));
  });
}

/** The communes a province officer may import for (a commune officer: their own only). */
export async function listImportCommunes(
  ctx: AuthContext,
): Promise<{ id: number; name: string }[]> {
  const scope = ctx.scope;
  if (scope.level === "NATION") return [];
  return inScope(ctx, (tx) =>
    tx.commune.findMany({
      where:
        scope.level === "COMMUNE"
          ? { id: scope.communeId, provinceId: scope.provinceId }
          : { provinceId: scope.provinceId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
}
