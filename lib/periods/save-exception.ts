import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError, NotFoundError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/messages";
import { today } from "@/lib/points/rules";
import { entryWindow, type PeriodException, untilEndOf } from "./entry-window";
import type { CreateExceptionInput, RevokeExceptionInput } from "./schemas";

// A province administrator's exceptions to a period's dates (PeriodReopening rows): how they apply
// is lib/periods/entry-window.ts. Written with a reason, in the same transaction as the audit row;
// revoking one deletes it (the audit trail keeps what it was).

function provinceOf(ctx: AuthContext): number {
  if (ctx.scope.level !== "PROVINCE") throw new FormError("forbidden");
  return ctx.scope.provinceId;
}

export const exceptionSelect = {
  id: true,
  provinceId: true,
  periodId: true,
  kind: true,
  communeId: true,
  pointId: true,
  until: true,
  reason: true,
  createdById: true,
  createdAt: true,
} as const;

/** The exceptions in force for a period in a province, as entryWindow takes them. */
export async function periodExceptions(
  tx: Tx,
  provinceId: number,
  periodId: number,
): Promise<PeriodException[]> {
  return tx.periodReopening.findMany({
    where: { provinceId, periodId },
    select: { kind: true, communeId: true, pointId: true, until: true },
  });
}

export async function createPeriodException(
  ctx: AuthContext,
  input: CreateExceptionInput,
  locale: AppLocale = "vi",
  now = new Date(),
): Promise<{ id: string }> {
  const provinceId = provinceOf(ctx);
  return inScope(ctx, async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId } });
    if (!period) throw new FieldErrors({ periodId: { key: "periodRequired" } });
    let communeId: number | null = null;
    let pointId: string | null = null;
    if (input.target === "COMMUNE") {
      const commune = await tx.commune.findFirst({
        where: { id: input.communeId ?? -1, provinceId },
        select: { id: true },
      });
      if (!commune) throw new FieldErrors({ communeId: { key: "periodCommuneRequired" } });
      communeId = commune.id;
    } else if (input.target === "POINT") {
      const point = await tx.replicationPoint.findFirst({
        where: { id: input.pointId ?? "", provinceId },
        select: { id: true, communeId: true },
      });
      if (!point) throw new FieldErrors({ pointId: { key: "periodPointRequired" } });
      pointId = point.id;
    }
    const untilDay = new Date(`${input.until}T00:00:00.000Z`);
    if (untilDay.getTime() < today(now).getTime())
      throw new FieldErrors({ until: { key: "periodUntilPast" } });
    const until = untilEndOf(untilDay);
    // Compared with the subject's window as it is now (earlier exceptions included).
    const subjectCommune =
      communeId ??
      (pointId
        ? ((
            await tx.replicationPoint.findFirst({
              where: { id: pointId },
              select: { communeId: true },
            })
          )?.communeId ?? null)
        : null);
    const current = entryWindow(
      period,
      await periodExceptions(tx, provinceId, period.id),
      { communeId: subjectCommune ?? -1, pointId },
      now,
    );
    if (input.kind === "EXTENSION" && until.getTime() <= current.dueAt.getTime())
      throw new FieldErrors({
        until: {
          key: "periodExtensionNotLater",
          values: { date: formatDateTime(current.dueAt, locale) },
        },
      });
    if (input.kind === "REOPENING" && until.getTime() <= current.closesAt.getTime())
      throw new FieldErrors({
        until: {
          key: "periodReopenNotLater",
          values: { date: formatDate(current.closesAt, locale) },
        },
      });
    const created = await tx.periodReopening.create({
      data: {
        provinceId,
        periodId: period.id,
        kind: input.kind,
        communeId,
        pointId,
        until,
        reason: input.reason,
        createdById: ctx.user.id,
      },
      select: exceptionSelect,
    });
    await writeAudit(tx, auditActor(ctx, { provinceId, communeId }), {
      action: "CREATE",
      entity: "PeriodReopening",
      entityId: created.id,
      detail: `${input.kind} ${period.year}-Q${period.quarter}`,
      after: created,
    });
    return { id: created.id };
  });
}

export async function revokePeriodException(
  ctx: AuthContext,
  input: RevokeExceptionInput,
): Promise<{ id: string }> {
  const provinceId = provinceOf(ctx);
  return inScope(ctx, async (tx) => {
    const before = await tx.periodReopening.findFirst({
      where: { id: input.id, provinceId },
      select: exceptionSelect,
    });
    if (!before) throw new NotFoundError("PeriodReopening", input.id);
    const { count } = await tx.periodReopening.deleteMany({ where: { id: before.id, provinceId } });
    if (count === 0) throw new NotFoundError("PeriodReopening", input.id);
    await writeAudit(tx, auditActor(ctx, { provinceId, communeId: before.communeId }), {
      action: "DELETE",
      entity: "PeriodReopening",
      entityId: before.id,
      before,
    });
    return { id: before.id };
  });
}
