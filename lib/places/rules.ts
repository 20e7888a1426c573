import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { type Scope, tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";

/** The one where-builder of residential areas and organisations: tenant scope (commune for a commune). */
export function placesInScope(scope: Scope): { provinceId?: number; communeId?: number } {
  return tenantWhere(scope);
}

/**
 * The commune a new place goes in: a commune officer's own (whatever was sent), or the one a
 * province officer chose among their province's.
 */
export async function placeCommune(
  tx: Tx,
  ctx: AuthContext,
  sent: number | undefined,
): Promise<{ provinceId: number; communeId: number }> {
  const scope = ctx.scope;
  if (scope.level === "COMMUNE")
    return { provinceId: scope.provinceId, communeId: scope.communeId };
  if (scope.level === "NATION") throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  if (sent === undefined) throw new FieldErrors({ communeId: { key: "communeRequired" } });
  const commune = await tx.commune.findFirst({
    where: { id: sent, provinceId: scope.provinceId },
    select: { id: true },
  });
  if (!commune) throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  return { provinceId: scope.provinceId, communeId: commune.id };
}

/** A former commune must be one that merged into this commune (CommuneMapping). */
export async function assertFormerCommune(
  tx: Tx,
  communeId: number,
  formerCommuneId: number | undefined,
): Promise<number | null> {
  if (formerCommuneId === undefined) return null;
  const mapping = await tx.communeMapping.findFirst({
    where: { communeId, formerCommuneId },
    select: { formerCommuneId: true },
  });
  if (!mapping) throw new FieldErrors({ formerCommuneId: { key: "formerCommuneNotInCommune" } });
  return mapping.formerCommuneId;
}

/** A unique-key violation from the database (two requests racing past the name check). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export const nameTaken = () => new FieldErrors({ name: { key: "placeNameTaken" } });
