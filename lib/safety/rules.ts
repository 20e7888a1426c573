import type { SafetyUnitType } from "@/lib/generated/prisma/enums";

// The rules of "An toàn về ANTT" (Thông tư 124/2021/TT-BCA) that the portal checks. Pure: the unit
// tests run them without a database.

/** The year of the 2025 merger: evaluations of earlier years name the former commune too (decision 010). */
export const MERGER_YEAR = 2025;
/** The first year the portal takes registrations for (the oldest published evaluations). */
export const FIRST_SAFETY_YEAR = 2015;

/**
 * A commune recognised "An toàn về ANTT" needs at least 70 % of its residential areas and of its
 * agencies, enterprises and schools recognised that year: 7 of 10 meets it, 69 of 100 does not.
 * Counted in whole units (achieved × 10 ≥ registered × 7), so no rounding decides a commune.
 */
export const COMMUNE_RULE_SHARE = { numerator: 7, denominator: 10 } as const;

export function meetsCommuneRule(recognised: number, registered: number): boolean {
  if (registered === 0) return false;
  return recognised * COMMUNE_RULE_SHARE.denominator >= registered * COMMUNE_RULE_SHARE.numerator;
}

/** A commune recognised without its units meeting the 70 % rule: shown with a warning. */
export function breaksCommuneRule(
  communeAchieved: boolean,
  recognised: number,
  registered: number,
): boolean {
  return communeAchieved && !meetsCommuneRule(recognised, registered);
}

/**
 * A decision number as the decisions are numbered: "123/QĐ-UBND", "45/QĐ-BCA-V05",
 * "12/2023/QĐ-UBND". Lower case and "QD" for "QĐ" are read as typed by a tired officer and stored in
 * the official form; anything else is refused.
 */
const DECISION_NUMBER =
  /^(\d{1,6})(\/\d{4})?\/(QĐ|QD)-([A-ZĐ0-9]{1,12}(?:-[A-ZĐ0-9]{1,12}){0,3})$/u;

export function normalizeDecisionNumber(text: string): string | null {
  const compact = text.normalize("NFC").replace(/\s+/gu, "").toLocaleUpperCase("vi");
  const match = DECISION_NUMBER.exec(compact);
  if (!match) return null;
  const [, number, year, , issuer] = match;
  if (Number(number) === 0) return null;
  return `${number}${year ?? ""}/QĐ-${issuer}`.normalize("NFC");
}

/**
 * Whether a decision of `decidedOn` (an ISO day) can decide the evaluation of `year`: within the year
 * or the next one (results are announced at the year's end or early the year after), never in the
 * future.
 */
export function decisionDateProblem(
  year: number,
  decidedOn: string,
  today: string,
): "beforeYear" | "tooLate" | "inFuture" | null {
  const decidedYear = Number(decidedOn.slice(0, 4));
  if (decidedOn > today) return "inFuture";
  if (decidedYear < year) return "beforeYear";
  if (decidedYear > year + 1) return "tooLate";
  return null;
}

/** The years an officer may register units for: from the first year to the next year. */
export function registrationYearProblem(year: number, thisYear: number): boolean {
  return year < FIRST_SAFETY_YEAR || year > thisYear + 1;
}

/** The unit type of an organisation's registration follows its kind. */
export const ORGANIZATION_UNIT_TYPES = ["AGENCY", "ENTERPRISE", "SCHOOL"] as const;

export function isOrganizationType(type: SafetyUnitType): boolean {
  return (ORGANIZATION_UNIT_TYPES as readonly string[]).includes(type);
}

/** A rate of whole units: recognised and registered, and the ratio (null when nothing was registered). */
export interface Rate {
  achieved: number;
  total: number;
  ratio: number | null;
}

export function rateOf(achieved: number, total: number): Rate {
  return { achieved, total, ratio: total === 0 ? null : achieved / total };
}

export function addRates(...rates: Rate[]): Rate {
  const achieved = rates.reduce((sum, r) => sum + r.achieved, 0);
  const total = rates.reduce((sum, r) => sum + r.total, 0);
  return rateOf(achieved, total);
}
