// Reads a roster file into rows of cells: .xlsx with exceljs, .csv with papaparse. CSV comes as
// Vietnamese Excel saves it — UTF-8 with a BOM, separated by ";" — or with "," or tabs; the
// separator is the one the header line uses. The header row is found among the first rows (offices
// put a title above it), and every row keeps its number in the file, so a problem can be found in
// Excel by the row number the preview shows.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { type ColumnKey, type HeaderMap, mapHeader } from "./columns";
import type { Cell } from "./values";

export interface SheetRow {
  /** 1-based row number in the file (the sheet's row, or the CSV line's record number). */
  rowNumber: number;
  cells: Cell[];
}

export interface RosterSheet {
  header: HeaderMap;
  headerRowNumber: number;
  rows: SheetRow[];
}

export type ReadProblem = "fileType" | "fileUnreadable" | "noHeader" | "tooManyRows";

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

function withHeader(rows: SheetRow[]): RosterSheet {
  let best: { at: number; header: HeaderMap } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const header = mapHeader((rows[i]?.cells ?? []).map((c) => (typeof c === "string" ? c : "")));
    const found = Object.keys(header.index).length;
    if (found >= 2 && (!best || found > Object.keys(best.header.index).length))
      best = { at: i, header };
  }
  if (!best) throw new RosterFileError("noHeader", ["fullName", "citizenId", "team"]);
  if (best.header.missing.length > 0) throw new RosterFileError("noHeader", best.header.missing);
  const body = rows
    .slice(best.at + 1)
    .filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== ""));
  if (body.length > MAX_ROWS) throw new RosterFileError("tooManyRows");
  return { header: best.header, headerRowNumber: rows[best.at]?.rowNumber ?? 1, rows: body };
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

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
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
