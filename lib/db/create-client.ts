import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on the pg driver adapter (no native engine). Password hashes are never read
 * unless a query asks for them explicitly. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }),
    omit: { user: { passwordHash: true } },
  });
}
