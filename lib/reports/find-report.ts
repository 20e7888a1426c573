import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatVietnameseNumber } from "./vietnamese-number";
import { type ReportRecord, reportRecordSelect } from "./form-context";

// The one where-builder of reports: the ministry reads all, a province its own, a commune its own
// commune's (its commune report and its points' reports). Another scope's report is "not found".

export function reportsInScope(ctx: Pick<AuthContext, "scope">): Prisma.ReportWhereInput {
  return tenantWhere(ctx.scope);
}

export function reportWhere(ctx: Pick<AuthContext, "scope">, id: string): Prisma.ReportWhereInput {
  return { id, ...reportsInScope(ctx) };
}

export async function findReportInScope(
  tx: Tx,
  ctx: AuthContext,
  id: string,
): Promise<ReportRecord> {
  const report = await tx.report.findFirst({
    where: reportWhere(ctx, id),
    select: reportRecordSelect,
  });
  if (!report) throw new NotFoundError("Report", id);
  return report;
}

/**
 * Locks the report's row for the rest of the transaction (SELECT … FOR UPDATE), so that two
 * submissions, approvals or saves of one report run one after the other: the second then sees the
 * first's status and version. Row-level security keeps another scope's row out of reach: nothing is
 * locked and the report is "not found".
 */
export async function lockReportInScope(
  tx: Tx,
  ctx: AuthContext,
  id: string,
): Promise<ReportRecord> {
  await tx.$queryRaw`select id from "Report" where id = ${id}::uuid for update`;
  return findReportInScope(tx, ctx, id);
}

/** What a refused save shows: the report as the other person left it. */
export interface ReportConflict {
  reportId: string;
  version: number;
  status: string;
  updatedBy: string | null;
  updatedAt: string;
  /** indicator id → value as the field shows it ("1.234"), comment. */
  values: Record<string, { value: string; comment: string | null }>;
  selfRating: string | null;
  results: string | null;
  difficulties: string | null;
  proposals: string | null;
}

export function reportConflict(report: ReportRecord): ConflictError {
  const current: ReportConflict = {
    reportId: report.id,
    version: report.version,
    status: report.status,
    updatedBy: report.updatedBy?.fullName ?? null,
    updatedAt: report.updatedAt.toISOString(),
    values: Object.fromEntries(
      report.values.map((v) => [
        String(v.indicatorId),
        { value: formatVietnameseNumber(v.value), comment: v.comment },
      ]),
    ),
    selfRating: report.selfRating,
    results: report.results,
    difficulties: report.difficulties,
    proposals: report.proposals,
  };
  return new ConflictError(current);
}

/** A report's values as the readiness check reads them. */
export function readinessValues(report: Pick<ReportRecord, "values">) {
  return new Map(
    report.values.map((v) => [
      v.indicatorId,
      { value: Number(v.value), comment: v.comment, flagged: v.flagged },
    ]),
  );
}

/** The place of a report in the audit trail: its province and commune. */
export const reportPlace = (report: { provinceId: number; communeId: number }) => ({
  provinceId: report.provinceId,
  communeId: report.communeId,
});
