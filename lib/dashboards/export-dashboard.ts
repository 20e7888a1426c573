import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DataTable, TableRow } from "./tables";

// A dashboard table as an .xlsx: the same rows, figures and headers as on screen (tables.ts).

export async function tableWorkbook(table: DataTable, locale: AppLocale): Promise<Buffer> {
  const columns: Column<TableRow>[] = table.columns.map((c, i) => ({
    header: c.header,
    // A dashboard's "percent" is a change, its "rate" a share.
    kind: c.kind === "rate" ? "percent" : c.kind === "percent" ? "change" : c.kind,
    value: (row) => row.cells[i]?.value ?? null,
    width: c.kind === "text" ? 32 : 16,
  }));
  return buildWorkbook({
    sheet: table.sheet,
    title: table.title,
    columns,
    rows: table.rows,
    locale,
  });
}

export function tableFileName(base: string, table: DataTable): string {
  return `${base}-${table.id}.xlsx`;
}
