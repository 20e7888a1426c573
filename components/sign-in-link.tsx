"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** The header's way to the sign-in page, except on that page itself. */
export function SignInLink() {
  const t = useTranslations("Header");
  const pathname = usePathname();
  if (pathname === "/sign-in" || pathname.startsWith("/sign-in/")) return null;
  return (
    <Link
      href="/sign-in"
      className="rounded bg-gold-400 px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-gold-300"
    >
      {t("signIn")}
    </Link>
  );
}
