import type { AppLocale } from "@/lib/i18n/routing";
import { type DataTable, round4, type TableRow, type Translate } from "./table-model";
import type { RosterTotals } from "./types";

// The roster totals of a province or commune (teams by kind, members by role, gender, ethnicity,
// age band, each with its share).

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
