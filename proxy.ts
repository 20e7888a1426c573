import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only locale routing: "/" → "/vi", "/overview" → "/vi/overview". Never a security boundary
// (STYLE.md): pages, actions and route handlers check access themselves.
export default createMiddleware(routing);

export const config = {
  // Everything but the API, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
