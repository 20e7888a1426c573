import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatDateTime, formatQuarter } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { listExceptionOptions, listPeriods } from "@/lib/periods/list-periods";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { ExceptionForm, RevokeButton } from "./_components/exception-form";
import { PeriodDatesForm } from "./_components/period-dates-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Periods" });
  return { title: t("title") };
}

export default async function PeriodsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireUser(locale, `/${locale}/periods`);
  const manage = hasPermission(ctx.role, "periods.reopen") && ctx.scope.level === "PROVINCE";
  const [t, list, options] = await Promise.all([
    getTranslations("Periods"),
    listPeriods(ctx),
    manage ? listExceptionOptions(ctx) : Promise.resolve({ communes: [], points: [] }),
  ]);
  const label = (year: number, quarter: number) => formatQuarter(year, quarter, locale);
  const periodById = new Map(list.periods.map((p) => [p.id, p]));
  const nation = ctx.scope.level === "NATION";
  const setDates = nation && hasPermission(ctx.role, "catalog.edit");
  // The ministry administrator may change the dates of periods whose deadline has not passed.
  const notYetDue = list.periods
    .filter((p) => !p.window.pastDue)
    .reverse()
    .map((p) => ({ id: p.id, label: label(p.year, p.quarter) }));
  const now = new Date();
  // Exceptions can be made for quarters that have begun (not for the far future).
  const selectable = list.periods
    .filter((p) => p.phase !== "upcoming")
    .map((p) => ({ id: p.id, label: label(p.year, p.quarter) }));

  return (
    <div className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("defaultsNote")}</p>
      </div>

      <section aria-labelledby="periods-list">
        <h2 id="periods-list" className="sr-only">
          {t("caption")}
        </h2>
        <Table caption={t("caption")} layout="stack">
          <TableHead layout="stack">
            <HeaderCell>{t("colPeriod")}</HeaderCell>
            <HeaderCell>{t("colDeadline")}</HeaderCell>
            <HeaderCell>{t("colCloses")}</HeaderCell>
            <HeaderCell>{t("colStatus")}</HeaderCell>
          </TableHead>
          <StackBody>
            {list.periods.map((p) => (
              <StackRow key={p.id}>
                <StackCell label={t("colPeriod")}>
                  <span className="font-medium text-slate-900">{label(p.year, p.quarter)}</span>
                  {p.current ? (
                    <span className="ml-2 rounded bg-gold-300 px-1.5 py-0.5 text-xs font-medium text-slate-900">
                      {t("current")}
                    </span>
                  ) : null}
                </StackCell>
                <StackCell label={t("colDeadline")}>{formatDate(p.deadline, locale)}</StackCell>
                <StackCell label={t("colCloses")}>
                  {formatDate(p.window.closesAt, locale)}
                </StackCell>
                <StackCell label={t("colStatus")}>
                  <span className={p.phase === "overdue" ? "font-medium text-brand-800" : ""}>
                    {t(`phases.${p.phase}`)}
                  </span>
                  {p.phase === "running" || p.phase === "due" ? (
                    <span className="block font-semibold text-slate-900">
                      {p.window.daysLeft === 0
                        ? t("dueToday")
                        : t("daysLeft", { days: p.window.daysLeft })}
                    </span>
                  ) : p.phase === "overdue" ? (
                    <span className="block font-semibold text-brand-800">
                      {t("daysOverdue", { days: -p.window.daysLeft })}
                    </span>
                  ) : null}
                </StackCell>
              </StackRow>
            ))}
          </StackBody>
        </Table>
      </section>

      {setDates ? (
        <section aria-labelledby="period-dates" className="max-w-4xl space-y-3">
          <h2 id="period-dates" className="text-xl font-semibold text-slate-900">
            {t("dates.title")}
          </h2>
          <p className="text-slate-700">{t("dates.intro")}</p>
          <div className="rounded border border-slate-200 p-4">
            <PeriodDatesForm periods={notYetDue} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="exceptions" className="space-y-4">
        <h2 id="exceptions" className="text-xl font-semibold text-slate-900">
          {t("exceptionsTitle")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("exceptionsIntro")}</p>
        {list.exceptions.length === 0 ? (
          <p className="text-slate-700">{t("noExceptions")}</p>
        ) : (
          <Table caption={t("exceptionsCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("colPeriod")}</HeaderCell>
              <HeaderCell>{t("colKind")}</HeaderCell>
              {nation ? <HeaderCell>{t("colProvince")}</HeaderCell> : null}
              <HeaderCell>{t("colSubject")}</HeaderCell>
              <HeaderCell>{t("colUntil")}</HeaderCell>
              <HeaderCell>{t("colReason")}</HeaderCell>
              <HeaderCell>{t("colBy")}</HeaderCell>
              {manage ? (
                <HeaderCell>
                  <span className="sr-only">{t("revoke")}</span>
                </HeaderCell>
              ) : null}
            </TableHead>
            <StackBody>
              {list.exceptions.map((x) => {
                const period = periodById.get(x.periodId);
                return (
                  <StackRow key={x.id}>
                    <StackCell label={t("colPeriod")}>
                      {period ? label(period.year, period.quarter) : ""}
                    </StackCell>
                    <StackCell label={t("colKind")}>{t(`kinds.${x.kind}`)}</StackCell>
                    {nation ? (
                      <StackCell label={t("colProvince")}>{x.province.name}</StackCell>
                    ) : null}
                    <StackCell label={t("colSubject")}>
                      {x.point
                        ? t("pointIn", { point: x.point.name, commune: x.point.commune.name })
                        : (x.commune?.name ?? t("wholeProvince"))}
                    </StackCell>
                    <StackCell label={t("colUntil")}>
                      <span className={x.until.getTime() < now.getTime() ? "text-slate-500" : ""}>
                        {formatDateTime(x.until, locale)}
                      </span>
                    </StackCell>
                    <StackCell label={t("colReason")} className="col-span-2 whitespace-pre-line">
                      {x.reason}
                    </StackCell>
                    <StackCell label={t("colBy")}>
                      {x.createdBy?.fullName ?? ""}
                      <span className="block text-xs text-slate-600">
                        {formatDateTime(x.createdAt, locale)}
                      </span>
                    </StackCell>
                    {manage ? (
                      <StackCell label={t("revoke")}>
                        <RevokeButton id={x.id} />
                      </StackCell>
                    ) : null}
                  </StackRow>
                );
              })}
            </StackBody>
          </Table>
        )}
        {manage ? (
          <div className="max-w-4xl rounded border border-slate-200 p-4">
            <h3 className="mb-3 text-lg font-semibold text-slate-900">{t("form.title")}</h3>
            <ExceptionForm
              periods={selectable}
              communes={options.communes}
              points={options.points.map((p) => ({
                id: p.id,
                name: `${p.name} — ${p.commune.name}`,
              }))}
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
