import type { AppLocale } from "@/lib/i18n/routing";

// An audit row's moment to the second, in Vietnam's time whatever the server's zone:
// "24/11/2026 14:05:09" in Vietnamese, "24 Nov 2026, 14:05:09" in English.

const formats: Record<AppLocale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("en-GB", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  }),
};

export function formatAuditTime(value: Date, locale: AppLocale): string {
  const parts = Object.fromEntries(
    formats[locale].formatToParts(value).map((part) => [part.type, part.value]),
  );
  const time = `${parts.hour}:${parts.minute}:${parts.second}`;
  return locale === "vi"
    ? `${parts.day}/${parts.month}/${parts.year} ${time}`
    : `${parts.day} ${parts.month} ${parts.year}, ${time}`;
}

/** The first moment of a calendar day in Vietnam (UTC+7, no daylight saving). */
export function startOfVietnamDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00+07:00`);
}
