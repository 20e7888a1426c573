import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { periodKey, periodRange, type PeriodDates } from "../../../lib/periods/period-dates";

// The reporting periods a new install starts with: every quarter from 2023 Q1 to 2026 Q4, with the
// default deadline and closing date (lib/periods).

export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2026;

export function seedPeriodDates(): PeriodDates[] {
  return periodRange(FIRST_YEAR, LAST_YEAR);
}

/** Creates the missing periods; returns the id of every period by `periodKey`. */
export async function seedPeriods(db: PrismaClient): Promise<Map<string, number>> {
  await db.reportingPeriod.createMany({ data: seedPeriodDates(), skipDuplicates: true });
  const rows = await db.reportingPeriod.findMany({
    select: { id: true, year: true, quarter: true },
  });
  return new Map(rows.map((r) => [periodKey(r.year, r.quarter), r.id]));
}
