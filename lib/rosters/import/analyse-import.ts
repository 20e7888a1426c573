// One analysis for the preview and the commit: the file read into rows (pure, before any
// transaction), then checked against the commune's data inside the caller's transaction. The
// commit runs it again on the file it is given, so what it writes is checked against the data as
// it is at that moment, whatever the preview said.
import { FormError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { COLUMN_HEADERS } from "./columns";
import { type CheckedRow, checkRows, type SplitChoices, type SplitQuestion } from "./check-rows";
import type { ImportCommune } from "./import-scope";
import { loadLookups } from "./lookups";
import { readRosterFile, RosterFileError } from "./read-file";
import { type ImportRow, readRow, today } from "./read-rows";

export interface ReadFile {
  rows: ImportRow[];
  unknownHeaders: string[];
  /** Rows under the list that name no member (a total, signatures): left out. */
  footerRows: number[];
}

/** Reads and parses a file; a file that cannot be read is a FormError naming why. */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadFile> {
  try {
    const sheet = await readRosterFile(fileName, bytes);
    const day = today();
    return {
      rows: sheet.rows.map((row) => readRow(row, sheet.header, day)),
      unknownHeaders: sheet.header.unknown,
      footerRows: sheet.footer,
    };
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error;
    switch (error.problem) {
      case "fileType":
        throw new FormError("importFileType");
      case "fileUnreadable":
        throw new FormError("importFileUnreadable");
      case "encodingLost":
        throw new FormError("importEncodingLost");
      case "tooManyRows":
        throw new FormError("importTooManyRows");
      case "noHeader":
        throw new FormError("importNoHeader", {
          columns: error.missing.map((key) => `“${COLUMN_HEADERS[key][0] ?? key}”`).join(", "),
        });
    }
  }
}

export interface Analysis {
  rows: CheckedRow[];
  questions: SplitQuestion[];
}

export async function analyseRows(
  tx: Tx,
  commune: ImportCommune,
  rows: ImportRow[],
  choices: SplitChoices,
): Promise<Analysis> {
  const citizenIds = [
    ...new Set(rows.map((r) => r.citizenId).filter((id) => /^\d{12}$/u.test(id))),
  ];
  const lookups = await loadLookups(tx, commune, citizenIds);
  return checkRows(rows, lookups, choices);
}

export const hasErrors = (row: CheckedRow) => row.problems.some((p) => p.severity === "error");
export const hasQuestions = (row: CheckedRow) =>
  row.problems.some((p) => p.severity === "question");
export const needsAgeNote = (row: CheckedRow) => row.problems.some((p) => p.code === "ageOutside");
