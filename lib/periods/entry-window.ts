import { endOfDayInVietnam, startOfDayInVietnam } from "./period-dates";

// When a report may be entered and when it is due, for one subject (a commune's report, or a point's
// report in that commune), after the province administrator's exceptions (PeriodReopening rows):
// an EXTENSION moves the deadline to its date, a REOPENING opens entry again until its date. An
// exception for the whole province (no commune, no point) applies to every subject; one for a commune
// to the commune's report and its points' reports; one for a point to that point's report only.
// A report past its deadline and not submitted is overdue: it stays on the worklists, never hidden.
// Entry opens at 00:00 Vietnam time of the quarter's first day (its startsOn): before it, a form
// of the quarter is read-only and nothing of it is due (no exception opens it earlier).
// Pure: no database.

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export type PeriodExceptionKind = "EXTENSION" | "REOPENING";

export interface PeriodException {
  kind: PeriodExceptionKind;
  communeId: number | null;
  pointId: string | null;
  /** Instant until which the exception holds (a deadline or the end of a reopening). */
  until: Date;
}

export interface EntrySubject {
  communeId: number;
  /** Null for a commune report. */
  pointId: string | null;
}

export interface EntryWindow {
  /** The first instant entry is open: 00:00 Vietnam time of the quarter's first day. */
  opensAt: Date;
  /** The quarter has begun (entry may be open); before it nothing of it is due. */
  started: boolean;
  /** The last instant a submission counts as on time (23:59:59 Vietnam time of the due day). */
  dueAt: Date;
  /** The last instant entry is open. */
  closesAt: Date;
  /** Whether an exception moved the deadline or reopened entry for this subject. */
  excepted: boolean;
  /** Entry open now: the quarter has begun and entry has not closed. */
  open: boolean;
  /** Past the deadline now (for a report not yet submitted: overdue). */
  pastDue: boolean;
  /** Whole calendar days (Vietnam time) from today to the due day; negative once past due. */
  daysLeft: number;
}

/** Whether an exception applies to the subject. */
export function appliesTo(exception: PeriodException, subject: EntrySubject): boolean {
  if (exception.pointId !== null) return exception.pointId === subject.pointId;
  if (exception.communeId !== null) return exception.communeId === subject.communeId;
  return true;
}

/** Calendar day number in Vietnam time, for counting days left. */
function vietnamDay(instant: Date): number {
  return Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
}

const later = (a: Date, b: Date): Date => (b.getTime() > a.getTime() ? b : a);

export function entryWindow(
  period: { startsOn: Date; deadline: Date; closesAt: Date },
  exceptions: readonly PeriodException[],
  subject: EntrySubject,
  now: Date,
): EntryWindow {
  let dueAt = endOfDayInVietnam(period.deadline);
  let closesAt = period.closesAt;
  let excepted = false;
  for (const exception of exceptions) {
    if (!appliesTo(exception, subject)) continue;
    excepted = true;
    if (exception.kind === "EXTENSION") dueAt = later(dueAt, exception.until);
    closesAt = later(closesAt, exception.until);
  }
  closesAt = later(closesAt, dueAt);
  const opensAt = startOfDayInVietnam(period.startsOn);
  const started = now.getTime() >= opensAt.getTime();
  return {
    opensAt,
    started,
    dueAt,
    closesAt,
    excepted,
    open: started && now.getTime() <= closesAt.getTime(),
    pastDue: started && now.getTime() > dueAt.getTime(),
    daysLeft: vietnamDay(dueAt) - vietnamDay(now),
  };
}

/** An exception's `until` for a calendar day chosen in a form: the end of that day in Vietnam. */
export function untilEndOf(day: Date): Date {
  return endOfDayInVietnam(day);
}
