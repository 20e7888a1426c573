import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import type { AuthContext } from "@/lib/auth/current-user";
import { formatDate, formatDateTime, formatQuarter } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { findPeriodId } from "@/lib/reports/find-period";
import { getReportForm, type ReportForm as ReportFormData } from "@/lib/reports/get-report-form";
import { outlierOf } from "@/lib/reports/value-history";
import { formatVietnameseNumber } from "@/lib/reports/vietnamese-number";
import { isEditable } from "@/lib/reports/workflow";
import { integer, intId, readSearchParam, uuidId } from "@/lib/validation/fields";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { ReportForm } from "../_components/report-form";
import { ReviewPanel } from "../_components/review-panel";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Reports" });
  return { title: t("title") };
}

async function formOrNull(
  ctx: AuthContext,
  query: Record<string, string | string[] | undefined>,
): Promise<ReportFormData | null> {
  const point = readSearchParam(query, "point", uuidId()).value;
  const commune = readSearchParam(query, "commune", intId()).value;
  const year = readSearchParam(query, "year", integer({ min: 2000, max: 2100 })).value;
  const quarter = readSearchParam(query, "quarter", integer({ min: 1, max: 4 })).value;
  if ((!point && !commune) || !year || !quarter) return null;
  const periodId = await findPeriodId(ctx, year, quarter);
  if (!periodId) return null;
  try {
    return await getReportForm(
      ctx,
      point ? { periodId, pointId: point } : { periodId, communeId: commune },
    );
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof FormError) return null;
    throw error;
  }
}

