import type { PrismaClient } from "../../lib/generated/prisma/client";

// Reporting periods: every quarter from 2023 Q1 to 2026 Q4. The deadline is 15 days after the
// quarter ends; entry closes 15 days later at 23:59:59 Vietnam time (UTC+7, no daylight saving).

export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2026;
export const DEADLINE_DAYS = 15;
export const GRACE_DAYS = 15;
const VIETNAM_OFFSET_HOURS = 7;

export interface PeriodSeed {
  year: number;
  quarter: number;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  closesAt: Date;
}

/** A calendar date (for @db.Date columns): midnight UTC of that day. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function buildPeriod(year: number, quarter: number): PeriodSeed {
  const startsOn = day(year, quarter * 3 - 2, 1);
  const endsOn = addDays(day(year, quarter * 3 + 1, 1), -1);
  const deadline = addDays(endsOn, DEADLINE_DAYS);
  const closeDay = addDays(deadline, GRACE_DAYS);
  const closesAt = new Date(
    Date.UTC(
      closeDay.getUTCFullYear(),
      closeDay.getUTCMonth(),
      closeDay.getUTCDate(),
      23 - VIETNAM_OFFSET_HOURS,
      59,
      59,
    ),
  );
  return { year, quarter, startsOn, endsOn, deadline, closesAt };
}

export function buildPeriods(fromYear = FIRST_YEAR, toYear = LAST_YEAR): PeriodSeed[] {
  const periods: PeriodSeed[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) periods.push(buildPeriod(year, quarter));
  }
  return periods;
}

export const periodKey = (year: number, quarter: number): string => `${year}-Q${quarter}`;

/** Creates the missing periods; returns the id of every period by `periodKey`. */
export async function seedPeriods(db: PrismaClient): Promise<Map<string, number>> {
  await db.reportingPeriod.createMany({ data: buildPeriods(), skipDuplicates: true });
  const rows = await db.reportingPeriod.findMany({
    select: { id: true, year: true, quarter: true },
  });
  return new Map(rows.map((r) => [periodKey(r.year, r.quarter), r.id]));
}
