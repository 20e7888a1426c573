import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import {
  analyseRows,
  hasErrors,
  hasQuestions,
  needsAgeNote,
  readImportFile,
} from "./analyse-import";
import type { SplitChoices, SplitQuestion } from "./check-rows";
import { findImportCommune } from "./import-scope";
import type { RowProblem } from "./problems";

export interface PreviewRow {
  rowNumber: number;
  fullName: string;
  citizenId: string;
  teamName: string;
  role: "LEADER" | "DEPUTY" | "MEMBER";
  existingPerson: boolean;
  problems: RowProblem[];
}

export interface ImportPreview {
  fileName: string;
  commune: { id: number; name: string };
  unknownHeaders: string[];
  /** Rows under the list that name no member (a total, signatures), left out. */
  footerRows: number[];
  counts: {
    rows: number;
    ready: number;
    withErrors: number;
    withWarnings: number;
    unanswered: number;
    newPersons: number;
    existingPersons: number;
  };
  needsAgeNote: boolean;
  questions: SplitQuestion[];
  /** Every row with a problem, then the first clean rows (a sample, to see the columns read right). */
  rows: PreviewRow[];
}

export type PreviewProgress = (step: "read" | "check", done: number, total: number) => void;

const CLEAN_SAMPLE = 20;

/**
 * Reads a roster file and checks every row against the commune's teams, areas, persons and the
 * old → new commune mappings, writing nothing. The commune is the officer's own, or for a province
 * officer one of their province they chose.
 */
export async function previewImport(
  ctx: AuthContext,
  input: { communeId?: number; fileName: string; bytes: Uint8Array; choices?: SplitChoices },
  progress: PreviewProgress = () => undefined,
): Promise<ImportPreview> {
  progress("read", 0, 1);
  const file = await readImportFile(input.fileName, input.bytes);
  progress("read", 1, 1);
  const { commune, analysis } = await inScope(ctx, async (tx) => {
    const commune = await findImportCommune(tx, ctx, input.communeId);
    progress("check", 0, file.rows.length);
    const analysis = await analyseRows(tx, commune, file.rows, input.choices ?? {});
    return { commune, analysis };
  });
  progress("check", file.rows.length, file.rows.length);

  let clean = 0;
  const rows: PreviewRow[] = [];
  for (const row of analysis.rows) {
    const shown = row.problems.length > 0 || clean++ < CLEAN_SAMPLE;
    if (!shown) continue;
    rows.push({
      rowNumber: row.rowNumber,
      fullName: row.fullName,
      citizenId: row.citizenId,
      teamName: row.teamName,
      role: row.role,
      existingPerson: row.personId !== null,
      problems: row.problems,
    });
  }
  const withErrors = analysis.rows.filter(hasErrors).length;
  const unanswered = analysis.rows.filter(hasQuestions).length;
  const ready = analysis.rows.filter((r) => !hasErrors(r) && !hasQuestions(r));
  return {
    fileName: input.fileName,
    commune: { id: commune.id, name: commune.name },
    unknownHeaders: file.unknownHeaders,
    footerRows: file.footerRows,
    counts: {
      rows: analysis.rows.length,
      ready: ready.length,
      withErrors,
      withWarnings: analysis.rows.filter((r) => r.problems.some((p) => p.severity === "warning"))
        .length,
      unanswered,
      newPersons: new Set(ready.filter((r) => r.personId === null).map((r) => r.citizenId)).size,
      existingPersons: ready.filter((r) => r.personId !== null).length,
    },
    needsAgeNote: analysis.rows.some(needsAgeNote),
    questions: analysis.questions,
    rows: rows.sort((a, b) => a.rowNumber - b.rowNumber),
  };
}
