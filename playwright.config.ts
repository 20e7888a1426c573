import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium";

// `npm test` (scripts/test.ts) gives the e2e run its own database copied from the seeded test
// template (E2E_DATABASE_URL); the portal is started exactly as a user would, with npm start.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// A second instance of the same build on the same database (two-instances.spec.ts): no state of
// its own, so a session, the throttle and the rollups are the same on both.
const secondPort = Number(process.env.E2E_PORT_B ?? port + 1);
const databaseEnv = {
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
  ...(process.env.E2E_APP_DATABASE_URL
    ? { APP_DATABASE_URL: process.env.E2E_APP_DATABASE_URL }
    : {}),
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "laptop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 800 } },
    },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], browserName: "chromium" },
      // HTTP requests only, or two servers rather than a screen: once (on the laptop) is enough.
      testIgnore: ["hostile-input.spec.ts", "two-instances.spec.ts"],
    },
  ],
  // Started one after the other: the first builds the portal when the build is stale, the second
  // serves that same build.
  webServer: [port, secondPort].map((serverPort) => ({
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `http://localhost:${serverPort}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: { PORT: String(serverPort), ...databaseEnv },
  })),
});
