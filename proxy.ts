import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { routing } from "@/lib/i18n/routing";

const handleI18nRouting = createMiddleware(routing);
const PUBLIC_PAGES = new Set(["sign-in"]);

// Locale routing ("/" → "/vi"), and a coarse redirect to the sign-in page when there is no session
// cookie at all. Never the security boundary (docs/style.md): pages, actions and route handlers check
// the session, role and scope themselves, against the database.
//
// It also gives every page its Content-Security-Policy, with a fresh nonce per request: Next reads
// the nonce from the request's CSP header and puts it on its own scripts, and 'strict-dynamic' lets
// those load the rest. A nonce only works on pages rendered per request — every page under
// [locale] is (the header reads the session). The other security headers are in next.config.ts.
export default function proxy(request: NextRequest) {
  const [, locale, page] = request.nextUrl.pathname.split("/");
  const localized = (routing.locales as readonly string[]).includes(locale ?? "");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, request.headers.get("x-forwarded-proto") === "https");

  let response: NextResponse;
  if (localized && !PUBLIC_PAGES.has(page ?? "") && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}/sign-in`;
    url.search = "";
    url.searchParams.set("next", request.nextUrl.pathname);
    response = NextResponse.redirect(url);
  } else {
    // next-intl passes these request headers on to the page (NextResponse.next({ request })).
    request.headers.set("x-nonce", nonce);
    request.headers.set("content-security-policy", csp);
    response = handleI18nRouting(request);
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const development = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React's development build evaluates strings (call stacks); the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The development server's overlay and hot reload inject <style> elements without a nonce (a
    // nonce in the list would make browsers ignore 'unsafe-inline').
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // React renders style={{…}} props (charts, widths) as style attributes.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Plain http stays usable on closed office networks; over https nothing may load over http.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const config = {
  // Everything but the API, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
