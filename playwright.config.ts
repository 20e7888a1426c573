import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/chromium";

// `npm test` (scripts/test.ts) gives the e2e run its own database copied from the seeded test
// template (E2E_DATABASE_URL); the portal is started exactly as a user would, with npm start.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

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
      // HTTP requests only, nothing a viewport changes: once (on the laptop) is enough.
      testIgnore: ["hostile-input.spec.ts"],
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      ...(process.env.E2E_APP_DATABASE_URL
        ? { APP_DATABASE_URL: process.env.E2E_APP_DATABASE_URL }
        : {}),
    },
  },
});
