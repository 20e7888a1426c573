import type { Scope } from "@/lib/auth/scope";
import type { Permission } from "@/lib/auth/permissions";
import { dayText } from "./dates";
import type { ModelDetail } from "./types";

/** The permission of the model forms: the ministry keeps the catalog, a province its own. */
export function modelEditPermission(scope: Scope): Permission {
  return scope.level === "NATION" ? "catalog.edit" : "models.edit";
}

/** A model as the edit form shows it (dates typed day first). */
export function formValuesOf(model: ModelDetail) {
  return {
    id: model.id,
    version: model.version,
    name: model.name,
    field: model.field,
    description: model.description ?? "",
    goals: model.goals ?? "",
    origin: model.originFormer
      ? `f:${model.originFormer.id}`
      : model.originCommune
        ? `c:${model.originCommune.id}`
        : "",
    launchedOn: model.launchedOn ? dayText(model.launchedOn) : "",
  };
}
