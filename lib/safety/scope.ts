import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import { tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";

// The where-builders of the evaluations: the ministry reads all, a province its own, a commune its own.

export function safetyInScope(ctx: AuthContext): Prisma.SafetyRegistrationWhereInput {
  return tenantWhere(ctx.scope);
}

/**
 * The commune a write names: a commune officer's own whatever is sent, a province officer's of
 * their province; another province's commune is refused at the field.
 */
export async function communeForWrite(
  tx: Tx,
  ctx: AuthContext,
  communeId: number,
): Promise<{ id: number; provinceId: number; name: string }> {
  if (ctx.scope.level === "NATION")
    throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  const id = ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : communeId;
  const commune = await tx.commune.findFirst({
    where: { id, provinceId: ctx.scope.provinceId },
    select: { id: true, provinceId: true, name: true },
  });
  if (!commune) throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  return commune;
}

/** A commune the caller may read (for the commune page); another scope's is "not found". */
export async function communeForRead(
  tx: Tx,
  ctx: AuthContext,
  communeId: number,
): Promise<{ id: number; provinceId: number; name: string; provinceName: string }> {
  const commune = await tx.commune.findFirst({
    where: {
      id: communeId,
      ...(ctx.scope.level === "NATION" ? {} : { provinceId: ctx.scope.provinceId }),
    },
    select: { id: true, provinceId: true, name: true, province: { select: { shortName: true } } },
  });
  if (!commune || (ctx.scope.level === "COMMUNE" && commune.id !== ctx.scope.communeId))
    throw new NotFoundError("Commune", String(communeId));
  return {
    id: commune.id,
    provinceId: commune.provinceId,
    name: commune.name,
    provinceName: commune.province.shortName,
  };
}

/** The former commune of `communeId` (a mapping old → new must exist), else refused at the field. */
export async function formerCommuneOf(
  tx: Tx,
  communeId: number,
  formerCommuneId: number | undefined,
): Promise<number> {
  if (formerCommuneId === undefined)
    throw new FieldErrors({ formerCommuneId: { key: "safetyFormerCommuneRequired" } });
  const mapping = await tx.communeMapping.findFirst({
    where: { communeId, formerCommuneId },
    select: { formerCommuneId: true },
  });
  if (!mapping) throw new FieldErrors({ formerCommuneId: { key: "formerCommuneNotInCommune" } });
  return mapping.formerCommuneId;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
