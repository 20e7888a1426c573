// Turns a sheet row into the values of one membership, with the problems that the row alone shows
// (a bad citizen ID, an unreadable date, an unknown role). Pure: the checks against the database
// come after (check-rows.ts).
import type { MemberRole, Religion } from "@/lib/generated/prisma/enums";
import { citizenIdProblems, cleanCitizenId, decodeCitizenId } from "@/lib/rosters/citizen-id";
import { normalisePhone } from "@/lib/rosters/phone";
import type { ColumnKey, HeaderMap } from "./columns";
import { error, type RowProblem } from "./problems";
import type { SheetRow } from "./read-file";
import {
  type Cell,
  cellText,
  ethnicityCellKey,
  normaliseName,
  parseDate,
  parseGender,
  parseReligion,
  parseRole,
} from "./values";

export interface ImportRow {
  rowNumber: number;
  fullName: string;
  birthDate: Date | null;
  gender: "MALE" | "FEMALE" | null;
  citizenId: string;
  phone: string | null;
  ethnicityKey: string;
  ethnicityText: string;
  religion: Religion;
  areaName: string;
  teamName: string;
  role: MemberRole;
  joinedOn: Date;
  former: { commune: string; district: string; province: string };
  problems: RowProblem[];
}

export function cellOf(row: SheetRow, header: HeaderMap, key: ColumnKey): Cell {
  const index = header.index[key];
  return index === undefined ? null : (row.cells[index] ?? null);
}

/** The day an import runs, as a calendar date: the joined date of rows that leave it empty. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * A number typed into a cell Excel treats as numeric loses its leading zeros: 095065001234 becomes
 * 95065001234, 0912345678 becomes 912345678. Such a cell is given its zeros back.
 */
function numberAsDigits(cell: Cell, digits: number): string {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0)
    return String(cell).padStart(digits, "0");
  return cellText(cell);
}

const SCIENTIFIC = /^\s*(\d)(?:[.,](\d+))?\s*e\s*\+?\s*(\d{1,2})\s*$/iu;

/**
 * A citizen ID that Excel wrote in scientific notation, as a CSV it saves from a number column
 * too narrow for it: "9.5065001234E+10" still holds every digit and is 095065001234 again;
 * "9.51E+10" lost its digits, and no one can tell which citizen it was ("lost").
 */
export function scientificDigits(text: string, digits: number): { digits: string } | "lost" | null {
  const match = SCIENTIFIC.exec(text);
  if (!match) return null;
  const mantissa = (match[1] ?? "") + (match[2] ?? "");
  const exponent = Number(match[3]);
  const length = exponent + 1;
  if (length > digits || mantissa.length > length) return "lost";
  // Every digit Excel kept, and the number as long as an ID without its leading zeros or longer.
  if (mantissa.length < length || length < digits - 2) return "lost";
  return { digits: mantissa.padStart(digits, "0") };
}

/** An old commune's five-digit code that Excel kept as a number loses its leading zeros too. */
function formerCommuneText(cell: Cell): string {
  const text = numberAsDigits(cell, 5);
  return /^\d{1,4}$/u.test(text) ? text.padStart(5, "0") : text;
}

export function readRow(row: SheetRow, header: HeaderMap, day: Date): ImportRow {
  const cell = (key: ColumnKey) => cellOf(row, header, key);
  const problems: RowProblem[] = [];

  const fullName = normaliseName(cell("fullName"));
  if (fullName === "") problems.push(error("nameMissing", "fullName"));

  const birthCell = cell("birthDate");
  const birthDate = parseDate(birthCell);
  if (cellText(birthCell) !== "" && !birthDate)
    problems.push(error("birthDateInvalid", "birthDate", { value: cellText(birthCell) }));

  const citizenText = numberAsDigits(cell("citizenId"), 12);
  const scientific = scientificDigits(citizenText, 12);
  const citizenId = scientific === "lost" ? "" : cleanCitizenId(scientific?.digits ?? citizenText);
  const genderCell = cell("gender");
  let gender = parseGender(genderCell);
  if (cellText(genderCell) !== "" && !gender)
    problems.push(error("genderInvalid", "gender", { value: cellText(genderCell) }));
  // No gender written: the citizen ID's fourth digit says it.
  if (cellText(genderCell) === "") gender = decodeCitizenId(citizenId)?.gender ?? null;

  if (scientific === "lost")
    problems.push(error("citizenIdScientific", "citizenId", { value: citizenText }));
  else if (citizenId === "") problems.push(error("citizenIdMissing", "citizenId"));
  else
    for (const problem of citizenIdProblems(citizenId, { gender, birthDate }))
      problems.push(error(problem, "citizenId", { value: citizenId }));

  const phoneText = numberAsDigits(cell("phone"), 10);
  const phone = phoneText === "" ? null : normalisePhone(phoneText);
  if (phoneText !== "" && !phone)
    problems.push(error("phoneInvalid", "phone", { value: phoneText }));

  const religionCell = cell("religion");
  const religion = parseReligion(religionCell);
  if (!religion)
    problems.push(error("religionUnknown", "religion", { value: cellText(religionCell) }));

  const roleCell = cell("role");
  const role = parseRole(roleCell);
  if (!role) problems.push(error("roleUnknown", "role", { value: cellText(roleCell) }));

  const joinedCell = cell("joinedOn");
  let joinedOn = parseDate(joinedCell);
  if (cellText(joinedCell) !== "" && !joinedOn)
    problems.push(error("joinedOnInvalid", "joinedOn", { value: cellText(joinedCell) }));
  else if (joinedOn && joinedOn.getTime() > day.getTime())
    problems.push(error("joinedOnFuture", "joinedOn", { value: cellText(joinedCell) }));
  joinedOn ??= day;

  const teamName = cellText(cell("team"));
  if (teamName === "") problems.push(error("teamMissing", "team"));

  return {
    rowNumber: row.rowNumber,
    fullName,
    birthDate,
    gender,
    citizenId,
    phone,
    ethnicityKey: ethnicityCellKey(cell("ethnicity")),
    ethnicityText: cellText(cell("ethnicity")),
    religion: religion ?? "NONE",
    areaName: cellText(cell("area")),
    teamName,
    role: role ?? "MEMBER",
    joinedOn,
    former: {
      commune: formerCommuneText(cell("formerCommune")),
      district: cellText(cell("formerDistrict")),
      province: cellText(cell("formerProvince")),
    },
    problems,
  };
}
