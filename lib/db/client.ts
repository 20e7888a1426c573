import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient, poolSettings } from "./create-client";

// One client per process, made on first use (so that `next build`, which imports route modules,
// needs no database). In development Next reloads modules: the client is kept on globalThis.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

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
