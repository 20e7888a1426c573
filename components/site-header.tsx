import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { SignOutButton } from "./sign-out-button";
import { Emblem } from "./emblem";
import { HeaderNav } from "./header-nav";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [t, roles, user] = await Promise.all([
    getTranslations("Header"),
    getTranslations("Roles"),
    getCurrentUser(),
  ]);

  return (
    <header className="on-dark border-t-4 border-gold-400 bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="mr-auto flex min-w-0 items-center gap-3">
          <Emblem className="size-10 shrink-0" />
          <span className="min-w-0">
            <span className="block text-base font-bold leading-tight sm:text-lg">
              {t("portalName")}
            </span>
            <span className="block text-xs text-brand-100">{t("portalTagline")}</span>
          </span>
        </Link>
        <div className="flex w-full flex-wrap items-center gap-x-3 gap-y-2 sm:w-auto">
          {user ? <HeaderNav role={user.role} /> : null}
          <div className="ml-auto flex items-center gap-3 sm:ml-0">
            <LanguageSwitcher />
            {user ? (
              <>
                <span className="hidden text-right text-xs leading-tight text-brand-100 md:block">
                  <span className="block font-semibold text-white">{user.user.fullName}</span>
                  {roles(user.role)}
                </span>
                <SignOutButton />
              </>
            ) : (
              <Link
                href="/sign-in"
                className="rounded bg-gold-400 px-3 py-1 text-sm font-semibold text-brand-900 hover:bg-gold-300"
              >
                {t("signIn")}
              </Link>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
