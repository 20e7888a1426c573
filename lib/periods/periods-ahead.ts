import { type PeriodDates, periodDates, quarterOf } from "./period-dates";

// The calendar never runs out: the periods up to the quarter after the current one exist, so that
// on the first day of a quarter (1 January included) its forms are there (DHIS2 users' complaint: "forms past their date
// silently disappear" — and forms not yet created cannot be filled). New periods take the deadline
// and closing days of the latest period there is (the ministry's choice, lib/periods/set-period-dates),
// else the defaults. Pure: the caller reads the periods there are and writes the missing ones.

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Whole days from one calendar date to another (both midnight UTC of a day). */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * The periods from the one after the latest existing up to the quarter after `now`'s (in Vietnam):
 * one quarter ahead, not more, so that the ministry can set its dates before it starts.
 */
export function periodsAhead(existing: readonly PeriodDates[], now: Date): PeriodDates[] {
  const latest = [...existing].sort((a, b) => a.year - b.year || a.quarter - b.quarter).at(-1);
  const today = quarterOf(new Date(now.getTime() + VIETNAM_OFFSET_MS));
  const last = today.quarter === 4 ? today.year * 4 + 5 : today.year * 4 + today.quarter + 1;
  let year = latest ? latest.year : today.year;
  let quarter = latest ? latest.quarter : 0;
  const rules = latest
    ? {
        deadlineDays: daysBetween(latest.endsOn, latest.deadline),
        // closesAt is 23:59:59 Vietnam time of the closing day: its calendar day in Vietnam.
        graceDays: daysBetween(
          latest.deadline,
          new Date(Math.floor((latest.closesAt.getTime() + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS),
        ),
      }
    : {};
  const missing: PeriodDates[] = [];
  for (let i = 0; i < 100; i++) {
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
    if (year * 4 + quarter > last) break;
    missing.push(periodDates(year, quarter, rules));
  }
  return missing;
}
