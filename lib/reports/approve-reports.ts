import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { auditRefusal } from "@/lib/auth/guard";
import { inScope, type Tx } from "@/lib/db/scoped";
import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { formRules, type ReportRecord } from "./form-context";
import { findReportInScope, lockReportInScope, readinessValues } from "./find-report";
import { readinessProblems } from "./readiness";
import { recordTransition } from "./record-transition";
import type { BulkApproveInput } from "./schemas";

// Bulk approval from the worklist. The pre-check lists the chosen reports that cannot be approved
// and why: no longer submitted, changed since the worklist listed them (its version), a broken
// rule, a flagged value or a broken warning without a comment. The approval then approves the rest.
//
// ONE TRANSACTION EACH, not one for all: each approval is a decision on one report, independent of
// the others. If one of forty changed between the pre-check and the click (its commune saved it,
// another officer returned it), it is skipped and named, and the other thirty-nine are approved,
// rather than all forty refused; and each transaction holds one row lock for a moment instead of
// forty locks for the whole batch (a commune saving one of them would wait for all).
//
// A report the caller cannot see (another province's, or none) is "not found" in the answer, and,
// as every action's refusal of a row out of scope, an ACCESS_DENIED row in the audit trail (written
// after the check's transaction, in its own, by the guard's auditRefusal).

export type Blocker =
  | { kind: "notFound" }
  | { kind: "notSubmitted"; status: string }
  | { kind: "changed" }
  | { kind: "rule"; message: string }
  | { kind: "warning"; message: string }
  | { kind: "flagged"; indicator: string };

export interface CheckedReport {
  id: string;
  name: string;
  period: string;
  blockers: Blocker[];
}

async function reportName(
  tx: Tx,
  report: ReportRecord,
  locale: AppLocale,
): Promise<{ name: string; period: string }> {
  const [subject, period] = await Promise.all([
    report.pointId
      ? tx.replicationPoint.findFirst({ where: { id: report.pointId }, select: { name: true } })
      : tx.commune.findUnique({ where: { id: report.communeId }, select: { name: true } }),
    tx.reportingPeriod.findUniqueOrThrow({
      where: { id: report.periodId },
      select: { year: true, quarter: true },
    }),
  ]);
  return { name: subject?.name ?? "", period: formatQuarter(period.year, period.quarter, locale) };
}

async function blockersOf(
  tx: Tx,
  report: ReportRecord,
  listedVersion: number,
  locale: AppLocale,
): Promise<Blocker[]> {
  if (report.status !== "SUBMITTED") return [{ kind: "notSubmitted", status: report.status }];
  const blockers: Blocker[] = [];
  if (report.version !== listedVersion) blockers.push({ kind: "changed" });
  const period = await tx.reportingPeriod.findUniqueOrThrow({
    where: { id: report.periodId },
    select: { year: true },
  });
  const ids = new Set(report.values.map((v) => v.indicatorId));
  const rules = await formRules(tx, period.year, ids);
  const names = new Map(
    (
      await tx.indicator.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, nameVi: true, nameEn: true },
      })
    ).map((i) => [i.id, locale === "vi" ? i.nameVi : i.nameEn]),
  );
  for (const problem of readinessProblems(readinessValues(report), rules)) {
    if (problem.kind === "flaggedNoComment")
      blockers.push({ kind: "flagged", indicator: names.get(problem.indicatorIds[0]) ?? "" });
    else {
      const rule = rules.find((r) => r.code === problem.rule);
      const message = rule ? (locale === "vi" ? rule.messageVi : rule.messageEn) : problem.rule;
      blockers.push({ kind: problem.kind === "ruleError" ? "rule" : "warning", message });
    }
  }
  return blockers;
}

/** The pre-check: every chosen report with what stops its approval (none: it can be approved). */
export async function precheckApproval(
  ctx: AuthContext,
  input: BulkApproveInput,
  locale: AppLocale,
): Promise<CheckedReport[]> {
  const refused: NotFoundError[] = [];
  const checked = await inScope(ctx, async (tx) => {
    // The transaction may run again (decision 004): only the last run's refusals are audited.
    refused.length = 0;
    const rows: CheckedReport[] = [];
    for (const item of input.reports) {
      try {
        const report = await findReportInScope(tx, ctx, item.id);
        rows.push({
          id: item.id,
          ...(await reportName(tx, report, locale)),
          blockers: await blockersOf(tx, report, item.version, locale),
        });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        refused.push(error);
        rows.push({ id: item.id, name: "", period: "", blockers: [{ kind: "notFound" }] });
      }
    }
    return rows;
  });
  await auditNotFound(ctx, refused);
  return checked;
}

/** The refusals of reports out of the caller's scope, as the guard audits any action's. */
async function auditNotFound(ctx: AuthContext, refused: readonly NotFoundError[]): Promise<void> {
  for (const error of refused)
    await auditRefusal(ctx, `${error.entity} ${error.entityId} not in scope`);
}

export interface BulkApproval {
  approved: string[];
  skipped: CheckedReport[];
}

/** Approves each chosen report that passes its check at that moment, in its own transaction. */
export async function approveReports(
  ctx: AuthContext,
  input: BulkApproveInput,
  locale: AppLocale,
): Promise<BulkApproval> {
  const result: BulkApproval = { approved: [], skipped: [] };
  const refused: NotFoundError[] = [];
  for (const item of input.reports) {
    // Set by the transaction's last run (it may run again: decision 004), audited after it.
    let notFound: NotFoundError | null = null;
    const outcome = await inScope(ctx, async (tx) => {
      notFound = null;
      let report: ReportRecord;
      try {
        report = await lockReportInScope(tx, ctx, item.id);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        notFound = error;
        return { id: item.id, name: "", period: "", blockers: [{ kind: "notFound" }] as Blocker[] };
      }
      const blockers = await blockersOf(tx, report, item.version, locale);
      if (blockers.length > 0)
        return { id: item.id, ...(await reportName(tx, report, locale)), blockers };
      await recordTransition(tx, ctx, report, "approve");
      return null;
    });
    if (notFound) refused.push(notFound);
    if (outcome) result.skipped.push(outcome);
    else result.approved.push(item.id);
  }
  await auditNotFound(ctx, refused);
  return result;
}
