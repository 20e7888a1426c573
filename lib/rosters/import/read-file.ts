// Reads a roster file into rows of cells: .xlsx with exceljs, .csv with papaparse. CSV comes as
// Vietnamese Excel saves it — UTF-8 with a BOM, separated by ";" — or with "," or tabs; the
// separator is the one the header line uses. The header row is found among the first rows (offices
// put a title above it), and every row keeps its number in the file, so a problem can be found in
// Excel by the row number the preview shows.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type ColumnKey, columnOf, type HeaderMap, mapHeader } from "./columns";
import { type Cell, cellText, parseDate } from "./values";

export interface SheetRow {
  /** 1-based row number in the file (the sheet's row, or the CSV line's record number). */
  rowNumber: number;
  cells: Cell[];
}

export interface RosterSheet {
  header: HeaderMap;
  headerRowNumber: number;
  rows: SheetRow[];
  /** Row numbers of the lines under the list that name no member (see footerStart). */
  footer: number[];
}

export type ReadProblem =
  "fileType" | "fileUnreadable" | "noHeader" | "tooManyRows" | "encodingLost";

export class RosterFileError extends Error {
  constructor(
    readonly problem: ReadProblem,
    readonly missing: ColumnKey[] = [],
  ) {
    super(problem);
  }
}

export const MAX_ROWS = 20_000;
const HEADER_SEARCH_ROWS = 10;
const MAX_FOOTER_ROWS = 12;

export function fileKind(fileName: string): "xlsx" | "csv" | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  return null;
}

export async function readRosterFile(fileName: string, bytes: Uint8Array): Promise<RosterSheet> {
  const kind = fileKind(fileName);
  if (!kind) throw new RosterFileError("fileType");
  const rows = kind === "xlsx" ? await readXlsx(bytes) : readCsv(bytes);
  return withHeader(rows);
}

const headerTexts = (row: SheetRow | undefined): string[] =>
  (row?.cells ?? []).map((c) => (typeof c === "string" ? c : ""));
const found = (header: HeaderMap) => Object.keys(header.index).length;

/**
 * A header of two rows, as offices draw it with merged cells: "Họ và tên", "Số CCCD" merged down
 * over two rows, and "Liên hệ" merged across "Số điện thoại" and "Zalo" in the row below. The row
 * next to the header row is part of it when it names columns the header row leaves empty, and has
 * nothing under the name and citizen ID columns (a data row always has).
 */
function twoRowHeader(main: string[], other: SheetRow | undefined, header: HeaderMap) {
  if (!other) return null;
  const texts = headerTexts(other);
  const dataColumns = [header.index.fullName, header.index.citizenId];
  if (dataColumns.some((i) => i !== undefined && (texts[i] ?? "").trim() !== "")) return null;
  const width = Math.max(main.length, texts.length);
  // A column's name wins over a group's label above or below it ("Liên hệ" over "Số điện thoại").
  const merged = Array.from({ length: width }, (_, i) => {
    const [own, next] = [main[i] ?? "", texts[i] ?? ""];
    if (columnOf(own)) return own;
    return columnOf(next) || own.trim() === "" ? next : own;
  });
  const combined = mapHeader(merged);
  return found(combined) > found(header) ? combined : null;
}

function withHeader(rows: SheetRow[]): RosterSheet {
  let best: { at: number; header: HeaderMap } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const header = mapHeader(headerTexts(rows[i]));
    if (found(header) >= 2 && (!best || found(header) > found(best.header)))
      best = { at: i, header };
  }
  if (!best) {
    if (rows.slice(0, HEADER_SEARCH_ROWS).some((row) => lostLetters(headerTexts(row).join(" "))))
      throw new RosterFileError("encodingLost");
    throw new RosterFileError("noHeader", ["fullName", "citizenId", "team"]);
  }
  let bodyStart = best.at + 1;
  const main = headerTexts(rows[best.at]);
  const below = twoRowHeader(main, rows[best.at + 1], best.header);
  if (below) {
    best = { at: best.at, header: below };
    bodyStart += 1;
  } else {
    const above = best.at > 0 ? twoRowHeader(main, rows[best.at - 1], best.header) : null;
    if (above) best = { at: best.at, header: above };
  }
  if (best.header.missing.length > 0) throw new RosterFileError("noHeader", best.header.missing);
  const body = rows
    .slice(bodyStart)
    .filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== ""));
  if (body.length > MAX_ROWS) throw new RosterFileError("tooManyRows");
  const end = footerStart(body, best.header);
  return {
    header: best.header,
    headerRowNumber: rows[best.at]?.rowNumber ?? 1,
    rows: body.slice(0, end),
    footer: body.slice(end).map((row) => row.rowNumber),
  };
}

