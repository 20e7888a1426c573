import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { clientMessages } from "@/lib/i18n/client-messages";
import { resolveLocale } from "@/lib/i18n/locale";
import { routing } from "@/lib/i18n/routing";
import { signOutAction } from "./sign-in/actions";
import "../globals.css";

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = {
  themeColor: "#7a1712",
};

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <SiteHeader signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="w-full flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
