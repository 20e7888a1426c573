import type { routing } from "./routing";
import type messages from "@/messages/vi.json";

// Typed message keys and locales for useTranslations/getTranslations: a missing key fails tsc.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
