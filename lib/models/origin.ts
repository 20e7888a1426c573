import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import type { OriginChoice } from "./schemas";

export interface ResolvedOrigin {
  originProvinceId: number | null;
  originCommuneId: number | null;
  originFormerCommuneId: number | null;
}

const outOfScope = () => new FieldErrors({ origin: { key: "modelOriginOutOfScope" } });

/**
 * Where a model began, as the caller may name it. A province's own model begins in that province:
 * a commune of today, or a pre-2025 commune of one of its former provinces (then today's commune
 * is the one it became). A catalog model may begin anywhere; its province follows the commune.
 */
export async function resolveOrigin(
  tx: Tx,
  ctx: AuthContext,
  input: { originProvinceId?: number | undefined; origin?: OriginChoice },
): Promise<ResolvedOrigin> {
  const ownProvince = ctx.scope.level === "NATION" ? null : ctx.scope.provinceId;
  const requested = ownProvince ?? input.originProvinceId ?? null;
  if (ownProvince === null && requested !== null) {
    const exists = await tx.province.count({ where: { id: requested } });
    if (exists === 0) throw new FieldErrors({ originProvinceId: { key: "modelOriginInvalid" } });
  }
  const choice = input.origin;
  if (!choice)
    return { originProvinceId: requested, originCommuneId: null, originFormerCommuneId: null };

  if (choice.kind === "commune") {
    const commune = await tx.commune.findFirst({
      where: { id: choice.id, ...(requested !== null ? { provinceId: requested } : {}) },
      select: { id: true, provinceId: true },
    });
    if (!commune) throw ownProvince !== null ? outOfScope() : modelOriginInvalid();
    return {
      originProvinceId: commune.provinceId,
      originCommuneId: commune.id,
      originFormerCommuneId: null,
    };
  }

  const former = await tx.formerCommune.findFirst({
    where: {
      id: choice.id,
      ...(requested !== null ? { formerProvince: { successorId: requested } } : {}),
    },
    select: {
      id: true,
      formerProvince: { select: { successorId: true } },
      mappings: { select: { communeId: true }, orderBy: { communeId: "asc" } },
    },
  });
  if (!former) throw ownProvince !== null ? outOfScope() : modelOriginInvalid();
  // A former commune split between several of today's communes names none of them.
  const today = new Set(former.mappings.map((m) => m.communeId));
  return {
    originProvinceId: former.formerProvince.successorId,
    originCommuneId: today.size === 1 ? ([...today][0] ?? null) : null,
    originFormerCommuneId: former.id,
  };
}

function modelOriginInvalid() {
  return new FieldErrors({ origin: { key: "modelOriginInvalid" } });
}
