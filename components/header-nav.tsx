"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const ITEMS = [{ href: "/", key: "overview" }] as const;

export function HeaderNav() {
  const t = useTranslations("Header");
  const pathname = usePathname();

  return (
    <nav aria-label={t("mainNav")}>
      <ul className="flex gap-1 text-sm">
        {ITEMS.map((item) => {
          const active = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={
                  active
                    ? "block rounded px-2.5 py-1 font-semibold text-white underline decoration-gold-400 decoration-2 underline-offset-8"
                    : "block rounded px-2.5 py-1 text-brand-100 hover:bg-white/15 hover:text-white"
                }
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
