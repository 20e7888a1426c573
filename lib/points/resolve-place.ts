import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { inRunningText } from "@/lib/places/labels";
import { modelsForScope } from "./rules";

export interface PlaceInput {
  communeId: number;
  modelId: string;
  residentialAreaId?: string | undefined;
  organizationId?: string | undefined;
  placeName?: string | undefined;
  name?: string | undefined;
}

export interface ResolvedPlace {
  provinceId: number;
  communeId: number;
  modelId: string;
  residentialAreaId: string | null;
  organizationId: string | null;
  formerCommuneId: number | null;
  placeName: string | null;
  name: string;
}

/**
 * Checks where a point runs against the caller's province: the commune is one of theirs, the
 * model is in their catalog (national or their own, in use), the area and organisation belong to
 * that commune. Each problem is an error at its field. A point left unnamed is named after its
 * model and place ("Câu lạc bộ … ấp 1, phường Giá Rai").
 */
export async function resolvePlace(
  tx: Tx,
  ctx: AuthContext,
  input: PlaceInput,
): Promise<ResolvedPlace> {
  if (ctx.scope.level === "NATION")
    throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  const provinceId = ctx.scope.provinceId;
  const commune = await tx.commune.findFirst({
    where: { id: input.communeId, provinceId },
    select: { id: true, name: true },
  });
  if (!commune || (ctx.scope.level === "COMMUNE" && commune.id !== ctx.scope.communeId))
    throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  const model = await tx.model.findFirst({
    where: { id: input.modelId, status: "ACTIVE", ...modelsForScope(ctx.scope) },
    select: { id: true, name: true },
  });
  const area = input.residentialAreaId
    ? await tx.residentialArea.findFirst({
        where: { id: input.residentialAreaId, provinceId, communeId: commune.id, active: true },
        select: { id: true, name: true, formerCommuneId: true },
      })
    : null;
  const organization = input.organizationId
    ? await tx.organization.findFirst({
        where: { id: input.organizationId, provinceId, communeId: commune.id, active: true },
        select: { id: true, name: true, formerCommuneId: true },
      })
    : null;
  const errors: ConstructorParameters<typeof FieldErrors>[0] = {};
  if (!model) errors.modelId = { key: "modelNotAvailable" };
  if (input.residentialAreaId && !area) errors.residentialAreaId = { key: "areaNotInCommune" };
  if (input.organizationId && !organization)
    errors.organizationId = { key: "organizationNotInCommune" };
  if (!model || Object.keys(errors).length > 0) throw new FieldErrors(errors);

  const where = [organization?.name ?? input.placeName ?? null, area?.name ?? null]
    .filter((part): part is string => Boolean(part))
    .map(inRunningText);
  const defaultName = `${model.name} ${[...where, inRunningText(commune.name)].join(", ")}`;
  return {
    provinceId,
    communeId: commune.id,
    modelId: model.id,
    residentialAreaId: area?.id ?? null,
    organizationId: organization?.id ?? null,
    formerCommuneId: area?.formerCommuneId ?? organization?.formerCommuneId ?? null,
    placeName: input.placeName ?? null,
    name: (input.name ?? defaultName).normalize("NFC").slice(0, 200),
  };
}
