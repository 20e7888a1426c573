import { ConflictError } from "@/lib/auth/errors";
import type { ModelRecord } from "./model-record";
import type { ModelConflict } from "./types";

/** What the other person saved, sent back with a refused save and shown beside the form. */
export function conflictOf(model: ModelRecord): ConflictError {
  const current: ModelConflict = {
    name: model.name,
    field: model.field,
    launchedOn: model.launchedOn?.toISOString().slice(0, 10) ?? null,
    status: model.status,
    retiredReason: model.retiredReason,
    version: model.version,
  };
  return new ConflictError(current);
}
