import type { AppLocale } from "./routing";

// Numbers as the reports on paper write them: 1.522; "98,59 %"; "+12,5 %"; "1.500.000 đ". Their own
// module, re-exported by ./format, so that a client component that formats only numbers (the
// dashboard's tables and charts) does not carry the date formats into the browser.

const NUMBER_LOCALE: Record<AppLocale, string> = { vi: "vi-VN", en: "en-US" };

// Building an Intl.NumberFormat costs tens of microseconds, formatting with one almost nothing.
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
