import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { conflictOf } from "./conflict";
import { assertNameFree } from "./create-model";
import { findModelInScope } from "./find-model";
import { auditPlace, auditValues } from "./model-record";
import { resolveOrigin } from "./origin";
import { assertMayEdit, editableModelWhere } from "./rules";
import type { UpdateModelInput } from "./schemas";

/**
 * Changes a model's name, field, texts, origin and launch date. Refused on a model the caller
 * reads but does not keep, and when someone saved it since the form was read (its version).
 */
export async function updateModel(
  ctx: AuthContext,
  input: UpdateModelInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findModelInScope(tx, ctx, input.id);
    assertMayEdit(ctx, before);
    if (before.version !== input.version) throw conflictOf(before);
    if (input.name !== before.name) await assertNameFree(tx, before, input.name, before.id);
    const origin = await resolveOrigin(tx, ctx, input);
    const data = {
      name: input.name,
      field: input.field,
      description: input.description ?? null,
      goals: input.goals ?? null,
      ...origin,
      launchedOn: input.launchedOn ?? null,
    };
    const unchanged =
      data.name === before.name &&
      data.field === before.field &&
      data.description === before.description &&
      data.goals === before.goals &&
      data.originProvinceId === before.originProvinceId &&
      data.originCommuneId === before.originCommuneId &&
      data.originFormerCommuneId === before.originFormerCommuneId &&
      (data.launchedOn?.getTime() ?? null) === (before.launchedOn?.getTime() ?? null);
    if (unchanged) return { id: before.id, version: before.version };

    // One statement by id, owner and version: a row changed meanwhile is not touched.
    const { count } = await tx.model.updateMany({
      where: { ...editableModelWhere(ctx, before.id), version: before.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw conflictOf(await findModelInScope(tx, ctx, before.id));
    const after = await findModelInScope(tx, ctx, before.id);
    await writeAudit(tx, auditActor(ctx, auditPlace(before)), {
      action: "UPDATE",
      entity: "Model",
      entityId: before.id,
      before: auditValues(before),
      after: auditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
