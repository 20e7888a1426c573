import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { formRules } from "./form-context";
import { lockReportInScope, readinessValues, reportConflict } from "./find-report";
import { readinessProblems } from "./readiness";
import { alreadyThere, recordTransition, type TransitionResult } from "./record-transition";
import type { ApproveReportInput } from "./schemas";
import { mayMove } from "./workflow";

/** Approves a submitted report (then locked). A second approval answers "already approved". */
export async function approveReport(
  ctx: AuthContext,
  input: ApproveReportInput,
): Promise<TransitionResult> {
  return inScope(ctx, async (tx) => {
    const report = await lockReportInScope(tx, ctx, input.reportId);
    if (report.status === "APPROVED") return alreadyThere(report);
    if (!mayMove("approve", report.status, ctx.role)) throw new FormError("reportNotSubmitted");
    if (report.version !== input.version) throw reportConflict(report);
    const period = await tx.reportingPeriod.findUniqueOrThrow({
      where: { id: report.periodId },
      select: { year: true },
    });
    const rules = await formRules(
      tx,
      period.year,
      new Set(report.values.map((v) => v.indicatorId)),
    );
    if (readinessProblems(readinessValues(report), rules).length > 0)
      throw new FormError("reportHasProblems");
    return recordTransition(tx, ctx, report, "approve");
  });
}
