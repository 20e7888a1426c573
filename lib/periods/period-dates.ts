import type { AppLocale } from "@/lib/i18n/routing";
import { formatQuarter } from "@/lib/i18n/format";

// A reporting period is one calendar quarter. Its deadline is 15 days after the quarter ends by
// default; entry closes after a grace period (15 more days) at 23:59:59 Vietnam time (UTC+7, no
// daylight saving), unless a province administrator reopens it. Pure functions: no database.

export const DEADLINE_DAYS = 15;
export const GRACE_DAYS = 15;
const VIETNAM_OFFSET_HOURS = 7;
const DAY_MS = 86_400_000;
/** Vietnam time is UTC+7 all year. */
export const VIETNAM_OFFSET_MS = VIETNAM_OFFSET_HOURS * 3_600_000;

export interface PeriodDates {
  year: number;
  quarter: number;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  closesAt: Date;
}

export interface PeriodRules {
  /** Days after the quarter's last day by which reports are due. */
  deadlineDays?: number;
  /** Days after the deadline until entry closes. */
  graceDays?: number;
}

/** A calendar date (for @db.Date columns): midnight UTC of that day. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function assertQuarter(year: number, quarter: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError(`No quarter ${quarter} of ${year}`);
  }
}

/** First day of the quarter. */
export function quarterStart(year: number, quarter: number): Date {
  assertQuarter(year, quarter);
  return day(year, quarter * 3 - 2, 1);
}

/** Last day of the quarter. */
export function quarterEnd(year: number, quarter: number): Date {
  assertQuarter(year, quarter);
  return addDays(day(year, quarter * 3 + 1, 1), -1);
}

/** The quarter a calendar date falls in. */
export function quarterOf(date: Date): { year: number; quarter: number } {
  return { year: date.getUTCFullYear(), quarter: Math.floor(date.getUTCMonth() / 3) + 1 };
}

/** 00:00 in Vietnam on that calendar day, as an instant (17:00 UTC of the day before). */
export function startOfDayInVietnam(date: Date): Date {
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), -VIETNAM_OFFSET_HOURS),
  );
}

/** 23:59:59 in Vietnam on that calendar day, as an instant. */
export function endOfDayInVietnam(date: Date): Date {
  return new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      23 - VIETNAM_OFFSET_HOURS,
      59,
      59,
    ),
  );
}

export function periodDates(year: number, quarter: number, rules: PeriodRules = {}): PeriodDates {
  const startsOn = quarterStart(year, quarter);
  const endsOn = quarterEnd(year, quarter);
  const deadline = addDays(endsOn, rules.deadlineDays ?? DEADLINE_DAYS);
  const closesAt = endOfDayInVietnam(addDays(deadline, rules.graceDays ?? GRACE_DAYS));
  return { year, quarter, startsOn, endsOn, deadline, closesAt };
}

/** Every quarter from `fromYear` Q1 to `toYear` Q4. */
export function periodRange(fromYear: number, toYear: number, rules?: PeriodRules): PeriodDates[] {
  const periods: PeriodDates[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) periods.push(periodDates(year, quarter, rules));
  }
  return periods;
}

/** Key of a period in maps and logs: "2024-Q3". */
export const periodKey = (year: number, quarter: number): string => `${year}-Q${quarter}`;

/** "Quý III/2024" (vi) / "Q3 2024" (en). */
export function periodLabel(year: number, quarter: number, locale: AppLocale = "vi"): string {
  return formatQuarter(year, quarter, locale);
}
