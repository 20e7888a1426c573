import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SourceReports } from "./list-source-reports";
import { type DataTable, pointHref, type Translate } from "./table-model";

// The approved reports behind a dashboard figure (/dashboard/reports), as a table and an export.

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
          ...(r.pointId ? { href: pointHref({ locale }, r.pointId, s.setup.filter) } : {}),
        },
        { value: r.modelName ?? "" },
        { value: r.value },
      ],
    })),
  };
}
