import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, type Section } from "@/lib/i18n/client-messages";

/**
 * The messages of a section's client components (lib/i18n/client-messages.ts), for its layout: the
 * shell's namespaces and the section's, nothing else of the catalog.
 */
export async function ClientMessages({
  section,
  children,
}: {
  section?: Section;
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={clientMessages(locale, section)}>
      {children}
    </NextIntlClientProvider>
  );
}
