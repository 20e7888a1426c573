import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { lockReportInScope, reportConflict } from "./find-report";
import { alreadyThere, recordTransition, type TransitionResult } from "./record-transition";
import type { ReturnReportInput } from "./schemas";
import { mayMove } from "./workflow";

/**
 * Returns a submitted report to its commune with a comment for the whole report and/or comments on
 * single fields (kept by indicator code in the history). At least one comment is needed.
 */
export async function returnReport(
  ctx: AuthContext,
  input: ReturnReportInput,
): Promise<TransitionResult> {
  const notes = Object.entries(input.fieldComments).filter(
    (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
  );
  if (!input.comment && notes.length === 0)
    throw new FieldErrors({ comment: { key: "reportReturnNeedsComment" } });
  return inScope(ctx, async (tx) => {
    const report = await lockReportInScope(tx, ctx, input.reportId);
    if (report.status === "RETURNED" && report.version === input.version + 1)
      return alreadyThere(report);
    if (!mayMove("return", report.status, ctx.role)) throw new FormError("reportNotSubmitted");
    if (report.version !== input.version) throw reportConflict(report);
    const indicators = await tx.indicator.findMany({
      where: { id: { in: notes.map(([id]) => Number(id)) } },
      select: { id: true, code: true },
    });
    const codeOf = new Map(indicators.map((i) => [String(i.id), i.code]));
    const fieldComments: Record<string, string> = {};
    for (const [id, text] of notes) {
      const code = codeOf.get(id);
      if (!code) throw new FieldErrors({ fieldComments: { key: "reportEntriesInvalid" } });
      fieldComments[code] = text;
    }
    return recordTransition(tx, ctx, report, "return", {
      comment: input.comment ?? null,
      fieldComments,
    });
  });
}
