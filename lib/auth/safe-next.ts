import { routing } from "@/lib/i18n/routing";

/** Where to go after sign-in: a path of this portal in a known locale, never another site. */
export function safeNextPath(next: string | undefined, locale: string): string {
  const home = `/${locale}`;
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return home;
  const first = next.split("/")[1] ?? "";
  if (!(routing.locales as readonly string[]).includes(first)) return home;
  if (next.startsWith(`/${first}/sign-in`)) return home;
  return next;
}
