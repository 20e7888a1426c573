import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { conflictOf } from "./conflict";
import { findModelInScope } from "./find-model";
import { auditPlace, auditValues } from "./model-record";
import { assertMayEdit, editableModelWhere } from "./rules";
import type { SetModelStatusInput } from "./schemas";

/**
 * Retires a model (no longer applied: INACTIVE, with the day and the reason) or brings it back
 * (ACTIVE; the retirement is kept in the audit trail). Its points and their history stay.
 */
export async function setModelStatus(
  ctx: AuthContext,
  input: SetModelStatusInput,
): Promise<{ id: string; version: number; status: "ACTIVE" | "INACTIVE" }> {
  return inScope(ctx, async (tx) => {
    const before = await findModelInScope(tx, ctx, input.id);
    assertMayEdit(ctx, before);
    if (before.version !== input.version) throw conflictOf(before);
    if (before.status === input.status)
      return { id: before.id, version: before.version, status: before.status };
    const retiring = input.status === "INACTIVE";
    if (
      retiring &&
      input.retiredOn &&
      before.launchedOn &&
      input.retiredOn.getTime() < before.launchedOn.getTime()
    )
      throw new FieldErrors({ retiredOn: { key: "retiredBeforeLaunch" } });

    const { count } = await tx.model.updateMany({
      where: { ...editableModelWhere(ctx, before.id), version: before.version },
      data: {
        status: input.status,
        retiredOn: retiring ? (input.retiredOn ?? null) : null,
        retiredReason: retiring ? (input.retiredReason ?? null) : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflictOf(await findModelInScope(tx, ctx, before.id));
    const after = await findModelInScope(tx, ctx, before.id);
    await writeAudit(tx, auditActor(ctx, auditPlace(before)), {
      action: "UPDATE",
      entity: "Model",
      entityId: before.id,
      detail: retiring ? "retired" : "reactivated",
      before: auditValues(before),
      after: auditValues(after),
    });
    return { id: after.id, version: after.version, status: after.status };
  });
}
