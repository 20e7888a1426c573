import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { queryString } from "./filter";
import { kindOf, type QuarterRange } from "./periods";
import type { Dashboard } from "./get-dashboard";
import type { SourceReports } from "./list-source-reports";
import { type Completeness, type Counts, rateOf } from "@/lib/reports/completeness";
import { SAFETY_UNIT_TYPES, type SafetyRates, type SafetyTally } from "./read-safety-rates";
import type { Comparison, ComparisonRow, RosterTotals } from "./types";

// Every table of the dashboards as plain data, built once from what was read: the page renders it
// and the .xlsx export writes it, so the file holds exactly the figures on screen (ratios rounded
// to two decimals in both), under the same Vietnamese headers.

/** "percent" is a change (shown with its sign, +12,50 %); "rate" a share of a whole (98,59 %). */
export type CellKind = "text" | "integer" | "decimal" | "percent" | "rate";

export interface TableColumn {
  key: string;
  header: string;
  kind: CellKind;
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

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
const round4 = (x: number | null): number | null =>
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

interface Links {
  locale: AppLocale;
}
const dashboardHref = (l: Links, params: Record<string, string>) =>
  `/${l.locale}/dashboard${queryString(params)}`;
const sourceHref = (l: Links, params: Record<string, string>) =>
  `/${l.locale}/dashboard/reports${queryString(params)}`;

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
  return [
    {
      id: "points",
      sheet: t("sheet.points"),
      title: `${place}: ${titled(t("pointsHeading"))}`,
      columns: [
        { key: "name", header: t("point.name"), kind: "text" },
        { key: "model", header: t("point.model"), kind: "text" },
        { key: "total", header: t("point.total"), kind: "integer" },
        { key: "reports", header: t("col.reports"), kind: "integer" },
      ],
      rows: [
        ...d.commune.points.map((p) => ({
          key: p.id,
          cells: [
            { value: p.name, href: `/${locale}/points/${p.id}` },
            { value: p.modelName },
            { value: p.total, ...(p.total !== null ? { href: sourceHref(l, p.source) } : {}) },
            { value: p.reports },
          ],
        })),
        ...(d.commune.communeTotal !== null
          ? [
              {
                key: "commune",
                cells: [
                  { value: t("communeReport") },
                  { value: "" },
                  { value: d.commune.communeTotal },
                  { value: null },
                ],
              },
            ]
          : []),
      ],
    },
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

export function rosterTable(
  roster: RosterTotals,
  t: Translate,
  locale: AppLocale,
  title: string,
): DataTable {
  const rows: TableRow[] = [];
  const group = (
    heading: string,
    items: { key: string; label: string; count: number }[],
    total: number,
  ) => {
    for (const item of items)
      rows.push({
        key: `${heading}:${item.key}`,
        cells: [
          { value: heading },
          { value: item.label },
          { value: item.count },
          { value: total > 0 ? round4(item.count / total) : null },
        ],
      });
  };
  group(
    t("roster.byKind"),
    roster.teamsByKind.map((k) => ({ key: k.key, label: t(`teamKind.${k.key}`), count: k.count })),
    roster.teams,
  );
  group(
    t("roster.byRole"),
    roster.membersByRole.map((k) => ({ key: k.key, label: t(`role.${k.key}`), count: k.count })),
    roster.members,
  );
  group(
    t("roster.byGender"),
    roster.membersByGender.map((k) => ({
      key: k.key,
      label: t(`gender.${k.key}`),
      count: k.count,
    })),
    roster.members,
  );
  group(
    t("roster.byEthnicity"),
    roster.membersByEthnicity.map((k) => ({
      key: k.key,
      label: locale === "vi" ? k.name : k.nameEn,
      count: k.count,
    })),
    roster.members,
  );
  group(
    t("roster.byAge", { year: roster.asOfYear }),
    roster.membersByAge.map((k) => ({ key: k.key, label: t(`age.${k.key}`), count: k.count })),
    roster.members,
  );
  return {
    id: "roster",
    sheet: t("sheet.roster"),
    title,
    columns: [
      { key: "group", header: t("rosterHeading"), kind: "text" },
      { key: "item", header: t("col.unit"), kind: "text" },
      { key: "count", header: t("col.count"), kind: "integer" },
      { key: "share", header: t("col.share"), kind: "rate" },
    ],
    rows,
  };
}

export function sourceReportsTable(
  s: SourceReports,
  locale: AppLocale,
  t: Translate,
  title: string,
): DataTable {
  return {
    id: "reports",
    sheet: t("col.period"),
    title,
    columns: [
      { key: "period", header: t("col.period"), kind: "text" },
      { key: "province", header: t("col.province"), kind: "text" },
      { key: "former", header: t("col.former"), kind: "text" },
      { key: "commune", header: t("col.commune"), kind: "text" },
      { key: "point", header: t("col.point"), kind: "text" },
      { key: "model", header: t("col.model"), kind: "text" },
      { key: "value", header: t("col.value"), kind: "integer" },
    ],
    rows: s.rows.map((r) => ({
      key: r.id,
      cells: [
        { value: formatQuarter(r.year, r.quarter, locale) },
        { value: r.provinceName },
        { value: r.formerProvinceName ?? "" },
        { value: r.communeName },
        {
          value: r.pointName ?? "",
          ...(r.pointId ? { href: `/${locale}/points/${r.pointId}` } : {}),
        },
        { value: r.modelName ?? "" },
        { value: r.value },
      ],
    })),
  };
}

function safetyCells(byType: Record<string, SafetyTally>): TableCell[] {
  return SAFETY_UNIT_TYPES.flatMap((type) => {
    const tally = byType[type] ?? { registered: 0, achieved: 0 };
    const rate = tally.registered > 0 ? round4(tally.achieved / tally.registered) : null;
    return [{ value: tally.registered }, { value: tally.achieved }, { value: rate }];
  });
}

/** "An toàn về ANTT": per province, for each unit type the registered, the recognised and the rate. */
export function safetyTable(safety: SafetyRates, t: Translate): DataTable {
  const columns: TableColumn[] = [{ key: "province", header: t("col.province"), kind: "text" }];
  for (const type of SAFETY_UNIT_TYPES) {
    const name = t(`safetyType.${type}`);
    columns.push(
      {
        key: `${type}:registered`,
        header: t("safetyCol.registered", { type: name }),
        kind: "integer",
      },
      { key: `${type}:achieved`, header: t("safetyCol.achieved", { type: name }), kind: "integer" },
      { key: `${type}:rate`, header: t("safetyCol.rate", { type: name }), kind: "rate" },
    );
  }
  return {
    id: "safety",
    sheet: t("sheet.safety"),
    title: t("safetyHeading", { year: safety.year }),
    columns,
    rows: [
      ...safety.provinces.map((p) => ({
        key: `p:${p.provinceId}`,
        cells: [{ value: p.name }, ...safetyCells(p.byType)],
      })),
      {
        key: "nation",
        total: true,
        cells: [{ value: t("nationalTotal") }, ...safetyCells(safety.total)],
      },
    ],
  };
}

const rateCell = (part: number, c: Counts | undefined): TableCell => ({
  value: c ? round4(rateOf(part, c.expected)) : null,
});

/**
 * Completeness, timeliness and approval, province × quarter, from lib/reports/completeness.ts: for
 * each quarter of the period the share of the reports due that were submitted, on time, approved.
 */
export function completenessTable(
  years: readonly Completeness[],
  range: QuarterRange,
  locale: AppLocale,
  t: Translate,
  /** Short province names ("Hồ Chí Minh"), as the other tables write them. */
  shortNames: ReadonlyMap<number, string> = new Map(),
): DataTable {
  const from = range.from.year * 4 + range.from.quarter;
  const to = range.to.year * 4 + range.to.quarter;
  const periods = years
    .flatMap((y) => y.periods)
    .filter((p) => p.year * 4 + p.quarter >= from && p.year * 4 + p.quarter <= to);
  const columns: TableColumn[] = [{ key: "province", header: t("col.province"), kind: "text" }];
  for (const p of periods) {
    const quarter = formatQuarter(p.year, p.quarter, locale);
    for (const m of ["submitted", "onTime", "approved"] as const)
      columns.push({
        key: `${p.id}:${m}`,
        header: t(`completenessCol.${m}`, { quarter }),
        kind: "rate",
      });
  }
  const cells = new Map<number, { name: string; cells: Record<number, Counts> }>();
  const totals: Record<number, Counts> = {};
  for (const y of years) {
    for (const row of y.rows) {
      const entry = cells.get(row.id) ?? { name: shortNames.get(row.id) ?? row.name, cells: {} };
      Object.assign(entry.cells, row.cells);
      cells.set(row.id, entry);
    }
    Object.assign(totals, y.totals);
  }
  const line = (c: Record<number, Counts>): TableCell[] =>
    periods.flatMap((p) => {
      const counts = c[p.id];
      return [
        rateCell(counts?.submitted ?? 0, counts),
        rateCell(counts?.onTime ?? 0, counts),
        rateCell(counts?.approved ?? 0, counts),
      ];
    });
  const collator = new Intl.Collator("vi");
  return {
    id: "completeness",
    sheet: t("sheet.completeness"),
    title: `${t("completenessHeading")} — ${rangeLabel(range, locale, t)}`,
    columns,
    rows: [
      ...[...cells.entries()]
        .sort((a, b) => collator.compare(a[1].name, b[1].name))
        .map(([id, r]) => ({ key: `p:${id}`, cells: [{ value: r.name }, ...line(r.cells)] })),
      { key: "nation", total: true, cells: [{ value: t("nationalTotal") }, ...line(totals)] },
    ],
  };
}
