// The seed runs once per install, and SystemSetting rows record what it loaded: the reference data
// (national units, catalogs) always, the demo data only when asked for (see demo-choice.ts). The
// seed is idempotent, so a start that died half-way simply seeds again, and asking for the demo data
// on an install that has only the reference data adds it.
import { createPrismaClient } from "@/lib/db/create-client";
import {
  DEMO_DATA_SETTING,
  type InstallMode,
  REFERENCE_DATA_SETTING,
} from "@/lib/install/install-settings";
import { seed, type SeedSummary } from "@/prisma/seed";

export interface SeedRequest {
  /** Load the demo users and provinces too. */
  demo: boolean;
  /** Run the seed even where the marks say it ran. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface SeedOutcome {
  /** Whether the seed ran now; `demo` whether this run loaded the demo data. */
  seeded: boolean;
  demo: boolean;
  seconds: number;
  /** The install after this run: "demo" once the demo data was ever loaded. */
  mode: InstallMode;
  users: number;
}

export async function seedIfFirstRun(url: string, request: SeedRequest): Promise<SeedOutcome> {
  const db = createPrismaClient(url);
  try {
    const marks = new Set(
      (
        await db.systemSetting.findMany({
          where: { key: { in: [REFERENCE_DATA_SETTING, DEMO_DATA_SETTING] } },
          select: { key: true },
        })
      ).map((row) => row.key),
    );
    const force = request.force ?? false;
    const hasDemo = marks.has(DEMO_DATA_SETTING);
    const needReference = force || !(marks.has(REFERENCE_DATA_SETTING) || hasDemo);
    const needDemo = request.demo && (force || !hasDemo);
    let seconds = 0;
    if (needReference || needDemo) {
      const started = performance.now();
      const summary = await seed(db, { demo: needDemo, log: request.log });
      seconds = (performance.now() - started) / 1000;
      await mark(db, REFERENCE_DATA_SETTING, summary);
      if (needDemo) await mark(db, DEMO_DATA_SETTING, summary);
      // Statistics of the tables just filled, at once: the planner otherwise works from whatever
      // autovacuum caught mid-seed (a few provinces' reports) and nests loops over tens of thousands
      // of rows — minutes for a dashboard's sum, and a test database copied from the template
      // before autovacuum came by kept those statistics.
      await db.$executeRawUnsafe("ANALYZE");
    }
    return {
      seeded: needReference || needDemo,
      demo: needDemo,
      seconds,
      mode: hasDemo || needDemo ? "demo" : "real",
      users: await db.user.count(),
    };
  } finally {
    await db.$disconnect();
  }
}

async function mark(
  db: ReturnType<typeof createPrismaClient>,
  key: string,
  summary: SeedSummary,
): Promise<void> {
  const value = { at: new Date().toISOString(), summary: toJson(summary) };
  await db.systemSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

function toJson(value: unknown): Record<string, string | number> {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v)),
  ) as Record<string, string | number>;
}
