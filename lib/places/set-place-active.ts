import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { findPlaceInScope, PLACE_ENTITY, placeAuditValues, placeConflict } from "./find-place";
import { placesInScope } from "./rules";
import type { SetPlaceActiveInput } from "./schemas";

/**
 * Takes an area or organisation out of use (or back). Nothing is deleted: points, teams, members
 * and "An toàn về ANTT" results that name it keep it; new ones cannot choose it.
 */
export async function setPlaceActive(
  ctx: AuthContext,
  input: SetPlaceActiveInput,
): Promise<{ id: string; version: number; active: boolean }> {
  return inScope(ctx, async (tx) => {
    const before = await findPlaceInScope(tx, ctx, input.type, input.id);
    if (before.version !== input.version) throw placeConflict(before);
    if (before.active === input.active)
      return { id: before.id, version: before.version, active: before.active };
    const where = { id: before.id, ...placesInScope(ctx.scope), version: before.version };
    const data = { active: input.active, version: { increment: 1 } };
    const { count } =
      input.type === "area"
        ? await tx.residentialArea.updateMany({ where, data })
        : await tx.organization.updateMany({ where, data });
    if (count === 0) throw placeConflict(await findPlaceInScope(tx, ctx, input.type, input.id));
    const after = await findPlaceInScope(tx, ctx, input.type, input.id);
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: PLACE_ENTITY[input.type],
      entityId: before.id,
      detail: input.active ? "reactivated" : "deactivated",
      before: placeAuditValues(before),
      after: placeAuditValues(after),
    });
    return { id: after.id, version: after.version, active: after.active };
  });
}
