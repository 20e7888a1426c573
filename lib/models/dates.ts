// Calendar dates as officers type them: "20/04/2016", "20/4/2016" or "2016-04-20" (what a date
// picker sends). A calendar date is midnight UTC (a @db.Date column), so it never shifts a day.

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date typed, or null when it is not a real calendar date. */
export function parseDay(text: string): Date | null {
  const trimmed = text.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const iso = dayFirst ? null : ISO.exec(trimmed);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : null;
  if (!parts) return null;
  const [year, month, date] = parts.map(Number) as [number, number, number];
  const value = new Date(Date.UTC(year, month - 1, date));
  if (
    value.getUTCFullYear() !== year ||
    value.getUTCMonth() !== month - 1 ||
    value.getUTCDate() !== date
  )
    return null;
  return value;
}

/** A calendar date as the form shows it back: "20/04/2016". */
export function dayText(value: Date): string {
  const dd = String(value.getUTCDate()).padStart(2, "0");
  const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${value.getUTCFullYear()}`;
}

/** Today in Vietnam (UTC+7), as a calendar date. */
export function todayInVietnam(now = new Date()): Date {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
