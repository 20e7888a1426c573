import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { dashboardParams, queryString } from "@/lib/dashboards/filter";
import { listSourceReports, SOURCE_REPORTS_LIMIT } from "@/lib/dashboards/list-source-reports";
import { rangeLabel, sourceReportsTable, type Translate } from "@/lib/dashboards/tables";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { SearchParams } from "@/lib/validation/fields";
import { DataTable } from "../_components/data-table";

// The approved reports behind a dashboard figure (issue 9, point 7), read-only. Named for what it
// is so the report workflow's own list (issue 8) can take its filter over.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "SourceReports" });
  return { title: t("title") };
}

export default async function SourceReportsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePermission(locale, `/${locale}/dashboard/reports`, "overview.view");
  const query = await searchParams;
  const [reports, sr, dr] = await Promise.all([
    listSourceReports(user, query),
    getTranslations({ locale, namespace: "SourceReports" }),
    getTranslations({ locale, namespace: "Dashboard" }),
  ]);
  const ts: Translate = (key, values) => sr(key as never, values as never);
  const td: Translate = (key, values) => dr(key as never, values as never);
  const { setup } = reports;
  const name = locale === "vi" ? setup.indicator.nameVi : setup.indicator.nameEn;
  const period = rangeLabel(setup.filter.range, locale, td);
  const table = sourceReportsTable(reports, locale, ts, `${sr("title")} — ${name} — ${period}`);
  const view = setup.view;
  const place =
    view.level === "NATION"
      ? td("nation")
      : view.level === "PROVINCE"
        ? view.provinceName
        : `${view.communeName}, ${view.provinceName}`;
  const here = {
    ...dashboardParams(setup.filter),
    ...(reports.modelId ? { model: reports.modelId } : {}),
    ...(reports.pointId ? { point: reports.pointId } : {}),
  };
  return (
    <div className="mx-auto max-w-7xl space-y-5 px-4 py-6">
      <a
        href={`/${locale}/dashboard${queryString(dashboardParams(setup.filter))}`}
        className="text-sm font-medium text-brand-700 underline print:hidden"
      >
        {sr("back")}
      </a>
      <h1 className="text-2xl font-bold text-slate-900">{sr("title")}</h1>
      <p className="text-slate-700">
        <strong>{name}</strong> · {period} · {place}
      </p>
      <p className="text-sm text-slate-600">{sr("intro")}</p>
      {setup.indicator.aggregation === "STOCK" ? (
        <p className="text-sm text-slate-600">{sr("stockNote")}</p>
      ) : null}
      <p className="font-medium" data-testid="source-summary">
        {sr("summary", {
          count: formatNumber(reports.count, locale),
          total: formatNumber(reports.total, locale),
        })}
        {reports.count > SOURCE_REPORTS_LIMIT
          ? ` ${sr("limited", { shown: formatNumber(SOURCE_REPORTS_LIMIT, locale) })}`
          : ""}
      </p>
      <a
        href={`/${locale}/dashboard/export${queryString({ ...here, table: "reports" })}`}
        className="text-sm font-medium text-brand-700 underline print:hidden"
        data-export="reports"
      >
        {td("export")}
      </a>
      <DataTable
        table={table}
        locale={locale}
        sortLabel={td("sortBy", { column: "{column}" })}
        emptyLabel={sr("none")}
        linkLabel={td("sourceLink", { value: "{value}" })}
      />
    </div>
  );
}
