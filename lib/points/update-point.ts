import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { findPointInScope, pointAuditValues, pointConflict, pointWhere } from "./find-point";
import { resolvePlace } from "./resolve-place";
import type { UpdatePointInput } from "./schemas";

/**
 * Changes a point's model, place, lead organisation, establishment date or name (not its commune,
 * nor its status: that is changePointStatus). Refused over a newer version; a dissolved point is
 * kept as it was.
 */
export async function updatePoint(
  ctx: AuthContext,
  input: UpdatePointInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findPointInScope(tx, ctx, input.id);
    if (before.version !== input.version) throw pointConflict(before);
    if (before.status === "DISSOLVED") throw new FormError("pointDissolved");
    const place = await resolvePlace(tx, ctx, { ...input, communeId: before.communeId });
    const { count } = await tx.replicationPoint.updateMany({
      where: { ...pointWhere(ctx, input.id), version: before.version },
      data: {
        modelId: place.modelId,
        residentialAreaId: place.residentialAreaId,
        organizationId: place.organizationId,
        formerCommuneId: place.formerCommuneId ?? before.formerCommuneId,
        placeName: place.placeName,
        name: place.name,
        leadOrganization: input.leadOrganization,
        establishedOn: input.establishedOn,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw pointConflict(await findPointInScope(tx, ctx, input.id));
    const after = await findPointInScope(tx, ctx, input.id);
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "ReplicationPoint",
      entityId: before.id,
      before: pointAuditValues(before),
      after: pointAuditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
