import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { routing } from "@/lib/i18n/routing";

const handleI18nRouting = createMiddleware(routing);
const PUBLIC_PAGES = new Set(["sign-in"]);

// Locale routing ("/" → "/vi"), and a coarse redirect to the sign-in page when there is no session
// cookie at all. Never the security boundary (STYLE.md): pages, actions and route handlers check
// the session, role and scope themselves, against the database.
export default function proxy(request: NextRequest) {
  const [, locale, page] = request.nextUrl.pathname.split("/");
  const localized = (routing.locales as readonly string[]).includes(locale ?? "");
  if (localized && !PUBLIC_PAGES.has(page ?? "") && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}/sign-in`;
    url.search = "";
    url.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything but the API, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
