import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { lockReportInScope, reportConflict } from "./find-report";
import { recordTransition, type TransitionResult } from "./record-transition";
import type { ReopenReportInput } from "./schemas";
import { mayMove } from "./workflow";

/**
 * Reopens an approved (locked) report, with a reason: it goes back to its commune as returned, with
 * the reason as the comment; what then changes is shown against its last approval.
 */
export async function reopenReport(
  ctx: AuthContext,
  input: ReopenReportInput,
): Promise<TransitionResult> {
  return inScope(ctx, async (tx) => {
    const report = await lockReportInScope(tx, ctx, input.reportId);
    if (!mayMove("reopen", report.status, ctx.role)) throw new FormError("reportNotApproved");
    if (report.version !== input.version) throw reportConflict(report);
    return recordTransition(tx, ctx, report, "reopen", { comment: input.reason });
  });
}
