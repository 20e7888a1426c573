// npm start — everything a fresh clone needs to serve the portal: the database (embedded unless
// DATABASE_URL is set), migrations, on first run the national units and catalogs (and the demo data
// on the embedded database, or with `--demo` / DEMO_DATA=1), a production build when the build is
// missing or stale, then `next start`. Ctrl-C stops the server and the embedded database.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { DEMO_USERS } from "@/prisma/seed/demo/users";
import { buildIfStale } from "./lib/build-stamp";
import { connectDatabase } from "./db/connect";
import { DATA_DIR, localSecrets } from "./db/local-secrets";
import { enableAppRole } from "./db/app-role";
import { applyMigrations } from "./db/schema-engine";
import { demoRequested } from "./db/demo-choice";
import { extendPeriods } from "./db/periods-ahead";
import { type SeedOutcome, seedIfFirstRun } from "./db/seed-once";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

function step(message: string): void {
  console.log(`▸ ${message}`);
}

async function main(): Promise<void> {
  const secrets = localSecrets();
  const authSecret = process.env.AUTH_SECRET ?? secrets.authSecret;

  step(
    process.env.DATABASE_URL
      ? "Connecting to DATABASE_URL"
      : "Starting embedded PostgreSQL (.data/postgres)",
  );
  const pgLog = createWriteStream(join(DATA_DIR, "postgres.log"), { flags: "a" });
  const database = await connectDatabase((line) => pgLog.write(line));
  let server: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.stop();
    pgLog.end();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const applied = await applyMigrations(database.url);
    step(
      applied.length ? `Applied ${applied.length} migration(s)` : "Database schema is up to date",
    );

    const outcome = await seedIfFirstRun(database.url, {
      demo: demoRequested(database.embedded),
    });
    step(
      outcome.seeded
        ? `Seeded the ${outcome.demo ? "national units, catalogs and demo data" : "national units and catalogs"} in ${outcome.seconds.toFixed(1)} s`
        : "Reference data present (seeded on first run)",
    );
    const added = await extendPeriods(database.url);
    const last = added.at(-1);
    if (last)
      step(`Opened ${added.length} reporting period(s), up to ${last.year} Q${last.quarter}`);
    const appUrl =
      process.env.APP_DATABASE_URL ?? (await enableAppRole(database.url, secrets.appPassword));

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      APP_DATABASE_URL: appUrl,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!dev) buildIfStale(env, step);
    step(`Serving on http://localhost:${port}`);
    server = spawn(process.execPath, [join("scripts", "serve.mjs"), ...(dev ? ["--dev"] : [])], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...env, HOST: host, NODE_ENV: dev ? "development" : "production" },
    });
    server.once("exit", (code) => void stop(code ?? 1));
    printWelcome(outcome);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

function printWelcome(outcome: SeedOutcome): void {
  const stop = `Ctrl-C stops the portal${process.env.DATABASE_URL ? "" : " and its embedded database"}.`;
  if (outcome.mode === "real") {
    const first =
      outcome.users === 0
        ? "\n  No users yet. Create the first ministry administrator (one-time password, printed once):\n" +
          '    npm run admin:create -- <username> --name "Họ và tên"\n'
        : "";
    console.log(`\n  Phong trào portal — http://localhost:${port}\n${first}\n  ${stop}\n`);
    return;
  }
  const width = Math.max(...DEMO_USERS.map((u) => u.username.length));
  console.log(`
  Phong trào portal (DEMO DATA — not for real figures) — http://localhost:${port}

  Demo logins (password for all: ${DEMO_USERS[0]?.password ?? ""}):
${DEMO_USERS.map((u) => `    ${u.username.padEnd(width)}  ${u.role.padEnd(16)}  ${u.scope}`).join("\n")}

  ${stop}
`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
