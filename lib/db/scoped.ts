import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/auth/scope";
import { db } from "./client";

export type Tx = Prisma.TransactionClient;

/** What the database is told about a request: its scope and, once signed in, the user. */
export type DbScope = Scope | { level: "AUTH" };

/**
 * Runs `work` in one transaction whose row-level security scope is `scope` (see the migration
 * row_level_security). The settings are local to the transaction, so they cannot leak to another
 * request on a pooled connection. Every query of tenant data goes through here: outside it the
 * application role sees no tenant row at all.
 */
export async function withScope<T>(
  scope: DbScope,
  work: (tx: Tx) => Promise<T>,
  options: { userId?: string; timeoutMs?: number } = {},
): Promise<T> {
  const provinceId = "provinceId" in scope ? String(scope.provinceId) : "";
  const communeId = "communeId" in scope ? String(scope.communeId) : "";
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select set_config('app.scope_level', ${scope.level}, true),
        set_config('app.province_id', ${provinceId}, true),
        set_config('app.commune_id', ${communeId}, true),
        set_config('app.user_id', ${options.userId ?? ""}, true)`;
      return work(tx);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}
