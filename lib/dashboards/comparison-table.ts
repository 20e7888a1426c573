import type { AppLocale } from "@/lib/i18n/routing";
import {
  dashboardHref,
  type DataTable,
  type Links,
  rangeLabel,
  round2,
  round4,
  sourceHref,
  type TableColumn,
  type TableRow,
  type Translate,
} from "./table-model";
import type { Comparison, ComparisonRow } from "./types";

// Units (provinces, communes, models) side by side for one indicator and period: totals, per
// point, per 10,000 people, and the changes against the previous period and the year before.

function comparisonRow(r: ComparisonRow, l: Links, t: Translate, total = false): TableRow {
  const name = total ? r.name : r.former ? t("formerSuffix", { name: r.name }) : r.name;
  return {
    key: r.key,
    former: r.former,
    total,
    cells: [
      { value: name, ...(r.drill && !total ? { href: dashboardHref(l, r.drill) } : {}) },
      { value: r.total, ...(r.total !== null ? { href: sourceHref(l, r.source) } : {}) },
      { value: round2(r.perPoint) },
      { value: round2(r.perTenThousand) },
      { value: r.previous },
      { value: round4(r.changePrevious) },
      { value: r.yearBefore },
      { value: round4(r.changeYear) },
      { value: r.points },
      { value: r.population },
      { value: r.reports },
    ],
  };
}

export function comparisonTable(options: {
  id: string;
  sheet: string;
  title: string;
  unitHeader: string;
  totalName: string;
  comparison: Comparison;
  locale: AppLocale;
  t: Translate;
  withPopulation?: boolean;
}): DataTable {
  const { t, comparison, locale } = options;
  const l = { locale };
  const columns: TableColumn[] = [
    { key: "unit", header: options.unitHeader, kind: "text" },
    { key: "total", header: t("col.total"), kind: "integer" },
    { key: "perPoint", header: t("col.perPoint"), kind: "decimal" },
    { key: "perTenThousand", header: t("col.perTenThousand"), kind: "decimal" },
    {
      key: "previous",
      header: `${t("col.previous")} (${rangeLabel(comparison.previousRange, locale, t)})`,
      kind: "integer",
    },
    { key: "changePrevious", header: t("col.changePrevious"), kind: "percent" },
    {
      key: "yearBefore",
      header: `${t("col.yearBefore")} (${rangeLabel(comparison.yearBeforeRange, locale, t)})`,
      kind: "integer",
    },
    { key: "changeYear", header: t("col.changeYear"), kind: "percent" },
    { key: "points", header: t("col.points"), kind: "integer" },
    { key: "population", header: t("col.population"), kind: "integer" },
    { key: "reports", header: t("col.reports"), kind: "integer" },
  ];
  const keep =
    options.withPopulation === false
      ? columns.map((c) => c.key !== "perTenThousand" && c.key !== "population")
      : columns.map(() => true);
  const pick = <T>(list: T[]) => list.filter((_, i) => keep[i]);
  const rows = [
    ...comparison.rows.map((r) => comparisonRow(r, l, t)),
    comparisonRow({ ...comparison.total, name: options.totalName }, l, t, true),
  ].map((row) => ({ ...row, cells: pick(row.cells) }));
  return {
    id: options.id,
    sheet: options.sheet,
    title: options.title,
    columns: pick(columns),
    rows,
  };
}
