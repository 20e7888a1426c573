// Roster files as offices make them, written for real: CSV bytes as Vietnamese Excel saves them
// (UTF-8 with a BOM, ";" between fields, CRLF), and .xlsx workbooks written by exceljs.
import ExcelJS from "exceljs";

export type FileCell = string | number | Date | null;

export const TEMPLATE_HEADER = [
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Số CCCD",
  "Số điện thoại",
  "Dân tộc",
  "Tôn giáo",
  "Thôn/Ấp/Tổ dân phố",
  "Tổ",
  "Chức vụ trong tổ",
  "Ngày vào tổ",
  "Xã/Phường (cũ)",
  "Huyện (cũ)",
  "Tỉnh (cũ)",
];

function csvField(value: FileCell, delimiter: string): string {
  if (value === null) return "";
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text.includes(delimiter) || text.includes('"') || text.includes("\n")
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function csvBytes(
  rows: FileCell[][],
  options: { delimiter?: string; bom?: boolean } = {},
): Uint8Array {
  const delimiter = options.delimiter ?? ";";
  const text = rows.map((r) => r.map((c) => csvField(c, delimiter)).join(delimiter)).join("\r\n");
  const body = new TextEncoder().encode(text + "\r\n");
  if (options.bom === false) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export async function xlsxBytes(
  rows: FileCell[][],
  options: { title?: string; dateFormat?: boolean } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  if (options.title) sheet.addRow([options.title]);
  for (const row of rows) sheet.addRow(row);
  if (options.dateFormat !== false)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      }),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads an .xlsx back (to check the template), sheet by sheet, as text. */
export async function readXlsxText(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const out: Record<string, string[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
      rows.push(cells);
    });
    out[sheet.name] = rows;
  }
  return out;
}
