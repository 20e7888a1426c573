import { randomUUID } from "node:crypto";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import { formatDate, formatQuarter } from "@/lib/i18n/format";
import type { ErrorKey } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  type FormContext,
  findReportOfSubject,
  loadFormContext,
  type ReportRecord,
} from "./form-context";
import { findReportInScope, reportConflict, reportPlace } from "./find-report";
import { NUMBER_PROBLEM_KEYS, valueField } from "./problems";
import type { SaveReportInput } from "./schemas";
import { loadValueHistory, outlierOf } from "./value-history";
import { parseVietnameseNumber } from "./vietnamese-number";
import { isEditable } from "./workflow";

// A save of a report form (the officer's autosave, or the draft the browser kept while offline):
// the whole form, made into the report's values. The report is made on the first save of its
// subject and period (two first saves at once: one makes it, the other is a conflict). Every other
// save names the version it was read at and is refused over a newer one, with the other person's
// values (ConflictError). A value far outside the subject's history is saved but flagged. Each
// changed value is kept in ReportValueChange (who, when, old → new); the save is in the audit trail.

export interface SaveReportResult {
  reportId: string;
  version: number;
  status: string;
  savedAt: string;
  /** Indicator ids whose values are flagged (far outside the subject's history). */
  flagged: number[];
}

interface Entry {
  value: number | null;
  comment: string | null;
}

/** The entries as numbers, or the fields whose text is not a whole number. */
function readEntries(entries: SaveReportInput["entries"]): Map<number, Entry> {
  const read = new Map<number, Entry>();
  const errors: Record<string, { key: ErrorKey }> = {};
  for (const [key, entry] of Object.entries(entries)) {
    const id = Number(key);
    const parsed =
      entry.value === null
        ? { ok: true as const, value: null }
        : parseVietnameseNumber(entry.value);
    if (!parsed.ok) errors[valueField(id)] = { key: NUMBER_PROBLEM_KEYS[parsed.problem] };
    else read.set(id, { value: parsed.value, comment: entry.comment });
  }
  if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
  return read;
}

/**
 * "Kỳ báo cáo Quý I/2027 bắt đầu nhận số liệu từ 01/01/2027": nobody enters or submits figures of a
 * quarter before it begins (00:00 Vietnam time of its first day, entryWindow's opensAt).
 */
export function periodNotStarted(
  period: Pick<FormContext["period"], "year" | "quarter" | "startsOn">,
  locale: AppLocale,
): FormError {
  return new FormError("reportPeriodNotStarted", {
    period: formatQuarter(period.year, period.quarter, locale),
    date: formatDate(period.startsOn, locale),
  });
}

/**
 * Who may edit a form: while it is a draft or returned, once its quarter has begun, and (for a
 * commune) while entry is open.
 */
export function assertMayEdit(ctx: AuthContext, form: FormContext, locale: AppLocale): void {
  const status = form.report?.status ?? null;
  if (!form.window.started) throw periodNotStarted(form.period, locale);
  if (!isEditable(status))
    throw new FormError(status === "APPROVED" ? "reportApprovedLocked" : "reportSubmittedLocked");
  // The province's staff may still correct a report after entry closed (they approve it); a
  // commune needs the period open, or reopened for it.
  if (ctx.role === "COMMUNE_OFFICER" && !form.window.open)
    throw new FormError("reportPeriodClosed");
}

async function createReport(tx: Tx, ctx: AuthContext, form: FormContext): Promise<ReportRecord> {
  const id = randomUUID();
  const { subject, period } = form;
  // ON CONFLICT DO NOTHING on the one-report-per-subject-and-period index: a first save racing
  // another makes nothing, and finds the other's report.
  await tx.report.createMany({
    data: {
      id,
      provinceId: subject.provinceId,
      communeId: subject.communeId,
      periodId: period.id,
      kind: subject.kind,
      pointId: subject.pointId,
      createdById: ctx.user.id,
      updatedById: ctx.user.id,
    },
    skipDuplicates: true,
  });
  const report = await findReportOfSubject(tx, subject, period.id);
  if (!report) throw new FormError("notFound");
  if (report.id !== id) throw reportConflict(report);
  await tx.reportStatusChange.create({
    data: {
      provinceId: report.provinceId,
      reportId: report.id,
      toStatus: "DRAFT",
      byUserId: ctx.user.id,
    },
  });
  return report;
}

