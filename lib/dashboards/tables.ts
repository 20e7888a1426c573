import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { comparisonTable } from "./comparison-table";
import type { Dashboard } from "./get-dashboard";
import { completenessTable, safetyTable } from "./national-tables";
import { rosterTable } from "./roster-table";
import { type DataTable, pointHref, rangeLabel, sourceHref, type Translate } from "./table-model";

// Every table of the dashboards as plain data, built once from what was read: the page renders it
// and the .xlsx export writes it, so the file holds exactly the figures on screen (ratios rounded
// to two decimals in both), under the same Vietnamese headers. The tables themselves are built in
// table-model.ts (what a table is), comparison-table.ts, national-tables.ts, roster-table.ts and
// source-reports-table.ts.

export * from "./table-model";
export { comparisonTable } from "./comparison-table";
export { completenessTable, safetyTable } from "./national-tables";
export { rosterTable } from "./roster-table";
export { sourceReportsTable } from "./source-reports-table";

/** The tables of a dashboard, in the order of the page. */
export function dashboardTables(d: Dashboard, locale: AppLocale, t: Translate): DataTable[] {
  const { setup } = d;
  const indicatorName = locale === "vi" ? setup.indicator.nameVi : setup.indicator.nameEn;
  const period = rangeLabel(setup.filter.range, locale, t);
  const titled = (heading: string) => `${heading} — ${indicatorName} — ${period}`;
  const l = { locale };
  if (d.level === "NATION") {
    return [
      comparisonTable({
        id: "provinces",
        sheet: t("sheet.provinces"),
        title: titled(t("provincesHeading")),
        unitHeader: t("col.province"),
        totalName: t("nationalTotal"),
        comparison: d.comparison,
        locale,
        t,
      }),
      safetyTable(d.safety, t),
      completenessTable(
        d.completeness,
        setup.filter.range,
        locale,
        t,
        new Map(d.safety.provinces.map((p) => [p.provinceId, p.name])),
      ),
      {
        id: "topModels",
        sheet: t("sheet.topModels"),
        title: t("topModelsHeading"),
        columns: [
          { key: "rank", header: t("col.rank"), kind: "integer" },
          { key: "model", header: t("col.model"), kind: "text" },
          { key: "points", header: t("col.points"), kind: "integer" },
          { key: "provinces", header: t("col.provinces"), kind: "integer" },
        ],
        rows: d.models.map((m, i) => ({
          key: m.id,
          cells: [{ value: i + 1 }, { value: m.name }, { value: m.points }, { value: m.provinces }],
        })),
      },
    ];
  }
  if (d.level === "PROVINCE") {
    const province = setup.view.level === "PROVINCE" ? setup.view.provinceName : "";
    return [
      comparisonTable({
        id: "communes",
        sheet: t("sheet.communes"),
        title: `${province}: ${titled(t("communesHeading"))}`,
        unitHeader: t("col.commune"),
        totalName: t("provinceTotal"),
        comparison: d.comparisons.communes,
        locale,
        t,
      }),
      comparisonTable({
        id: "models",
        sheet: t("sheet.models"),
        title: `${province}: ${titled(t("modelsHeading"))}`,
        unitHeader: t("col.model"),
        totalName: t("provinceTotal"),
        comparison: d.comparisons.models,
        locale,
        t,
        withPopulation: false,
      }),
      rosterTable(d.roster, t, locale, `${province}: ${t("rosterHeading")}`),
    ];
  }
  const view = setup.view;
  const place = view.level === "COMMUNE" ? `${view.communeName}, ${view.provinceName}` : "";
  const pointIndicatorName =
    locale === "vi" ? setup.pointIndicator.nameVi : setup.pointIndicator.nameEn;
  const figure = d.commune.communeFigure;
  return [
    // The points with the points' indicator (a point report's: the chosen one, or the one chosen for
    // the points when the chosen one is a commune report's), named in the column and the title.
    {
      id: "points",
      sheet: t("sheet.points"),
      title: `${place}: ${t("pointsHeading")} — ${pointIndicatorName} — ${period}`,
      columns: [
        { key: "name", header: t("point.name"), kind: "text" },
        { key: "model", header: t("point.model"), kind: "text" },
        { key: "total", header: pointIndicatorName, kind: "integer" },
        { key: "reports", header: t("col.reports"), kind: "integer" },
      ],
      rows: d.commune.points.map((p) => ({
        key: p.id,
        cells: [
          // The point's page with the figure of this column (a point report's indicator).
          {
            value: p.name,
            href: pointHref(l, p.id, { ...setup.filter, indicatorId: setup.pointIndicator.id }),
          },
          { value: p.modelName },
          { value: p.total, ...(p.total !== null ? { href: sourceHref(l, p.source) } : {}) },
          { value: p.reports },
        ],
      })),
    },
    // The commune report's own figure of the chosen indicator (a commune report's indicator only).
    ...(figure
      ? [
          {
            id: "commune",
            sheet: t("sheet.commune"),
            title: `${place}: ${titled(t("communeReport"))}`,
            columns: [
              { key: "indicator", header: t("indicator"), kind: "text" as const },
              { key: "total", header: t("col.total"), kind: "integer" as const },
              { key: "reports", header: t("col.reports"), kind: "integer" as const },
            ],
            rows: [
              {
                key: "commune",
                cells: [
                  { value: indicatorName },
                  {
                    value: figure.total,
                    ...(figure.total !== null ? { href: sourceHref(l, figure.source) } : {}),
                  },
                  { value: figure.reports },
                ],
              },
            ],
          },
        ]
      : []),
    {
      id: "teams",
      sheet: t("sheet.teams"),
      title: `${place}: ${t("teamsHeading")}`,
      columns: [
        { key: "name", header: t("team.name"), kind: "text" },
        { key: "kind", header: t("team.kind"), kind: "text" },
        { key: "point", header: t("team.point"), kind: "text" },
        { key: "members", header: t("team.members"), kind: "integer" },
        { key: "leaders", header: t("team.leaders"), kind: "integer" },
      ],
      rows: d.commune.teams.map((team) => ({
        key: team.id,
        cells: [
          { value: team.name, href: `/${locale}/teams/${team.id}` },
          { value: t(`teamKind.${team.kind}`) },
          { value: team.pointName ?? "" },
          { value: team.members },
          { value: team.leaders },
        ],
      })),
    },
    {
      id: "states",
      sheet: t("sheet.reports"),
      title: `${place}: ${t("reportsHeading")}`,
      columns: [
        { key: "period", header: t("state.period"), kind: "text" },
        { key: "kind", header: t("state.kind"), kind: "text" },
        { key: "draft", header: t("state.draft"), kind: "integer" },
        { key: "submitted", header: t("state.submitted"), kind: "integer" },
        { key: "returned", header: t("state.returned"), kind: "integer" },
        { key: "approved", header: t("state.approved"), kind: "integer" },
      ],
      rows: d.commune.reportStates.map((s) => ({
        key: `${s.year}-${s.quarter}-${s.kind}`,
        cells: [
          { value: formatQuarter(s.year, s.quarter, locale) },
          { value: t(`reportKind.${s.kind}`) },
          { value: s.draft },
          { value: s.submitted },
          { value: s.returned },
          { value: s.approved },
        ],
      })),
    },
    rosterTable(d.roster, t, locale, `${place}: ${t("rosterHeading")}`),
  ];
}
