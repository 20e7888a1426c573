import { routing } from "@/lib/i18n/routing";

/** Where to go after sign-in: a path of this portal in a known locale, never another site. */
export function safeNextPath(next: unknown, locale: string): string {
  const home = `/${locale}`;
  // A query string may repeat the parameter (an array) or leave it out.
  if (
    typeof next !== "string" ||
    !next.startsWith("/") ||
    next.startsWith("//") ||
    next.includes("\\")
  )
    return home;
  // A path as the proxy puts it here is percent-encoded: printable ASCII only. Anything else (a NUL,
  // a space, a raw "ậ") would make the Location header invalid, a 500 instead of a redirect.
  if (!/^[\x21-\x7e]{1,500}$/.test(next)) return home;
  const first = next.split("/")[1] ?? "";
  if (!(routing.locales as readonly string[]).includes(first)) return home;
  if (next.startsWith(`/${first}/sign-in`)) return home;
  return next;
}
