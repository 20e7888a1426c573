import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadFormContext } from "./form-context";
import { lockReportInScope, readinessValues, reportConflict } from "./find-report";
import { problemFields } from "./problems";
import { readinessProblems } from "./readiness";
import { alreadyThere, recordTransition, type TransitionResult } from "./record-transition";
import { periodNotStarted } from "./save-report";
import type { SubmitReportInput } from "./schemas";
import { isHandedIn, mayMove } from "./workflow";

/**
 * Submits a draft or returned report. Submitting twice (a double click, a resent form, two tabs,
 * fifty requests at once) makes one submission: the row is locked, so the others wait and then find
 * it submitted, and answer "already submitted" rather than an error. The rules run first: a broken
 * one is shown at both its fields, a flagged value or a broken warning needs a comment.
 */
export async function submitReport(
  ctx: AuthContext,
  input: SubmitReportInput,
  locale: AppLocale,
  now = new Date(),
): Promise<TransitionResult> {
  return inScope(ctx, async (tx) => {
    const report = await lockReportInScope(tx, ctx, input.reportId);
    if (isHandedIn(report.status)) return alreadyThere(report);
    if (!mayMove("submit", report.status, ctx.role)) throw new FormError("forbidden");
    if (report.version !== input.version) throw reportConflict(report);
    const form = await loadFormContext(
      tx,
      ctx,
      {
        periodId: report.periodId,
        pointId: report.pointId ?? undefined,
        communeId: report.communeId,
      },
      now,
    );
    // Before its quarter begins a report takes no figures, so it cannot be handed in either.
    if (!form.window.started) throw periodNotStarted(form.period, locale);
    if (ctx.role === "COMMUNE_OFFICER" && !form.window.open)
      throw new FormError("reportPeriodClosed");
    if (report.values.length === 0) throw new FormError("reportEmpty");
    const problems = readinessProblems(readinessValues(report), form.rules);
    if (problems.length > 0) throw problemFields(problems, form.rules, locale);
    return recordTransition(tx, ctx, report, "submit");
  });
}
