import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";

export interface ImportCommune {
  id: number;
  provinceId: number;
  name: string;
}

/**
 * The commune an import writes to: a commune officer's own; for a province officer a commune of
 * their province that they chose. Any other (another province's, or a commune officer naming a
 * commune not their own) is "not found".
 */
export async function findImportCommune(
  tx: Tx,
  ctx: AuthContext,
  communeId: number | undefined,
): Promise<ImportCommune> {
  const scope = ctx.scope;
  if (scope.level === "NATION") throw new NotFoundError("Commune", String(communeId ?? ""));
  const id = scope.level === "COMMUNE" ? (communeId ?? scope.communeId) : communeId;
  if (id === undefined || (scope.level === "COMMUNE" && id !== scope.communeId))
    throw new NotFoundError("Commune", String(id ?? ""));
  const commune = await tx.commune.findFirst({
    where: { id, provinceId: scope.provinceId },
    select: { id: true, provinceId: true, name: true },
  });
  if (!commune) throw new NotFoundError("Commune", String(id));
  return commune;
}
