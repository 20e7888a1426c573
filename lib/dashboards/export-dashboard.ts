import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import type { DataTable, TableRow } from "./tables";

// A dashboard table as an .xlsx: the same rows, figures and headers as on screen (tables.ts).

export async function tableWorkbook(table: DataTable): Promise<Buffer> {
  const columns: Column<TableRow>[] = table.columns.map((c, i) => ({
    header: c.header,
    kind: c.kind === "rate" ? "percent" : c.kind,
    value: (row) => row.cells[i]?.value ?? null,
    width: c.kind === "text" ? 32 : 16,
  }));
  return buildWorkbook({ sheet: table.sheet, title: table.title, columns, rows: table.rows });
}

export function tableFileName(base: string, table: DataTable): string {
  return `${base}-${table.id}.xlsx`;
}
