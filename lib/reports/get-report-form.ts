import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { type FormContext, loadFormContext, type SubjectKey } from "./form-context";
import { readinessValues } from "./find-report";
import { type Problem, readinessProblems } from "./readiness";
import { loadValueHistory, type ValueHistory } from "./value-history";

// A report form as its page shows it: the form's context, the subject's history beside each field,
// the report's history of moves, the comments of its last return, and what changed since its last
// approval, value by value.

export interface StatusEvent {
  from: ReportStatus | null;
  to: ReportStatus;
  comment: string | null;
  fieldComments: Record<string, string>;
  by: string | null;
  at: Date;
}

export interface ValueChange {
  indicatorId: number;
  oldValue: bigint | null;
  newValue: bigint | null;
  by: string | null;
  at: Date;
}

export interface ReportForm extends FormContext {
  history: ValueHistory;
  events: StatusEvent[];
  /** The field comments of the return that sent it back, by indicator id (while it is returned). */
  returnNotes: Record<number, string>;
  returnComment: string | null;
  /** Value changes after the last approval (none approved yet: empty). */
  sinceApproval: ValueChange[];
  lastApprovedAt: Date | null;
  problems: Problem[];
}

const textRecord = (value: unknown): Record<string, string> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  );
};

export async function getReportForm(ctx: AuthContext, key: SubjectKey): Promise<ReportForm> {
  return inScope(ctx, async (tx) => {
    const form = await loadFormContext(tx, ctx, key);
    const history = await loadValueHistory(tx, form.subject, form.period);
    const reportId = form.report?.id;
    const [rawEvents, rawChanges] = reportId
      ? await Promise.all([
          tx.reportStatusChange.findMany({
            where: { provinceId: form.subject.provinceId, reportId },
            select: {
              fromStatus: true,
              toStatus: true,
              comment: true,
              fieldComments: true,
              at: true,
              byUser: { select: { fullName: true } },
            },
            orderBy: { at: "asc" },
          }),
          tx.reportValueChange.findMany({
            where: { provinceId: form.subject.provinceId, reportId },
            select: {
              indicatorId: true,
              oldValue: true,
              newValue: true,
              at: true,
              byUser: { select: { fullName: true } },
            },
            orderBy: { at: "asc" },
          }),
        ])
      : [[], []];
    const events: StatusEvent[] = rawEvents.map((e) => ({
      from: e.fromStatus,
      to: e.toStatus,
      comment: e.comment,
      fieldComments: textRecord(e.fieldComments),
      by: e.byUser?.fullName ?? null,
      at: e.at,
    }));
    const lastApproval = [...events].reverse().find((e) => e.to === "APPROVED");
    const lastApprovedAt = lastApproval?.at ?? null;
    const sinceApproval = lastApprovedAt
      ? rawChanges
          .filter((c) => c.at.getTime() > lastApprovedAt.getTime())
          .map((c) => ({
            indicatorId: c.indicatorId,
            oldValue: c.oldValue,
            newValue: c.newValue,
            by: c.byUser?.fullName ?? null,
            at: c.at,
          }))
      : [];
    const lastReturn = [...events].reverse().find((e) => e.to === "RETURNED");
    const codeToId = new Map(form.indicators.map((i) => [i.code, i.id]));
    const returnNotes: Record<number, string> = {};
    if (form.report?.status === "RETURNED" && lastReturn)
      for (const [code, text] of Object.entries(lastReturn.fieldComments)) {
        const id = codeToId.get(code);
        if (id !== undefined) returnNotes[id] = text;
      }
    return {
      ...form,
      history,
      events,
      returnNotes,
      returnComment: form.report?.status === "RETURNED" ? (lastReturn?.comment ?? null) : null,
      sinceApproval,
      lastApprovedAt,
      problems: form.report ? readinessProblems(readinessValues(form.report), form.rules) : [],
    };
  });
}
