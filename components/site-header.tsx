import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { roleLabelKey } from "@/lib/units/commune-kind";
import { Emblem } from "./emblem";
import { HeaderNav } from "./header-nav";
import { navItemsFor } from "./nav-items";
import { LanguageSwitcher } from "./language-switcher";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader<S>({
  signOutAction,
}: {
  /** The sign-out server action (app/[locale]/sign-in/actions.ts), given by the layout. */
  signOutAction: (previous: S | undefined, data: FormData) => Promise<S>;
}) {
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
          {user ? (
            <HeaderNav
              label={t("mainNav")}
              items={navItemsFor(user.role).map((item) => ({ href: item.href, name: t(item.key) }))}
            />
          ) : null}
          <div className="ml-auto flex items-center gap-3 sm:ml-0">
            <LanguageSwitcher />
            {user ? (
              <>
                {/* Who is signed in, on every screen: the name always, the role from sm up. */}
                <span
                  data-testid="signed-in-user"
                  className="min-w-0 text-right text-xs leading-tight text-brand-100"
                >
                  <span className="block max-w-40 truncate font-semibold text-white sm:max-w-56">
                    {user.user.fullName}
                  </span>
                  <span className="hidden sm:block">
                    {roles(roleLabelKey(user.role, user.user.communeKind))}
                  </span>
                </span>
                <SignOutButton action={signOutAction} />
              </>
            ) : (
              <SignInLink />
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
