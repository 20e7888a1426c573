// Every table exports to Excel with the figures on screen: Vietnamese headers, numbers as numbers
// shown "1.522" (Excel formats them with the reader's separators; the format code asks for
// grouping), dates as real dates shown "20/04/2016", percentages as ratios shown "98,59 %" in a
// Vietnamese workbook (a space before the sign, as lib/i18n/format writes them on the page) and
// "98.59%" in an English one, text as text. exceljs writes the file.
import ExcelJS from "exceljs";
import type { AppLocale } from "@/lib/i18n/routing";

export type CellValue = string | number | bigint | Date | boolean | null | undefined;

export interface Column<Row> {
  header: string;
  /** The cell of a row. A Date is a calendar date; a bigint (đồng) becomes a number. */
  value(row: Row): CellValue;
  /** "percent" a share (98,59 %), "change" a signed one (+12,50 %). */
  kind?: "text" | "integer" | "decimal" | "date" | "percent" | "change";
  width?: number;
}

type Kind = NonNullable<Column<unknown>["kind"]>;

// The format codes are written with "." and "," as Excel stores them; Excel shows them with the
// reader's separators. Only the space before the percent sign differs between the languages.
export function numberFormat(kind: Kind, locale: AppLocale = "vi"): string {
  const percent = locale === "vi" ? "0.00 %" : "0.00%";
  switch (kind) {
    case "text":
      return "@";
    case "integer":
      return "#,##0";
    case "decimal":
      return "#,##0.00";
    case "date":
      return "dd/mm/yyyy";
    case "percent":
      return percent;
    case "change":
      return `+${percent};-${percent};${percent}`;
  }
}

function cell(value: CellValue): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "bigint") return Number(value);
  return value;
}

/** One sheet: a title row, the header row (bold, frozen, filtered), then the rows. */
export async function buildWorkbook<Row>(options: {
  sheet: string;
  title?: string;
  columns: Column<Row>[];
  rows: Iterable<Row>;
  /** The language of the headers, for the percent format (Vietnamese unless told). */
  locale?: AppLocale;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cổng thông tin phong trào Toàn dân bảo vệ an ninh Tổ quốc";
  workbook.created = new Date();
  // Excel limits sheet names to 31 characters without []:*?/\
  const sheet = workbook.addWorksheet(options.sheet.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
  let headerRow = 1;
  if (options.title) {
    sheet.addRow([options.title]).font = { bold: true, size: 13 };
    headerRow = 2;
  }
  const header = sheet.addRow(options.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  options.columns.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = column.width ?? Math.min(40, Math.max(10, column.header.length + 2));
    if (column.kind && column.kind !== "text")
      col.numFmt = numberFormat(column.kind, options.locale);
  });
  for (const row of options.rows) {
    sheet.addRow(options.columns.map((c) => cell(c.value(row))));
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: Math.max(1, options.columns.length) },
  };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A download of a workbook, named in Vietnamese (RFC 5987 for the non-ASCII name). */
export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(new Uint8Array(buffer), {
    headers: {
      "content-type": XLSX_TYPE,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
    },
  });
}
