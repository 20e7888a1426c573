import type { routing } from "./routing";
import type { Messages } from "./catalog";

// Typed message keys and locales for useTranslations/getTranslations: a missing key fails tsc.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
