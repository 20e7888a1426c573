import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { CATALOG } from "./catalog";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // The [locale] segment also catches unknown paths such as /favicon.txt: fall back, never throw.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: CATALOG[locale],
    // Users, servers and data are in Vietnam; a fixed zone keeps server and browser output identical.
    timeZone: "Asia/Ho_Chi_Minh",
  };
});
