import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { type Completeness, type Counts, rateOf } from "@/lib/reports/completeness";
import type { QuarterRange } from "./periods";
import { SAFETY_UNIT_TYPES, type SafetyRates, type SafetyTally } from "./read-safety-rates";
import {
  type DataTable,
  rangeLabel,
  round4,
  type TableCell,
  type TableColumn,
  type Translate,
} from "./table-model";

// The national dashboard's province × unit type and province × quarter tables.

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
        group: name,
        short: t("safetyShort.registered"),
      },
      {
        key: `${type}:achieved`,
        header: t("safetyCol.achieved", { type: name }),
        kind: "integer",
        group: name,
        short: t("safetyShort.achieved"),
      },
      {
        key: `${type}:rate`,
        header: t("safetyCol.rate", { type: name }),
        kind: "rate",
        group: name,
        short: t("safetyShort.rate"),
      },
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
        group: quarter,
        short: t(`completenessShort.${m}`),
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
