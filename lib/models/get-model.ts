import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { provinceRef } from "./list-models";
import { mayEdit, modelsInScope, recognitionLevelsFor, removableRecognitionsWhere } from "./rules";
import type { ModelDetail } from "./types";

const provinceSelect = { select: { id: true, shortName: true, kind: true } } as const;

/** A model the viewer may read, with its origin and recognitions; null when not in scope. */
export async function getModel(ctx: AuthContext, id: string): Promise<ModelDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return inScope(ctx, async (tx) => {
    const model = await tx.model.findFirst({
      where: { AND: [{ id }, modelsInScope(ctx.scope)] },
      select: {
        id: true,
        provinceId: true,
        name: true,
        field: true,
        description: true,
        goals: true,
        status: true,
        retiredOn: true,
        retiredReason: true,
        launchedOn: true,
        version: true,
        province: provinceSelect,
        originProvince: provinceSelect,
        originCommune: {
          select: { id: true, name: true, kind: true, province: provinceSelect },
        },
        originFormerCommune: {
          select: {
            id: true,
            name: true,
            districtName: true,
            formerProvince: { select: { name: true } },
          },
        },
        recognitions: {
          select: {
            id: true,
            level: true,
            issuer: true,
            decisionNumber: true,
            decidedOn: true,
            note: true,
          },
          orderBy: [{ decidedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        },
      },
    });
    if (!model) return null;
    const removable = new Set(
      (
        await tx.modelRecognition.findMany({
          where: { modelId: model.id, ...removableRecognitionsWhere(ctx) },
          select: { id: true },
        })
      ).map((r) => r.id),
    );
    const commune = model.originCommune;
    const former = model.originFormerCommune;
    return {
      id: model.id,
      name: model.name,
      field: model.field,
      description: model.description,
      goals: model.goals,
      status: model.status,
      retiredOn: model.retiredOn,
      retiredReason: model.retiredReason,
      launchedOn: model.launchedOn,
      version: model.version,
      ownerProvince: provinceRef(model.province),
      originProvince: provinceRef(model.originProvince),
      originCommune: commune
        ? {
            id: commune.id,
            name: commune.name,
            kind: commune.kind,
            province: {
              id: commune.province.id,
              name: commune.province.shortName,
              kind: commune.province.kind,
            },
          }
        : null,
      originFormer: former
        ? {
            id: former.id,
            name: former.name,
            districtName: former.districtName,
            provinceName: former.formerProvince.name,
          }
        : null,
      recognitions: model.recognitions.map((r) => ({ ...r, removable: removable.has(r.id) })),
      editable: mayEdit(ctx, model),
      recognitionLevels: recognitionLevelsFor(ctx),
    };
  });
}
