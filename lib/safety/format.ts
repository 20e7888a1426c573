import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Rate } from "./rules";

// How the evaluations write their figures: "1.048/1.063" and "98,59 %" (Vietnamese puts a space
// before the percent sign, as the published reports do), "1,048/1,063" and "98.59%" in English.

export function formatFraction(rate: Pick<Rate, "achieved" | "total">, locale: AppLocale): string {
  return `${formatNumber(rate.achieved, locale)}/${formatNumber(rate.total, locale)}`;
}

/** A ratio as a percentage with up to two decimals: 0.98589 → "98,59 %" (lib/i18n/format). */
export const formatShare = formatPercent;

/** "1.048/1.063 — 98,59 %", or the fraction alone when nothing was registered. */
export function formatRate(rate: Rate, locale: AppLocale): string {
  const fraction = formatFraction(rate, locale);
  return rate.ratio === null ? fraction : `${fraction} — ${formatShare(rate.ratio, locale)}`;
}

/** A published rate in tenths of a percent: 818 → "81,8 %". */
export function formatTenths(tenths: number, locale: AppLocale): string {
  return formatShare(tenths / 1000, locale, 1);
}
