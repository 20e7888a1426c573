import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { provinceRef } from "./list-models";
import { originSelect, toOrigin } from "./model-origin";
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
        ...originSelect,
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
      ...toOrigin(model),
      recognitions: model.recognitions.map((r) => ({ ...r, removable: removable.has(r.id) })),
      editable: mayEdit(ctx, model),
      recognitionLevels: recognitionLevelsFor(ctx),
    };
  });
}
