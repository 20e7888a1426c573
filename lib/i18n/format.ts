import type { AppLocale } from "./routing";

// Vietnamese conventions (1.522; 20/04/2016; Quý III/2024) as the reports on paper write them.
// English keeps its own grouping but a day-first, unambiguous date ("20 Apr 2016").

const NUMBER_LOCALE: Record<AppLocale, string> = { vi: "vi-VN", en: "en-US" };
const DATE_LOCALE: Record<AppLocale, string> = { vi: "vi-VN", en: "en-GB" };
const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const integerFormats = new Map<AppLocale, Intl.NumberFormat>();
const fractionFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number | bigint,
  locale: AppLocale,
  fractionDigits = 0,
): string {
  if (fractionDigits === 0) {
    let format = integerFormats.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 0 });
      integerFormats.set(locale, format);
    }
    return format.format(value);
  }
  const key = `${locale}:${fractionDigits}`;
  let format = fractionFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], {
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    fractionFormats.set(key, format);
  }
  return format.format(value);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * A ratio (0.9859) as a percentage: "98,59 %" in Vietnamese (a space before the sign, as the
 * published reports and TCVN write it), "98.59%" in English. Every page, export and document
 * writes its percentages with this one function.
 */
export function formatPercent(ratio: number, locale: AppLocale, fractionDigits = 2): string {
  const key = `${locale}:${fractionDigits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[locale], {
      style: "percent",
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    percentFormats.set(key, format);
  }
  const number = format
    .formatToParts(ratio)
    .filter((part) => part.type !== "percentSign" && part.type !== "literal")
    .map((part) => part.value)
    .join("");
  return locale === "vi" ? `${number} %` : `${number}%`;
}

/** A change as a signed percentage: "+12,5 %", "-3 %", "0 %" / "+12.5%". */
export function formatChange(ratio: number, locale: AppLocale, fractionDigits = 2): string {
  const text = formatPercent(Math.abs(ratio), locale, fractionDigits);
  // A change that rounds to nothing has no sign.
  if (Math.round(Math.abs(ratio) * 100 * 10 ** fractionDigits) === 0) return text;
  return `${ratio > 0 ? "+" : "-"}${text}`;
}

/** Whole đồng: "1.500.000 đ" / "1,500,000 VND". */
export function formatVnd(value: number | bigint, locale: AppLocale): string {
  const amount = formatNumber(value, locale);
  return locale === "vi" ? `${amount} đ` : `${amount} VND`;
}

function toDate(value: Date | string): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

// Building an Intl.DateTimeFormat costs tens of microseconds, formatting with one almost nothing:
// a roster page formats hundreds of dates, so each format is built once per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(
  key: string,
  locale: AppLocale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const cacheKey = `${key}:${locale}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALE[locale], options);
    dateFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * A calendar date (a `@db.Date` column arrives as UTC midnight), read in UTC so that it never shifts
 * by a day: "20/04/2016" / "20 Apr 2016".
 */
export function formatDate(value: Date | string, locale: AppLocale): string {
  return dateFormat(
    "date",
    locale,
    locale === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  ).format(toDate(value));
}

/** A moment, in Vietnam's time: "20/04/2016 14:05" / "20 Apr 2016, 14:05". */
export function formatDateTime(value: Date | string, locale: AppLocale): string {
  const date = toDate(value);
  const time = dateFormat("time", locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: VIETNAM_TIME_ZONE,
  }).format(date);
  const day = dateFormat("day", locale, {
    ...(locale === "vi"
      ? ({ day: "2-digit", month: "2-digit" } as const)
      : ({ day: "numeric", month: "short" } as const)),
    year: "numeric",
    timeZone: VIETNAM_TIME_ZONE,
  }).format(date);
  return locale === "vi" ? `${day} ${time}` : `${day}, ${time}`;
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** "Quý III/2024" / "Q3 2024". */
export function formatQuarter(year: number, quarter: number, locale: AppLocale): string {
  const roman = ROMAN_QUARTERS[quarter - 1];
  if (!Number.isInteger(quarter) || roman === undefined) {
    throw new RangeError(`A quarter is 1 to 4, not ${quarter}`);
  }
  return locale === "vi" ? `Quý ${roman}/${year}` : `Q${quarter} ${year}`;
}

/**
 * When a form was saved, in Vietnam's time: the time alone on the same day ("14:53"), else with
 * the day — "14:53 28/11/2026" in Vietnamese, "28 Nov 2026, 14:53" in English.
 */
export function formatSavedAt(
  value: Date | string,
  locale: AppLocale,
  now: Date = new Date(),
): string {
  const date = toDate(value);
  const dayOf = (d: Date) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE }).format(d);
  const time = new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: VIETNAM_TIME_ZONE,
  }).format(date);
  if (dayOf(date) === dayOf(now)) return time;
  if (locale === "en") return formatDateTime(date, locale);
  const day = new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: VIETNAM_TIME_ZONE,
  }).format(date);
  return `${time} ${day}`;
}
