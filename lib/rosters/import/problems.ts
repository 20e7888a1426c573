import type { ColumnKey } from "./columns";

// What the preview says about a row. Codes are keys of Imports.problems (messages/*/imports.json):
// the page shows each in the reader's language with its row number and column header.

export type Severity = "error" | "warning" | "question";

export const ERROR_CODES = [
  "nameMissing",
  "citizenIdMissing",
  "citizenIdFormat",
  "citizenIdScientific",
  "citizenIdProvince",
  "citizenIdGender",
  "citizenIdBirthYear",
  "citizenIdCentury",
  "birthDateInvalid",
  "genderInvalid",
  "phoneInvalid",
  "ethnicityUnknown",
  "religionUnknown",
  "roleUnknown",
  "joinedOnInvalid",
  "joinedOnFuture",
  "teamMissing",
  "teamUnknown",
  "teamAmbiguous",
  "areaUnknown",
  "areaAmbiguous",
  "formerCommuneUnknown",
  "formerCommuneAmbiguous",
  "outsideScope",
  "repeatedInFile",
  "alreadyInTeam",
  "inOtherTeam",
  "twoLeadersInFile",
  "teamHasLeader",
] as const;
export const WARNING_CODES = ["ageOutside", "alsoInOtherTeam", "personDiffers"] as const;
export const QUESTION_CODES = ["formerCommuneSplit"] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type QuestionCode = (typeof QUESTION_CODES)[number];
export type ProblemCode = ErrorCode | WarningCode | QuestionCode;

export type ProblemValues = Record<string, string | number>;

export interface RowProblem {
  code: ProblemCode;
  severity: Severity;
  column: ColumnKey | null;
  values?: ProblemValues;
}

export const error = (
  code: ErrorCode,
  column: ColumnKey | null,
  values?: ProblemValues,
): RowProblem => ({ code, severity: "error", column, ...(values ? { values } : {}) });
export const warning = (
  code: WarningCode,
  column: ColumnKey | null,
  values?: ProblemValues,
): RowProblem => ({ code, severity: "warning", column, ...(values ? { values } : {}) });
