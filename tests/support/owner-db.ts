// The owner's connection (bypasses row-level security): for fixtures and for counting rows before
// and after an action. The code under test never uses it.
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let client: PrismaClient | undefined;

export function ownerDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: integration tests run through tests/setup/worker.ts");
  client ??= createPrismaClient(url);
  return client;
}
