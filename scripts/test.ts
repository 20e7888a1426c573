// npm test — the whole suite: unit, integration (real PostgreSQL) and end-to-end (real Chromium),
// ending with one summary line. `--only unit|integration|e2e` runs one tier.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { enableAppRole } from "./db/app-role";
import {
  APP_PASSWORD,
  asAppRole,
  copyDatabase,
  prepareTemplates,
  startTestServer,
} from "../tests/setup/databases";
import { ensureChromium } from "./lib/chromium";

type Tier = "unit" | "integration" | "e2e";
interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const OUT = join(".data", "test-results");
const only = (() => {
  const index = process.argv.indexOf("--only");
  return index >= 0 ? (process.argv[index + 1] as Tier) : undefined;
})();
/** Arguments after `--` go to Playwright (e.g. `-- tests/e2e/sign-in.spec.ts`). */
const passthrough = process.argv.includes("--")
  ? process.argv.slice(process.argv.indexOf("--") + 1)
  : [];
const runs = (tier: Tier) => only === undefined || only === tier;

function node(args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(process.execPath, args, { stdio: "inherit", env }).status ?? 1;
}

interface VitestJson {
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

function vitestTallies(file: string): Record<"unit" | "integration", Tally> {
  const tallies = { unit: zero(), integration: zero() };
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestJson;
  for (const suite of report.testResults) {
    const tally = suite.name.endsWith(".int.test.ts") ? tallies.integration : tallies.unit;
    if (suite.assertionResults.length === 0) tally.failed += 1; // a file that failed to load
    for (const test of suite.assertionResults) {
      if (test.status === "passed") tally.passed += 1;
      else if (test.status === "failed") tally.failed += 1;
      else tally.skipped += 1;
    }
  }
  return tallies;
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function playwrightTally(file: string): Tally {
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as PlaywrightJson;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

function zero(): Tally {
  return { passed: 0, failed: 0, skipped: 0 };
}

async function main(): Promise<number> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tallies: Partial<Record<Tier, Tally>> = {};
  const problems: string[] = [];

  const needsDatabase = runs("integration") || runs("e2e");
  const server = needsDatabase ? await startTestServer() : undefined;
  try {
    const templates = server ? await prepareTemplates(server) : undefined;
    const env = server
      ? { ...process.env, TEST_DATABASE_URL: server.url("postgres") }
      : process.env;

    const projects = (["unit", "integration"] as const).filter(runs);
    if (projects.length > 0) {
      const json = join(OUT, "vitest.json");
      const status = node(
        [
          "node_modules/vitest/vitest.mjs",
          "run",
          ...projects.flatMap((p) => ["--project", p]),
          "--reporter=default",
          "--reporter=json",
          `--outputFile.json=${json}`,
        ],
        env,
      );
      try {
        Object.assign(
          tallies,
          Object.fromEntries(Object.entries(vitestTallies(json)).filter(([t]) => runs(t as Tier))),
        );
      } catch {
        problems.push("vitest did not write its report");
      }
      if (status !== 0) problems.push(`vitest exited with ${status}`);
    }

    if (runs("e2e") && server && templates) {
      const chromium = ensureChromium();
      const e2eUrl = await copyDatabase(server, templates.seeded, "e2e_portal");
      // The same application-role password as the integration tests, given to the portal, so that
      // npm start does not set another one on the shared test server.
      await enableAppRole(server.url("postgres"), APP_PASSWORD);
      const json = join(OUT, "playwright.json");
      const status = node(
        ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json", ...passthrough],
        {
          ...env,
          CHROMIUM_PATH: chromium,
          E2E_DATABASE_URL: e2eUrl,
          E2E_APP_DATABASE_URL: asAppRole(e2eUrl),
          PLAYWRIGHT_JSON_OUTPUT_NAME: json,
        },
      );
      try {
        tallies.e2e = playwrightTally(json);
      } catch {
        problems.push("playwright did not write its report");
      }
      if (status !== 0) problems.push(`playwright exited with ${status}`);
    }
  } finally {
    await server?.stop();
  }

  const total = Object.values(tallies).reduce(
    (sum, t) => ({
      passed: sum.passed + t.passed,
      failed: sum.failed + t.failed,
      skipped: sum.skipped + t.skipped,
    }),
    zero(),
  );
  console.log("\nTest summary");
  for (const [tier, t] of Object.entries(tallies)) {
    console.log(
      `  ${tier.padEnd(12)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`,
    );
  }
  for (const tier of (["unit", "integration", "e2e"] as const).filter(runs)) {
    const t = tallies[tier];
    if (!t || t.passed + t.failed === 0) problems.push(`${tier}: no test ran`);
  }
  for (const problem of problems) console.log(`  ! ${problem}`);
  const failed = total.failed + (problems.length > 0 && total.failed === 0 ? 1 : 0);
  console.log(
    `${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  return failed > 0 || total.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
