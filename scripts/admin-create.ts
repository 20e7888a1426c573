// npm run admin:create -- <username> [--name "Họ và tên"] — creates a ministry administrator with a
// one-time password, printed once, that must be changed at the first sign-in. Runs as the owning
// role (DATABASE_URL, or the embedded database, started for the moment if it is not running).
import { createPrismaClient } from "@/lib/db/create-client";
import { createMinistryAdmin } from "@/lib/users/create-ministry-admin";
import { connectDatabase } from "./db/connect";
import { applyMigrations } from "./db/schema-engine";

const USAGE = 'Usage: npm run admin:create -- <username> [--name "Họ và tên"]';

function parseArgs(argv: readonly string[]): { username: string; fullName?: string } | null {
  let username: string | undefined;
  let fullName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--name") fullName = argv[++i];
    else if (arg.startsWith("--name=")) fullName = arg.slice("--name=".length);
    else if (arg.startsWith("-") || username !== undefined) return null;
    else username = arg;
  }
  if (!username || (fullName !== undefined && fullName.trim() === "")) return null;
  return { username, fullName };
}

async function main(): Promise<number> {
  const request = parseArgs(process.argv.slice(2));
  if (!request) {
    console.error(USAGE);
    return 1;
  }
  const database = await connectDatabase();
  try {
    await applyMigrations(database.url);
    const db = createPrismaClient(database.url);
    try {
      const result = await createMinistryAdmin(db, request);
      if (!result.ok) {
        console.error(result.message);
        return 1;
      }
      console.log(`Created the ministry administrator "${result.username}" (${result.fullName}).`);
      console.log("One-time password — shown only now; it must be changed at the first sign-in:");
      console.log(`\n    ${result.oneTimePassword}\n`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
