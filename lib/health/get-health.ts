import { z } from "zod";
import { db } from "@/lib/db/client";
import packageJson from "@/package.json";

export interface Health {
  status: "ok" | "error";
  database: "up" | "down";
  /** Applied migrations: finished and not rolled back. */
  migrations: number;
  provinces: number;
  communes: number;
  version: string;
}

// A health check that hangs is as bad as a failing one: a monitor or `npm start` waiting on it
// must get an answer while PostgreSQL is still starting or a network route is dead.
const TIMEOUT_MS = 3000;

const countsRow = z.object({
  migrations: z.number().int().nullable(),
  provinces: z.number().int().nullable(),
  communes: z.number().int().nullable(),
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// One statement, so a fresh database without the tables answers too: to_regclass is null until the
// migrations have created the table, and the CASE never evaluates the subquery then.
async function readCounts() {
  const rows = await db.$queryRaw`
    SELECT
      CASE WHEN to_regclass('"_prisma_migrations"') IS NULL THEN NULL ELSE
        (SELECT count(*)::int FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) END AS migrations,
      CASE WHEN to_regclass('"Province"') IS NULL THEN NULL ELSE
        (SELECT count(*)::int FROM "Province") END AS provinces,
      CASE WHEN to_regclass('"Commune"') IS NULL THEN NULL ELSE
        (SELECT count(*)::int FROM "Commune") END AS communes`;
  const [row] = z.tuple([countsRow]).parse(rows);
  return row;
}

export async function getHealth(): Promise<Health> {
  const version = packageJson.version;
  try {
    const counts = await withTimeout(readCounts(), TIMEOUT_MS);
    const migrations = counts.migrations ?? 0;
    return {
      // Up but not migrated cannot serve a page: report it as an error so start scripts wait.
      status: migrations > 0 && counts.provinces !== null ? "ok" : "error",
      database: "up",
      migrations,
      provinces: counts.provinces ?? 0,
      communes: counts.communes ?? 0,
      version,
    };
  } catch {
    return { status: "error", database: "down", migrations: 0, provinces: 0, communes: 0, version };
  }
}
