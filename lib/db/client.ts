import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient, poolSettings } from "./create-client";

// One client per process, made on first use (so that `next build`, which imports route modules,
// needs no database). In development Next reloads modules: the client is kept on globalThis.
const globalForDb = globalThis as unknown as {
  prisma?: PrismaClient;
  dashboardPrisma?: PrismaClient | null;
};

function instance(): PrismaClient {
  globalForDb.prisma ??= createPrismaClient(
    env().APP_DATABASE_URL ?? env().DATABASE_URL,
    poolSettings(),
  );
  return globalForDb.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function"
      ? (value as (...a: unknown[]) => unknown).bind(client)
      : value;
  },
});

/**
 * The dashboards' connection: a read replica when DASHBOARD_DATABASE_URL is set (the same
 * application role, so row-level security holds there too), else null (they read the primary).
 */
export function dashboardDb(): PrismaClient | null {
  if (globalForDb.dashboardPrisma === undefined) {
    const url = env().DASHBOARD_DATABASE_URL;
    globalForDb.dashboardPrisma = url ? createPrismaClient(url) : null;
  }
  return globalForDb.dashboardPrisma;
}
