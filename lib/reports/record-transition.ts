import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportRecord } from "./form-context";
import { findReportInScope, reportConflict, reportPlace } from "./find-report";
import { type ReportTransition, sourcesOf, targetOf } from "./workflow";

// One move of the workflow, after its checks: a conditional update (the status it moves from and
// the version it was read at are in the WHERE, so a second move of the same report changes
// nothing), its row in the report's history and its row in the audit trail, in the caller's
// transaction.

export interface TransitionResult {
  reportId: string;
  version: number;
  status: ReportStatus;
  /** The report was already in that state (a second click, a resent form, another tab). */
  already: boolean;
}

export async function recordTransition(
  tx: Tx,
  ctx: AuthContext,
  report: ReportRecord,
  move: ReportTransition,
  note: { comment?: string | null; fieldComments?: Record<string, string> | null } = {},
): Promise<TransitionResult> {
  const to = targetOf(move);
  const now = new Date();
  const data: Prisma.ReportUncheckedUpdateManyInput = {
    status: to,
    version: { increment: 1 },
    updatedById: ctx.user.id,
  };
  if (move === "submit") data.submittedAt = now;
  if (move === "approve") data.approvedAt = now;
  if (move === "reopen") data.approvedAt = null;
  const { count } = await tx.report.updateMany({
    where: {
      id: report.id,
      provinceId: report.provinceId,
      version: report.version,
      status: { in: [...sourcesOf(move)] },
    },
    data,
  });
  if (count === 0) throw reportConflict(await findReportInScope(tx, ctx, report.id));
  const fieldComments =
    note.fieldComments && Object.keys(note.fieldComments).length > 0
      ? note.fieldComments
      : undefined;
  await tx.reportStatusChange.create({
    data: {
      provinceId: report.provinceId,
      reportId: report.id,
      fromStatus: report.status,
      toStatus: to,
      comment: note.comment ?? null,
      ...(fieldComments ? { fieldComments } : {}),
      byUserId: ctx.user.id,
      at: now,
    },
  });
  await writeAudit(tx, auditActor(ctx, reportPlace(report)), {
    action: "UPDATE",
    entity: "Report",
    entityId: report.id,
    before: { status: report.status, version: report.version },
    after: {
      status: to,
      version: report.version + 1,
      ...(note.comment ? { comment: note.comment } : {}),
      ...(fieldComments ? { fieldComments } : {}),
    },
    detail: `report.${move}`,
  });
  return { reportId: report.id, version: report.version + 1, status: to, already: false };
}

export const alreadyThere = (report: ReportRecord): TransitionResult => ({
  reportId: report.id,
  version: report.version,
  status: report.status,
  already: true,
});
