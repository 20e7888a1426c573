// The seed runs on the first start only: a SystemSetting row records that it completed. The seed is
// idempotent, so a start that died half-way simply seeds again.
import { createPrismaClient } from "@/lib/db/create-client";
import { seed } from "@/prisma/seed";

const MARK = "demo-seed";

export type SeedOutcome = { seeded: false } | { seeded: true; seconds: number };

export async function seedIfFirstRun(url: string, force = false): Promise<SeedOutcome> {
  const db = createPrismaClient(url);
  try {
    if (!force && (await db.systemSetting.findUnique({ where: { key: MARK } }))) {
      return { seeded: false };
    }
    const started = performance.now();
    const summary = await seed(db, { demo: true });
    await db.systemSetting.upsert({
      where: { key: MARK },
      create: { key: MARK, value: { at: new Date().toISOString(), summary: toJson(summary) } },
      update: { value: { at: new Date().toISOString(), summary: toJson(summary) } },
    });
    return { seeded: true, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.$disconnect();
  }
}

function toJson(value: unknown): Record<string, string | number> {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v)),
  ) as Record<string, string | number>;
}