export default async function ReportFormPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/reports/form`, "reports.view");
  const form = await formOrNull(ctx, await searchParams);
  if (!form) notFound();
  const t = await getTranslations("Reports");
  const vi = locale === "vi";
  const { subject, period, report, window } = form;
  const status = report?.status ?? null;
  // Before its quarter begins (00:00 Vietnam time of its first day) a form is read-only for
  // everyone; the server refuses a save or a submission too (lib/reports/save-report.ts).
  const mayEdit =
    hasPermission(ctx.role, "reports.edit") &&
    isEditable(status) &&
    window.started &&
    (ctx.role !== "COMMUNE_OFFICER" || window.open);
  const canSubmit = mayEdit && hasPermission(ctx.role, "reports.submit");
  const quarterLabel = formatQuarter(period.year, period.quarter, locale);
  const name = (i: { nameVi: string; nameEn: string }) => (vi ? i.nameVi : i.nameEn);
  const indicatorName = new Map(form.indicators.map((i) => [i.id, name(i)]));

  const fields = form.indicators.map((i) => {
    const row = form.history.values.get(i.id);
    const band = outlierOf(form.history, i.id, 0);
    return {
      id: i.id,
      name: name(i),
      unit: t(`form.unit.${i.unit}`),
      group: (vi ? i.groupVi : i.groupEn) ?? "",
      history: form.history.quarters.map((q, index) => ({
        label: `${formatQuarter(q.year, q.quarter, locale)}${q.sameQuarter ? ` (${t("form.sameQuarter")})` : ""}:`,
        value:
          row?.[index] === null || row?.[index] === undefined
            ? "—"
            : formatVietnameseNumber(row[index]),
      })),
      band:
        band.low !== null && band.high !== null
          ? { low: formatVietnameseNumber(band.low), high: formatVietnameseNumber(band.high) }
          : null,
    };
  });
  const initialErrors: Record<string, string> = {};
  const tErrors = await getTranslations("Errors");
  for (const problem of form.problems)
    for (const id of problem.indicatorIds) {
      const key = `value-${id}`;
      if (initialErrors[key] || problem.kind === "flaggedNoComment") continue;
      const rule = form.rules.find((r) => r.code === problem.rule);
      const message = rule ? (vi ? rule.messageVi : rule.messageEn) : "";
      initialErrors[key] =
        problem.kind === "ruleError" ? message : tErrors("reportRuleWarning", { message });
    }
  const storageKey = `phongtrao:report:${subject.kind}:${subject.pointId ?? subject.communeId}:${period.year}-Q${period.quarter}:${ctx.user.id}`;
  const statusLabel = t(`status.${status ?? "NONE"}`);
  // The province's panel stays on the page whatever the report's state, so the notice of the move
  // just made (approved, returned, reopened) is still there when the page refreshes to the new state.
  const review = hasPermission(ctx.role, "reports.approve") && report;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div className="space-y-2">
        <TextLink href="/reports" className="text-sm">
          {t("form.back")}
        </TextLink>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t("form.heading", { period: quarterLabel })}
        </h1>
        <p className="text-lg text-slate-800">
          {subject.kind === "POINT"
            ? t("form.pointOf", { name: subject.name, commune: subject.communeName })
            : `${t("kind.COMMUNE")} · ${subject.name}`}
        </p>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-600">{t("form.status")}</dt>
          <dd className="text-slate-900" data-testid="report-status">
            {statusLabel}
          </dd>
          <dt className="font-medium text-slate-600">{t("form.due")}</dt>
          <dd className="text-slate-900">
            {[
              formatDate(window.dueAt, locale),
              status === "SUBMITTED" || status === "APPROVED"
                ? ""
                : !window.started
                  ? t("days.notStarted", { date: formatDate(period.startsOn, locale) })
                  : !window.open
                    ? t("days.closed")
                    : window.daysLeft === 0
                      ? t("days.today")
                      : window.daysLeft > 0
                        ? t("days.left", { count: window.daysLeft })
                        : t("days.late", { count: -window.daysLeft }),
              window.excepted && window.open
                ? t("days.reopened", { date: formatDate(window.closesAt, locale) })
                : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </dd>
        </dl>
      </div>

      {form.returnComment ? (
        <Notice tone="error">{t("form.returnComment", { comment: form.returnComment })}</Notice>
      ) : null}
      {status === "APPROVED" ? <Notice tone="info">{t("form.locked")}</Notice> : null}
      {status === "SUBMITTED" ? <Notice tone="info">{t("form.submittedLocked")}</Notice> : null}
      {!window.started ? (
        <Notice tone="info">
          <span data-testid="report-not-started">
            {t("form.notStarted", {
              period: quarterLabel,
              date: formatDate(period.startsOn, locale),
            })}
          </span>
        </Notice>
      ) : null}
      {window.started && !window.open && isEditable(status) && ctx.role === "COMMUNE_OFFICER" ? (
        <Notice tone="error">{t("form.closed")}</Notice>
      ) : null}
      {!hasPermission(ctx.role, "reports.edit") ? (
        <p className="text-sm text-slate-700">{t("form.readOnly")}</p>
      ) : null}

      <ReportForm
        subject={{ periodId: period.id, pointId: subject.pointId, communeId: subject.communeId }}
        storageKey={storageKey}
        fields={fields}
        initial={{
          reportId: report?.id ?? null,
          version: report?.version ?? null,
          values: Object.fromEntries(
            (report?.values ?? []).map((v) => [
              String(v.indicatorId),
              { value: formatVietnameseNumber(v.value), comment: v.comment },
            ]),
          ),
          selfRating: report?.selfRating ?? null,
          results: report?.results ?? null,
          difficulties: report?.difficulties ?? null,
          proposals: report?.proposals ?? null,
          savedAt: report ? report.updatedAt.toISOString() : null,
          flagged: (report?.values ?? []).filter((v) => v.flagged).map((v) => v.indicatorId),
        }}
        editable={mayEdit}
        canSubmit={canSubmit}
        isPoint={subject.kind === "POINT"}
        returnNotes={Object.fromEntries(Object.entries(form.returnNotes).map(([k, v]) => [k, v]))}
        initialErrors={initialErrors}
        ratings={(["GOOD", "FAIR", "AVERAGE", "WEAK"] as const).map((r) => ({
          value: r,
          label: t(`form.rating.${r}`),
        }))}
      />

      {review && report ? (
        <ReviewPanel
          reportId={report.id}
          version={report.version}
          status={report.status}
          fields={form.indicators.map((i) => ({ id: i.id, name: name(i) }))}
          canReopen={hasPermission(ctx.role, "reports.reopen")}
        />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="events" className="space-y-2">
          <h2 id="events" className="text-lg font-semibold text-slate-900">
            {t("events.heading")}
          </h2>
          {form.events.length === 0 ? (
            <p className="text-sm text-slate-700">{t("events.none")}</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {form.events.map((e, index) => (
                <li key={index} className="rounded border border-slate-200 p-2">
                  <p className="font-medium text-slate-900">
                    {e.from === null
                      ? t("events.created")
                      : e.from === "APPROVED"
                        ? t("events.reopened")
                        : t(`events.${e.to}`)}
                  </p>
                  <p className="text-slate-600">
                    {t("events.by", {
                      who: e.by ?? t("events.nobody"),
                      time: formatDateTime(e.at, locale),
                    })}
                  </p>
                  {e.comment ? <p className="text-slate-800">{e.comment}</p> : null}
                  {Object.entries(e.fieldComments).map(([code, text]) => {
                    const indicator = form.indicators.find((i) => i.code === code);
                    return (
                      <p key={code} className="text-slate-800">
                        <strong>{indicator ? name(indicator) : code}</strong>: {text}
                      </p>
                    );
                  })}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="changes" className="space-y-2">
          <h2 id="changes" className="text-lg font-semibold text-slate-900">
            {form.lastApprovedAt
              ? t("changes.heading", { time: formatDateTime(form.lastApprovedAt, locale) })
              : t("changes.neverApproved")}
          </h2>
          {form.lastApprovedAt && form.sinceApproval.length === 0 ? (
            <p className="text-sm text-slate-700">{t("changes.none")}</p>
          ) : null}
          {form.sinceApproval.length > 0 ? (
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th className="py-1 pr-2">{t("changes.field")}</th>
                  <th className="py-1 pr-2">{t("changes.change")}</th>
                  <th className="py-1">{t("changes.who")}</th>
                </tr>
              </thead>
              <tbody>
                {form.sinceApproval.map((c, index) => (
                  <tr key={index} className="border-b border-slate-100">
                    <td className="py-1 pr-2">{indicatorName.get(c.indicatorId) ?? ""}</td>
                    <td className="py-1 pr-2 tabular-nums">
                      {c.oldValue === null
                        ? t("changes.empty")
                        : formatVietnameseNumber(c.oldValue)}{" "}
                      →{" "}
                      {c.newValue === null
                        ? t("changes.empty")
                        : formatVietnameseNumber(c.newValue)}
                    </td>
                    <td className="py-1">{`${c.by ?? ""} · ${formatDateTime(c.at, locale)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      </div>
    </div>
  );
}
