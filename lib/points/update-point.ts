import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/messages";
import { findPointInScope, pointAuditValues, pointConflict, pointWhere } from "./find-point";
import { resolvePlace } from "./resolve-place";
import type { UpdatePointInput } from "./schemas";

/**
 * Changes a point's model, place, lead organisation, establishment date or name (not its commune,
 * nor its status: that is changePointStatus). Refused over a newer version; a dissolved point is
 * kept as it was. A new establishment date moves the first row of the status history with it.
 */
export async function updatePoint(
  ctx: AuthContext,
  input: UpdatePointInput,
  locale: AppLocale = "vi",
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findPointInScope(tx, ctx, input.id);
    if (before.version !== input.version) throw pointConflict(before);
    if (before.status === "DISSOLVED") throw new FormError("pointDissolved");
    const place = await resolvePlace(tx, ctx, { ...input, communeId: before.communeId });
    const moved = input.establishedOn.getTime() !== before.establishedOn.getTime();
    if (moved) {
      // The history starts on the established date: no later change may come before it.
      const firstChange = await tx.pointStatusChange.findFirst({
        where: { provinceId: before.provinceId, pointId: before.id, fromStatus: { not: null } },
        orderBy: { effectiveOn: "asc" },
        select: { effectiveOn: true },
      });
      if (firstChange && input.establishedOn.getTime() > firstChange.effectiveOn.getTime())
        throw new FieldErrors({
          establishedOn: {
            key: "pointEstablishedAfterChange",
            values: { date: formatDate(firstChange.effectiveOn, locale) },
          },
        });
    }
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
    if (moved)
      // Its first row (no previous status) moves with it (a column grant and policy of their own,
      // migration registry_gaps); the later rows are never rewritten.
      await tx.pointStatusChange.updateMany({
        where: { provinceId: before.provinceId, pointId: before.id, fromStatus: null },
        data: { effectiveOn: input.establishedOn },
      });
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