export async function saveReport(
  ctx: AuthContext,
  input: SaveReportInput,
  locale: AppLocale = "vi",
  now = new Date(),
): Promise<SaveReportResult> {
  const entries = readEntries(input.entries);
  return inScope(ctx, async (tx) => {
    const form = await loadFormContext(tx, ctx, input, now);
    assertMayEdit(ctx, form, locale);
    const known = new Map(form.indicators.map((i) => [i.id, i]));
    for (const id of entries.keys())
      if (!known.has(id)) throw new FieldErrors({ entries: { key: "reportEntriesInvalid" } });

    let before = form.report;
    let created = false;
    if (!before) {
      if (input.version !== undefined) throw new FormError("notFound");
      before = await createReport(tx, ctx, form);
      created = true;
    } else {
      if (input.version === undefined || before.version !== input.version)
        throw reportConflict(before);
      // One save at a time per report: the second waits, then sees the first's version.
      await tx.$queryRaw`select id from "Report" where id = ${before.id}::uuid for update`;
      const locked = await findReportInScope(tx, ctx, before.id);
      if (locked.version !== input.version) throw reportConflict(locked);
      if (!isEditable(locked.status)) throw new FormError("reportSubmittedLocked");
    }
    const report = before;

    const history = await loadValueHistory(tx, form.subject, form.period);
    const old = new Map(report.values.map((v) => [v.indicatorId, v]));
    const rows: { indicatorId: number; value: bigint; comment: string | null; flagged: boolean }[] =
      [];
    const changes: { indicatorId: number; oldValue: bigint | null; newValue: bigint | null }[] = [];
    for (const indicator of form.indicators) {
      const next = entries.get(indicator.id) ?? { value: null, comment: null };
      const previous = old.get(indicator.id);
      const oldValue = previous ? previous.value : null;
      const newValue = next.value === null ? null : BigInt(next.value);
      if (oldValue !== newValue) changes.push({ indicatorId: indicator.id, oldValue, newValue });
      if (next.value !== null)
        rows.push({
          indicatorId: indicator.id,
          value: BigInt(next.value),
          comment: next.comment,
          flagged: outlierOf(history, indicator.id, next.value).flagged,
        });
    }

    const point = form.subject.kind === "POINT";
    const texts = {
      selfRating: point ? (input.selfRating ?? null) : null,
      results: input.results ?? null,
      difficulties: input.difficulties ?? null,
      proposals: input.proposals ?? null,
    };
    const { count } = await tx.report.updateMany({
      where: { id: report.id, provinceId: report.provinceId, version: report.version },
      data: {
        ...texts,
        updatedById: ctx.user.id,
        // A report's first save is its version 1; each later save the next.
        ...(created ? {} : { version: { increment: 1 } }),
      },
    });
    if (count === 0) throw reportConflict(await findReportInScope(tx, ctx, report.id));
    await tx.reportValue.deleteMany({
      where: { provinceId: report.provinceId, reportId: report.id },
    });
    if (rows.length > 0)
      await tx.reportValue.createMany({
        data: rows.map((r) => ({ ...r, provinceId: report.provinceId, reportId: report.id })),
      });
    if (changes.length > 0)
      await tx.reportValueChange.createMany({
        data: changes.map((c) => ({
          ...c,
          provinceId: report.provinceId,
          reportId: report.id,
          byUserId: ctx.user.id,
        })),
      });

    const code = (id: number) => known.get(id)?.code ?? String(id);
    const changedTexts = (Object.keys(texts) as (keyof typeof texts)[]).filter(
      (k) => (report[k] ?? null) !== texts[k],
    );
    await writeAudit(tx, auditActor(ctx, reportPlace(report)), {
      action: created ? "CREATE" : "UPDATE",
      entity: "Report",
      entityId: report.id,
      before: {
        ...Object.fromEntries(changes.map((c) => [code(c.indicatorId), c.oldValue])),
        ...Object.fromEntries(changedTexts.map((k) => [k, report[k]])),
        version: report.version,
      },
      after: {
        ...Object.fromEntries(changes.map((c) => [code(c.indicatorId), c.newValue])),
        ...Object.fromEntries(changedTexts.map((k) => [k, texts[k]])),
        version: created ? report.version : report.version + 1,
      },
    });
    const after = await findReportInScope(tx, ctx, report.id);
    return {
      reportId: after.id,
      version: after.version,
      status: after.status,
      savedAt: after.updatedAt.toISOString(),
      flagged: after.values.filter((v) => v.flagged).map((v) => v.indicatorId),
    };
  });
}
