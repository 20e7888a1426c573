import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { dashboardParams, queryString } from "@/lib/dashboards/filter";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import {
  type DataTable as Data,
  dashboardTables,
  rangeLabel,
  type Translate,
} from "@/lib/dashboards/tables";
import type { ComparisonRow } from "@/lib/dashboards/types";
import { formatDateTime, formatNumber, formatQuarter } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { SearchParams } from "@/lib/validation/fields";
import { BarsSection, TrendSection } from "./_components/chart-sections";
import { DataTable } from "./_components/data-table";
import type { ChartLabels } from "./_components/interactive-types";
import { FilterForm } from "./_components/filter-form";
import { PointIndicatorForm } from "./_components/point-indicator-form";
import { PrintButton } from "./_components/print-button";

// Figures are read at every request from the rollups, so an approval shows on the next load.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  return { title: t("title") };
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePermission(locale, `/${locale}/dashboard`, "overview.view");
  const query = await searchParams;
  const [dashboard, tr] = await Promise.all([
    getDashboard(user, query),
    getTranslations({ locale, namespace: "Dashboard" }),
  ]);
  const t: Translate = (key, values) => tr(key as never, values as never);
  const { setup } = dashboard;
  const { view, filter, indicator } = setup;
  const tables = dashboardTables(dashboard, locale, t);
  const byId = (id: string) => tables.find((table) => table.id === id);
  const [topModelsTable, safetyData, completenessData] = [
    byId("topModels"),
    byId("safety"),
    byId("completeness"),
  ];
  const communeTables = {
    commune: byId("commune"),
    points: byId("points"),
    states: byId("states"),
    teams: byId("teams"),
    roster: byId("roster"),
  };
  const base = `/${locale}/dashboard`;
  const here = dashboardParams(filter);
  const exportHref = (table: string) => `${base}/export${queryString({ ...here, table })}`;
  const indicatorName = locale === "vi" ? indicator.nameVi : indicator.nameEn;
  const period = rangeLabel(filter.range, locale, t);
  const asOf =
    dashboard.level === "NATION"
      ? dashboard.comparison.asOf
      : dashboard.level === "PROVINCE"
        ? dashboard.comparisons.communes.asOf
        : dashboard.commune.asOf;
  const heading =
    view.level === "NATION"
      ? t("titleNation")
      : view.level === "PROVINCE"
        ? t("titleProvince", { province: view.provinceName })
        : t("titleCommune", { commune: view.communeName, province: view.provinceName });
  const crumbs: { label: string; href?: string }[] = [];
  if (user.scope.level === "NATION")
    crumbs.push({
      label: t("nation"),
      href: `${base}${queryString(dashboardParams(filter, { province: null, commune: null, fp: null }))}`,
    });
  if (view.level !== "NATION" && user.scope.level !== "COMMUNE")
    crumbs.push({
      label: view.provinceName,
      href: `${base}${queryString(dashboardParams(filter, { province: view.provinceId, commune: null }))}`,
    });
  if (view.level === "COMMUNE") crumbs.push({ label: view.communeName });

  const section = (table: Data, heading: string, extra?: React.ReactNode) => (
    <section
      key={table.id}
      aria-labelledby={`h-${table.id}`}
      className="space-y-3 break-inside-avoid-page"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`h-${table.id}`} className="text-lg font-bold text-slate-900">
          {heading}
        </h2>
        <a
          href={exportHref(table.id)}
          className="text-sm font-medium text-brand-700 underline underline-offset-4 print:hidden"
          data-export={table.id}
        >
          {t("export")}
        </a>
      </div>
      {extra}
      <DataTable
        table={table}
        locale={locale}
        sortLabel={t("sortBy", { column: "{column}" })}
        emptyLabel={t("noRows")}
        linkLabel={t("sourceLink", { value: "{value}" })}
      />
    </section>
  );
  const trendOf = (
    trend: {
      quarters: { year: number; quarter: number }[];
      series: { key: string; name: string; values: (number | null)[] }[];
    },
    wholeName: string,
  ) => (
    <TrendSection
      heading={t("trendHeading")}
      quarters={trend.quarters.map((q) => formatQuarter(q.year, q.quarter, locale))}
      series={trend.series.map((s, i) => (i === 0 ? { ...s, name: wholeName } : s))}
      locale={locale}
      label={`${t("trendHeading")}: ${indicatorName}`}
      labels={chartLabels}
    />
  );
  const bars = (rows: ComparisonRow[]) => (
    <BarsSection
      heading={t("chartHeading")}
      rows={rows}
      locale={locale}
      label={indicatorName}
      labels={chartLabels}
    />
  );
  const chartLabels: ChartLabels = {
    open: t("interactive.open"),
    back: t("interactive.back"),
    loading: t("interactive.loading"),
    failed: t("interactive.failed"),
    keys: t("interactive.keys"),
    total: t("col.total"),
    perTenThousand: t("col.perTenThousand"),
    changePrevious: t("col.changePrevious"),
    changeYear: t("col.changeYear"),
  };

  return (
    <div className="dashboard mx-auto max-w-7xl space-y-8 px-4 py-6">
      <div className="space-y-2">
        {crumbs.length > 1 ? (
          <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
            <ol className="flex flex-wrap gap-1 text-slate-600">
              {crumbs.map((c, i) => (
                <li key={c.label} className="flex gap-1">
                  {i > 0 ? <span aria-hidden="true">›</span> : null}
                  {c.href && i < crumbs.length - 1 ? (
                    <a href={c.href} className="text-brand-700 underline underline-offset-2">
                      {c.label}
                    </a>
                  ) : (
                    <span aria-current="page">{c.label}</span>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{heading}</h1>
        <p className="text-slate-700">
          <strong>{indicatorName}</strong> · {t("period", { period })}
        </p>
        <p className="text-sm text-slate-600">
          {indicator.aggregation === "STOCK" ? t("stockNote") : t("flowNote")} {t("intro")}
        </p>
        <p className="text-sm font-medium text-slate-800" data-testid="as-of">
          {asOf ? t("asOf", { time: formatDateTime(asOf, locale) }) : t("asOfNone")}
        </p>
        {setup.invalid.length > 0 ? (
          <p
            role="status"
            className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
          >
            {t("invalidParams")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3 print:hidden">
          <PrintButton label={t("print")} />
          {hasPermission(user.role, "catalog.edit") && view.level === "NATION" ? (
            <a
              href={`${base}/populations`}
              className="self-center text-sm font-medium text-brand-700 underline underline-offset-4"
            >
              {t("populationsLink")}
            </a>
          ) : null}
        </div>
      </div>

      <FilterForm
        setup={setup}
        locale={locale}
        action={base}
        labels={{
          indicator: t("indicator"),
          from: t("from"),
          to: t("to"),
          show: t("show"),
          former: t("formerFilter"),
          formerAll: t("formerAll"),
        }}
        {...(dashboard.level === "PROVINCE" ? { formerProvinces: dashboard.formerProvinces } : {})}
      />

      {dashboard.level === "NATION" ? (
        <>
          {dashboard.formerShown ? (
            <p className="rounded border border-slate-300 bg-white p-3 text-sm">
              {t("formerShown", {
                name: dashboard.formerShown.name,
                successor: dashboard.formerShown.successorName,
              })}{" "}
              <a
                className="font-medium text-brand-700 underline"
                href={`${base}${queryString(dashboardParams(filter, { fp: null }))}`}
              >
                {t("showAll")}
              </a>
            </p>
          ) : null}
          {tables[0] ? section(tables[0], t("provincesHeading")) : null}
          <div className="grid gap-8 lg:grid-cols-2">
            {bars(dashboard.comparison.rows)}
            {trendOf(dashboard.comparison.trend, t("nationalTotal"))}
          </div>
          {topModelsTable ? section(topModelsTable, t("topModelsHeading")) : null}
          {safetyData
            ? section(
                safetyData,
                t("safetyHeading", { year: dashboard.safety.year }),
                <>
                  <p className="max-w-4xl text-sm text-slate-700">{t("safetyIntro")}</p>
                  {dashboard.safety.requestedYear ? (
                    <p className="max-w-4xl text-sm text-slate-700" data-testid="safety-earlier">
                      {t("safetyEarlier", {
                        requested: dashboard.safety.requestedYear,
                        year: dashboard.safety.year,
                      })}
                    </p>
                  ) : null}
                </>,
              )
            : null}
          {completenessData
            ? section(
                completenessData,
                t("completenessHeading"),
                <p className="max-w-4xl text-sm text-slate-700">{t("completenessIntro")}</p>,
              )
            : null}
        </>
      ) : null}

      {dashboard.level === "PROVINCE" ? (
        <>
          {tables[0] ? section(tables[0], t("communesHeading")) : null}
          <div className="grid gap-8 lg:grid-cols-2">
            {bars(dashboard.comparisons.communes.rows)}
            {trendOf(dashboard.comparisons.communes.trend, t("provinceTotal"))}
          </div>
          {tables[1] ? section(tables[1], t("modelsHeading")) : null}
          {tables[2]
            ? section(
                tables[2],
                t("rosterHeading"),
                <p className="text-sm text-slate-700" data-testid="roster-summary">
                  {t("roster.teams")}:{" "}
                  <strong>{formatNumber(dashboard.roster.teams, locale)}</strong> ·{" "}
                  {t("roster.members")}:{" "}
                  <strong>{formatNumber(dashboard.roster.members, locale)}</strong>.{" "}
                  {t("roster.rosterNote")}
                </p>,
              )
            : null}
        </>
      ) : null}

      {dashboard.level === "COMMUNE" ? (
        <>
          {communeTables.commune ? section(communeTables.commune, t("communeReport")) : null}
          {communeTables.points
            ? section(
                communeTables.points,
                t("pointsHeading"),
                indicator.reportKind === "COMMUNE" ? (
                  <PointIndicatorForm
                    setup={setup}
                    locale={locale}
                    action={base}
                    labels={{
                      note: t("pointsCommuneIndicator", {
                        indicator: indicatorName,
                        point:
                          locale === "vi"
                            ? setup.pointIndicator.nameVi
                            : setup.pointIndicator.nameEn,
                      }),
                      pointIndicator: t("pointIndicator"),
                      show: t("show"),
                    }}
                  />
                ) : undefined,
              )
            : null}
          {communeTables.states ? section(communeTables.states, t("reportsHeading")) : null}
          {communeTables.teams ? section(communeTables.teams, t("teamsHeading")) : null}
          {communeTables.roster
            ? section(
                communeTables.roster,
                t("rosterHeading"),
                <p className="text-sm text-slate-700" data-testid="roster-summary">
                  {t("roster.teams")}:{" "}
                  <strong>{formatNumber(dashboard.roster.teams, locale)}</strong> ·{" "}
                  {t("roster.members")}:{" "}
                  <strong>{formatNumber(dashboard.roster.members, locale)}</strong>.{" "}
                  {t("roster.rosterNote")}
                </p>,
              )
            : null}
        </>
      ) : null}
    </div>
  );
}
