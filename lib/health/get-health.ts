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

const tablesRow = z.object({
  migrationsTable: z.boolean(),
  unitTables: z.boolean(),
});

const countsRow = z.object({
  migrations: z.number().int(),
  provinces: z.number().int(),
  communes: z.number().int(),
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// PostgreSQL resolves table names before it runs a statement, so on a database that is not migrated
// yet the counts must not even be sent: ask which tables exist first.
async function readTables() {
  const rows = await db.$queryRaw`
    SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "migrationsTable",
           to_regclass('"Province"') IS NOT NULL AND to_regclass('"Commune"') IS NOT NULL
             AS "unitTables"`;
  const [row] = z.tuple([tablesRow]).parse(rows);
  return row;
}

async function readCounts() {
  const rows = await db.$queryRaw`
    SELECT (SELECT count(*)::int FROM "_prisma_migrations"
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS migrations,
           (SELECT count(*)::int FROM "Province") AS provinces,
           (SELECT count(*)::int FROM "Commune") AS communes`;
  const [row] = z.tuple([countsRow]).parse(rows);
  return row;
}

export async function getHealth(): Promise<Health> {
  const version = packageJson.version;
  const down: Health = {
    status: "error",
    database: "down",
    migrations: 0,
    provinces: 0,
    communes: 0,
    version,
  };

  let tables: z.infer<typeof tablesRow>;
  try {
    tables = await withTimeout(readTables(), TIMEOUT_MS);
  } catch {
    return down;
  }
  // Up but not migrated cannot serve a page: an error, so that start scripts and monitors wait.
  if (!tables.migrationsTable || !tables.unitTables) {
    return { ...down, database: "up" };
  }
  try {
    const counts = await withTimeout(readCounts(), TIMEOUT_MS);
    return {
      status: counts.migrations > 0 ? "ok" : "error",
      database: "up",
      ...counts,
      version,
    };
  } catch {
    return { ...down, database: "up" };
  }
}
