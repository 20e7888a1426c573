import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { givenIdentity } from "@/lib/auth/request-context";
import { CATALOG, type Messages, viMessages } from "./catalog";
import { type AppLocale, routing } from "./routing";

export type { AppLocale };

/** All messages of a locale, for translating outside a component (e.g. in the action guard). */
export function messagesFor(locale: AppLocale): Messages {
  return CATALOG[locale];
}

/** The locale of the current request: given by a test, or the one next-intl resolved from the URL. */
export async function actionLocale(): Promise<AppLocale> {
  const given = givenIdentity()?.locale;
  if (given) return given;
  const locale = await getLocale().catch(() => routing.defaultLocale);
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

export type ErrorKey = keyof Messages["Errors"];

export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(viMessages.Errors, key);
}

/** A zod message that the guard translates: `z.string().min(10, { error: fieldError("passwordTooShort") })`. */
export function fieldError(key: ErrorKey): string {
  return `Errors.${key}`;
}
