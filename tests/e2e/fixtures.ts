// Shared by the browser tests. `signInAs(username)` gives the test's page a session made through
// the real sign-in page — once per role and worker, then reused (sign-in.spec.ts and scopes.spec.ts
// drive the sign-in page itself for every role). Every test also fails on any Content Security
// Policy violation reported in the browser console, on any page it opened.
import {
  type BrowserContext,
  type Cookie,
  expect,
  type Page,
  test as base,
} from "@playwright/test";
import pg from "pg";

export { expect };

/** The demo users' shared password (prisma/seed/demo-users.ts). */
export const DEMO_PASSWORD = "PhongTrao@2025";

/** Fills and submits the sign-in form of the page at /{locale}/sign-in (Vietnamese labels). */
export async function submitSignIn(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const form = page.locator("main form");
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Mật khẩu").fill(password);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function signInThroughPage(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto("/vi/sign-in");
  await submitSignIn(page, username, password);
}

export interface CspWatch {
  /** Also watch a context the test made itself. */
  watch(context: BrowserContext): void;
  readonly violations: string[];
}

export const CSP_MESSAGE = /Content Security Policy/i;

interface WorkerFixtures {
  sessionCookies: (username: string) => Promise<Cookie[]>;
}

interface TestFixtures {
  csp: CspWatch;
  signInAs: (username: string) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sessionCookies: [
    async ({ browser }, provide, workerInfo) => {
      const cache = new Map<string, Cookie[]>();
      await provide(async (username) => {
        const known = cache.get(username);
        if (known) return known;
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
        const page = await context.newPage();
        await signInThroughPage(page, username);
        await page.waitForURL((url) => url.pathname === "/vi");
        const cookies = await context.cookies();
        await context.close();
        cache.set(username, cookies);
        return cookies;
      });
    },
    { scope: "worker" },
  ],

  csp: [
    async ({ context }, provide) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (CSP_MESSAGE.test(message.text()))
            violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
        });
      };
      watch(context);
      await provide({ watch, violations });
      expect(violations, "Content Security Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],

  signInAs: async ({ context, sessionCookies }, provide) => {
    await provide(async (username) => {
      await context.addCookies(await sessionCookies(username));
    });
  },
});

/** The e2e database (a fresh copy of the seeded demo data), for figures a page must show. */
export async function queryE2eDatabase<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url)
    throw new Error(
      "E2E_DATABASE_URL is not set: run the browser tests with `npx tsx scripts/test.ts --only e2e`",
    );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
