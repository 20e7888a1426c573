"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { approveReport } from "@/lib/reports/approve-report";
import { approveReports, precheckApproval } from "@/lib/reports/approve-reports";
import { reopenReport } from "@/lib/reports/reopen-report";
import { returnReport } from "@/lib/reports/return-report";
import { saveReport } from "@/lib/reports/save-report";
import {
  approveReportSchema,
  bulkApproveSchema,
  reopenReportSchema,
  returnReportSchema,
  saveReportSchema,
  submitReportSchema,
} from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/submit-report";

// Quarterly reports: thin actions over lib/reports. The subject's scope comes from the session; the
// domain functions check the point, commune and report against it.

function revalidateReports(locale: string): void {
  revalidatePaths(`/${locale}/reports`, `/${locale}/reports/form`);
}

/** The form's autosave (and the draft the browser kept offline): no revalidation, the form holds it. */
export const saveReportAction = authAction(
  { schema: saveReportSchema, permission: "reports.edit" },
  (input, ctx) => saveReport(ctx, input, ctx.locale),
);

export const submitReportAction = authAction(
  { schema: submitReportSchema, permission: "reports.submit" },
  async (input, ctx) => {
    const result = await submitReport(ctx, input, ctx.locale);
    revalidateReports(ctx.locale);
    return result;
  },
);

export const returnReportAction = authAction(
  { schema: returnReportSchema, permission: "reports.approve" },
  async (input, ctx) => {
    const result = await returnReport(ctx, input);
    revalidateReports(ctx.locale);
    return result;
  },
);

export const approveReportAction = authAction(
  { schema: approveReportSchema, permission: "reports.approve" },
  async (input, ctx) => {
    const result = await approveReport(ctx, input);
    revalidateReports(ctx.locale);
    return result;
  },
);

export const reopenReportAction = authAction(
  { schema: reopenReportSchema, permission: "reports.reopen" },
  async (input, ctx) => {
    const result = await reopenReport(ctx, input);
    revalidateReports(ctx.locale);
    return result;
  },
);

export const precheckApprovalAction = authAction(
  { schema: bulkApproveSchema, permission: "reports.approve" },
  (input, ctx) => precheckApproval(ctx, input, ctx.locale),
);

export const approveReportsAction = authAction(
  { schema: bulkApproveSchema, permission: "reports.approve" },
  async (input, ctx) => {
    const result = await approveReports(ctx, input, ctx.locale);
    revalidateReports(ctx.locale);
    return result;
  },
);