/**
 * Where the lines under the list begin: an official list ends with a total ("Tổng cộng: 25
 * người"), the place and date, and the signatures ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)").
 * They are the last rows, and none has a digit in the citizen ID column or a date in the birth
 * date column; the preview says they were left out. A row with either is a member's, even there.
 */
function footerStart(body: SheetRow[], header: HeaderMap): number {
  const cell = (row: SheetRow, index: number | undefined) =>
    index === undefined ? null : (row.cells[index] ?? null);
  let end = body.length;
  while (end > 0) {
    const row = body[end - 1] as SheetRow;
    const id = cellText(cell(row, header.index.citizenId));
    if (/\d/u.test(id) || parseDate(cell(row, header.index.birthDate))) break;
    end -= 1;
  }
  // Nothing but such rows, or more of them than a signature block has: they are members' rows
  // with their citizen IDs missing, and the preview says so at each.
  return end === 0 || body.length - end > MAX_FOOTER_ROWS ? body.length : end;
}

function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date || typeof result === "string" || typeof result === "number")
      return result;
    return null;
  }
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return null;
  return null;
}

// exceljs's streaming reader: about half the time of loading the whole workbook model.
async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const sheets: SheetRow[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: "cache",
      styles: "cache", // date cells are told from numbers by their style
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const sheet of reader) {
      const rows: SheetRow[] = [];
      for await (const row of sheet) {
        const cells: Cell[] = [];
        for (let c = 1; c <= row.cellCount; c++) cells.push(excelCell(row.getCell(c).value));
        rows.push({ rowNumber: row.number, cells });
      }
      sheets.push(rows);
    }
  } catch {
    throw new RosterFileError("fileUnreadable");
  }
  // The first sheet with a header row (the template's second sheet explains the columns).
  for (const rows of sheets) {
    try {
      withHeader(rows);
      return rows;
    } catch {
      // not this sheet
    }
  }
  return sheets[0] ?? [];
}

/**
 * Vietnamese letters a file lost when it was saved in a code page without them (an English
 * Windows's CP1252 writes "Nguy?n V?n"): a question mark or a replacement character inside a word.
 */
export function lostLetters(text: string): boolean {
  return /\p{L}\?\p{L}|\uFFFD/u.test(text);
}

// CP1252's byte for each character it decodes to (the bytes it leaves undefined decode to the C1
// control of the same number, as Windows does).
const CP1252_BYTE = new Map<string, number>();
{
  const decoded = new TextDecoder("windows-1252").decode(
    Uint8Array.from({ length: 256 }, (_, i) => i),
  );
  [...decoded].forEach((char, i) => CP1252_BYTE.set(char, i));
}

/**
 * UTF-8 text that was once read as CP1252 and saved again ("Há» vÃ  tÃªn" for "Họ và tên"), as a
 * file passed through an English Excel comes back: its characters are CP1252 bytes that spell
 * UTF-8. Given back when they do; any other text is kept as it is.
 */
export function repairMojibake(text: string): string {
  if (
    !/[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u0178\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/u.test(
      text,
    )
  )
    return text;
  const bytes: number[] = [];
  for (const char of text) {
    const byte = CP1252_BYTE.get(char);
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}

function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode Text (*.txt)": UTF-16 with its byte-order mark, tab-separated.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return repairMojibake(
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes),
    );
  } catch {
    // Not UTF-8: the Vietnamese Windows code page older Excel versions save "CSV" in.
    return new TextDecoder("windows-1258").decode(bytes);
  }
}

/** The separator of the header line, counted outside quotes: ";" as Vietnamese Excel writes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? "";
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char] = (counts[char] ?? 0) + 1;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function readCsv(bytes: Uint8Array): SheetRow[] {
  const text = decodeText(bytes).replace(/^\uFEFF/u, "");
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  if (parsed.errors.some((e) => e.type === "Delimiter"))
    throw new RosterFileError("fileUnreadable");
  return parsed.data.map((cells, i) => ({
    rowNumber: i + 1,
    cells: cells.map((c) => (c.trim() === "" ? null : c)),
  }));
}
