// The values of a roster file as offices write them: dates as Excel date cells, Excel serial
// numbers, "20/4/1965", "20-04-1965", "20.04.1965", "20/04/65" or "1965-04-20"; names in NFD or with stray
// spaces; genders, roles and religions by their Vietnamese names, with or without diacritics.
import type { MemberRole, Religion } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/search/search-key";

/** A cell as read from a file: text, a number, a date (Excel date cells) or nothing. */
export type Cell = string | number | Date | null;

/**
 * Invisible format characters that text copied from the web, Zalo or Word carries: zero-width
 * spaces and joiners, soft hyphens, a byte-order mark inside a cell ("Lý\u200B Văn Tám").
 */
const INVISIBLE = /\p{Cf}/gu;

/** Text of a cell: NFC, no invisible characters, single spaces, trimmed ("" for an empty cell). */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(INVISIBLE, "").normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Each word with a capital first letter: "NGUYỄN VĂN A" → "Nguyễn Văn A". */
function titleCase(name: string): string {
  return name
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => {
      return before + letter.toLocaleUpperCase("vi");
    });
}

/**
 * A person's name as stored: NFC, single spaces, no spaces around hyphens. A name typed all in
 * capitals, as many offices write lists, is stored as names are written ("TRẦN VĂN MƯỜI" → "Trần
 * Văn Mười"); a name with any small letter is kept as typed.
 */
export function normaliseName(cell: Cell): string {
  const name = cellText(cell).replace(/\s*-\s*/gu, "-");
  const letters = name.replace(/[^\p{L}]/gu, "");
  return letters.length > 1 && letters === letters.toLocaleUpperCase("vi") ? titleCase(name) : name;
}

function calendarDate(year: number, month: number, day: number): Date | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

// Excel's day 0 is 1899-12-30 (counting its phantom 29 February 1900).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?:\s.*)?$/u;

/**
 * A two-digit year ("20/04/65") as offices type it: the latest year ending in those digits that is
 * not after the day of the import — 65 is 1965, 02 is 2002, and a date is never in the future.
 */
export function fullYear(digits: string, now = new Date()): number {
  if (digits.length !== 2) return Number(digits);
  const current = now.getUTCFullYear();
  const year = Math.floor(current / 100) * 100 + Number(digits);
  return year > current ? year - 100 : year;
}
const YEAR_FIRST = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:[\sT].*)?$/u;

/**
 * A calendar date (UTC midnight) from a cell, or null when it is not one. Day-first as Vietnam
 * writes dates; a year first means ISO. A Date cell keeps its calendar day: exceljs gives date cells
 * as UTC instants, and a time of day from a sheet saved in UTC+7 rounds to the nearest day.
 */
export function parseDate(cell: Cell): Date | null {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const rounded = new Date(Math.round(cell.getTime() / DAY_MS) * DAY_MS);
    return calendarDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1 || cell > 120_000) return null;
    const date = new Date(EXCEL_EPOCH_MS + Math.round(cell) * DAY_MS);
    return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const text = cellText(cell);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst)
    return calendarDate(fullYear(dayFirst[3] ?? ""), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst)
    return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return null;
}

const GENDERS: Record<string, "MALE" | "FEMALE"> = {
  nam: "MALE",
  male: "MALE",
  m: "MALE",
  nu: "FEMALE",
  female: "FEMALE",
  f: "FEMALE",
};

export function parseGender(cell: Cell): "MALE" | "FEMALE" | null {
  return GENDERS[searchKey(cellText(cell))] ?? null;
}

const ROLES: Record<string, MemberRole> = {
  "to truong": "LEADER",
  "truong to": "LEADER",
  "to pho": "DEPUTY",
  "pho to": "DEPUTY",
  "pho to truong": "DEPUTY",
  "to vien": "MEMBER",
  "thanh vien": "MEMBER",
  "hoi vien": "MEMBER",
};

/** The role by its Vietnamese name; an empty cell is a member (tổ viên). */
export function parseRole(cell: Cell): MemberRole | null {
  const key = searchKey(cellText(cell));
  if (key === "") return "MEMBER";
  return ROLES[key] ?? null;
}

const RELIGIONS: Record<string, Religion> = {
  "": "NONE",
  khong: "NONE",
  "khong ton giao": "NONE",
  "phat giao": "BUDDHISM",
  phat: "BUDDHISM",
  "dao phat": "BUDDHISM",
  "cong giao": "CATHOLICISM",
  "thien chua giao": "CATHOLICISM",
  "tin lanh": "PROTESTANTISM",
  "cao dai": "CAO_DAI",
  "hoa hao": "HOA_HAO",
  "phat giao hoa hao": "HOA_HAO",
  "hoi giao": "ISLAM",
  hoi: "ISLAM",
  "baha'i": "BAHAI",
  bahai: "BAHAI",
  "ba-la-mon": "BRAHMANISM",
  "ba la mon": "BRAHMANISM",
  khac: "OTHER",
};

export function parseReligion(cell: Cell): Religion | null {
  return RELIGIONS[searchKey(cellText(cell))] ?? null;
}

/** An ethnic group's name as compared ("Khơ-me", "Khơ me", "khome" are one). */
export function ethnicityKey(name: string): string {
  return searchKey(name).replace(/[^a-z0-9]+/gu, "");
}

const ETHNICITY_ALIASES: Record<string, string> = {
  viet: "kinh",
  khmer: "khome",
  hmong: "mong",
  "h'mong": "mong",
};

/** The Ethnicity row's key a cell names (an empty cell: Kinh). */
export function ethnicityCellKey(cell: Cell): string {
  const key = ethnicityKey(cellText(cell));
  if (key === "") return "kinh";
  return ETHNICITY_ALIASES[key] ?? key;
}

/**
 * A unit's name without its kind ("Xã Phong Thạnh" → "phong thanh", "Thị xã Giá Rai" → "gia rai",
 * "Tỉnh Bạc Liêu" → "bac lieu"): files write old units with or without it.
 */
export function unitKey(name: string): string {
  return searchKey(name)
    .replace(/^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp\.?|tinh)\s+/u, "")
    .replace(/[^a-z0-9 ]+/gu, "")
    .trim();
}
