import { randomUUID } from "node:crypto";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import { searchKey } from "@/lib/search/search-key";
import { auditPlace, auditValues, modelRecordSelect } from "./model-record";
import { resolveOrigin } from "./origin";
import { keptOwner } from "./rules";
import type { ModelInput } from "./schemas";

/** A code for a new model: its name without diacritics, and a short tail that keeps it unique. */
export function modelCode(name: string): string {
  const slug = searchKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "mo-hinh"}-${randomUUID().slice(0, 6)}`;
}

/** Refuses a second model of the same name (diacritics and case aside) under one owner. */
export async function assertNameFree(
  tx: Tx,
  owner: { provinceId: number | null },
  name: string,
  exceptId?: string,
): Promise<void> {
  const same = await tx.model.count({
    where: {
      provinceId: owner.provinceId,
      searchKey: searchKey(name),
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
  });
  if (same > 0) throw new FieldErrors({ name: { key: "modelNameTaken" } });
}

/**
 * Registers a model: in the national catalog when the ministry administrator does it, among the
 * province's own models when a province does. The model and its audit row in one transaction.
 */
export async function createModel(
  ctx: AuthContext,
  input: ModelInput,
): Promise<{ id: string; version: number }> {
  const owner = keptOwner(ctx);
  if (!owner) throw new FormError("forbidden");
  return inScope(ctx, async (tx) => {
    await assertNameFree(tx, owner, input.name);
    const origin = await resolveOrigin(tx, ctx, input);
    const model = await tx.model.create({
      data: {
        provinceId: owner.provinceId,
        code: modelCode(input.name),
        name: input.name,
        field: input.field,
        description: input.description ?? null,
        goals: input.goals ?? null,
        ...origin,
        launchedOn: input.launchedOn ?? null,
      },
      select: modelRecordSelect,
    });
    await writeAudit(tx, auditActor(ctx, auditPlace(model)), {
      action: "CREATE",
      entity: "Model",
      entityId: model.id,
      after: auditValues(model),
    });
    return { id: model.id, version: model.version };
  });
}
