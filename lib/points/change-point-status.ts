import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/messages";
import { findPointInScope, pointAuditValues, pointConflict, pointWhere } from "./find-point";
import { mayChangeStatus } from "./rules";
import type { ChangePointStatusInput } from "./schemas";

/**
 * Suspends, reactivates or dissolves a point, effective on a given day (not before it was
 * established nor before its last change). The point's status and dates, its history row and the
 * audit row are written in one transaction; the history is never rewritten.
 */
export async function changePointStatus(
  ctx: AuthContext,
  input: ChangePointStatusInput,
  locale: AppLocale = "vi",
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findPointInScope(tx, ctx, input.id);
    if (before.version !== input.version) throw pointConflict(before);
    if (!mayChangeStatus(before.status, input.toStatus))
      throw new FieldErrors({ toStatus: { key: "statusNotAllowed" } });
    const effective = input.effectiveOn.getTime();
    if (effective < before.establishedOn.getTime())
      throw new FieldErrors({
        effectiveOn: {
          key: "effectiveBeforeEstablished",
          values: { date: formatDate(before.establishedOn, locale) },
        },
      });
    const last = await tx.pointStatusChange.findFirst({
      where: { provinceId: before.provinceId, pointId: before.id },
      orderBy: { effectiveOn: "desc" },
      select: { effectiveOn: true },
    });
    if (last && effective < last.effectiveOn.getTime())
      throw new FieldErrors({
        effectiveOn: {
          key: "effectiveBeforeLast",
          values: { date: formatDate(last.effectiveOn, locale) },
        },
      });

    const reason = input.reason ?? null;
    const data =
      input.toStatus === "SUSPENDED"
        ? { status: input.toStatus, suspendedOn: input.effectiveOn }
        : input.toStatus === "DISSOLVED"
          ? { status: input.toStatus, dissolvedOn: input.effectiveOn, dissolvedReason: reason }
          : { status: input.toStatus, suspendedOn: null };
    const { count } = await tx.replicationPoint.updateMany({
      where: { ...pointWhere(ctx, input.id), version: before.version, status: before.status },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw pointConflict(await findPointInScope(tx, ctx, input.id));
    await tx.pointStatusChange.createMany({
      data: {
        provinceId: before.provinceId,
        pointId: before.id,
        fromStatus: before.status,
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        reason,
        userId: ctx.user.id,
      },
    });
    const after = await findPointInScope(tx, ctx, input.id);
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "ReplicationPoint",
      entityId: before.id,
      detail: `status ${before.status} -> ${input.toStatus}`,
      before: pointAuditValues(before),
      after: pointAuditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
