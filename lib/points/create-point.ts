import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { findPointInScope, pointAuditValues } from "./find-point";
import { resolvePlace } from "./resolve-place";
import type { CreatePointInput } from "./schemas";

/**
 * Registers a replication point in a commune of the caller's province. Its history starts with
 * the day it was established (→ ACTIVE), written with the point and its audit row in one
 * transaction.
 */
export async function createPoint(
  ctx: AuthContext,
  input: CreatePointInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const place = await resolvePlace(tx, ctx, input);
    const created = await tx.replicationPoint.create({
      data: {
        ...place,
        establishedOn: input.establishedOn,
        leadOrganization: input.leadOrganization,
        status: "ACTIVE",
      },
      select: { id: true },
    });
    await tx.pointStatusChange.createMany({
      data: {
        provinceId: place.provinceId,
        pointId: created.id,
        fromStatus: null,
        toStatus: "ACTIVE",
        effectiveOn: input.establishedOn,
        userId: ctx.user.id,
      },
    });
    const after = await findPointInScope(tx, ctx, created.id);
    await writeAudit(tx, auditActor(ctx, place), {
      action: "CREATE",
      entity: "ReplicationPoint",
      entityId: created.id,
      after: pointAuditValues(after),
    });
    return { id: created.id, version: after.version };
  });
}
