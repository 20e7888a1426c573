import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type AppLocale } from "./routing";

const loaders = {
  vi: () => import("@/messages/vi.json"),
  en: () => import("@/messages/en.json"),
} satisfies Record<AppLocale, () => Promise<unknown>>;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // The [locale] segment also catches unknown paths such as /favicon.txt: fall back, never throw.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await loaders[locale]()).default,
    // Users, servers and data are in Vietnam; a fixed zone keeps server and browser output identical.
    timeZone: "Asia/Ho_Chi_Minh",
  };
});
