"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

// Links rather than a select: they work without JavaScript, and each one is the same page in the
// other language (usePathname gives the path without the locale prefix).
export function LanguageSwitcher() {
  const t = useTranslations("Header");
  const current = useLocale();
  const pathname = usePathname();

  return (
    <nav aria-label={t("language")}>
      <ul className="flex rounded border border-white/40 p-0.5 text-sm">
        {routing.locales.map((locale) => {
          const active = locale === current;
          return (
            <li key={locale}>
              <Link
                href={pathname}
                locale={locale}
                lang={locale}
                hrefLang={locale}
                aria-current={active ? "true" : undefined}
                className={
                  active
                    ? "block rounded-sm bg-white px-2 py-0.5 font-semibold text-brand-800"
                    : "block rounded-sm px-2 py-0.5 text-white hover:bg-white/15"
                }
              >
                <span aria-hidden="true">{locale.toUpperCase()}</span>
                <span className="sr-only">{t(`languageNames.${locale}`)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
