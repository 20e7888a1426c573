import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // The portal is Vietnamese-first: "/" always opens /vi, whatever the browser asks for; people who
  // read English pick it in the header.
  localeDetection: false,
  // With detection off the cookie would never be read: do not set one.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
