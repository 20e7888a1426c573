import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process. In development Next reloads modules, so the client is kept on globalThis.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: { user: { passwordHash: true } },
  });
}

export const db: PrismaClient =
  globalForDb.prisma ??
  createPrismaClient(env().APP_DATABASE_URL ?? env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForDb.prisma = db;
