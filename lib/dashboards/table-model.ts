import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { type DashboardFilter, dashboardParams, queryString } from "./filter";
import { kindOf, type QuarterRange } from "./periods";

// What a dashboard table is: plain data the page renders and the export writes (tables.ts), with
// the helpers the tables share (rounding as on screen, period labels, links).

/** "percent" is a change (shown with its sign, +12,50 %); "rate" a share of a whole (98,59 %). */
export type CellKind = "text" | "integer" | "decimal" | "percent" | "rate";

export interface TableColumn {
  key: string;
  /** The whole header: the export's, and the page's when the column has no group. */
  header: string;
  kind: CellKind;
  /**
   * Columns under a common heading ("Khu dân cư": đăng ký, đạt, tỷ lệ đạt): the page shows the
   * group once over them and `short` under it, so a wide table stays readable on a laptop.
   */
  group?: string;
  short?: string;
}

export interface TableCell {
  value: string | number | null;
  /** A link: the unit one level down (text cells) or the reports behind a figure. */
  href?: string;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  /** A former (pre-2025) unit, shown indented under its successor. */
  former?: boolean;
  /** The total row (nation, province), kept last whatever the sort. */
  total?: boolean;
}

export interface DataTable {
  id: string;
  sheet: string;
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const round2 = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 100) / 100;
export const round4 = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 10_000) / 10_000;

export function rangeLabel(range: QuarterRange, locale: AppLocale, t: Translate): string {
  const kind = kindOf(range);
  if (kind === "quarter") return formatQuarter(range.from.year, range.from.quarter, locale);
  if (kind === "year") return t("periodYear", { year: range.from.year });
  return t("periodRange", {
    from: formatQuarter(range.from.year, range.from.quarter, locale),
    to: formatQuarter(range.to.year, range.to.quarter, locale),
  });
}

export interface Links {
  locale: AppLocale;
}
export const dashboardHref = (l: Links, params: Record<string, string>) =>
  `/${l.locale}/dashboard${queryString(params)}`;
export const sourceHref = (l: Links, params: Record<string, string>) =>
  `/${l.locale}/dashboard/reports${queryString(params)}`;

/**
 * A point's page, reached from a dashboard: the indicator and period go along in the address, so
 * the point's page shows its figure and links back to the same view (a shared link survives reload).
 */
export function pointHref(l: Links, pointId: string, filter: DashboardFilter): string {
  const { ind, from, to } = dashboardParams(filter);
  const params: Record<string, string> = {};
  if (ind) params.ind = ind;
  if (from) params.from = from;
  if (to) params.to = to;
  return `/${l.locale}/points/${pointId}${queryString(params)}`;
}
