// npm run bench in headless Chromium: the sign-in through the real sign-in page, and the JavaScript
// a first visit loads.
import { type Browser, type Cookie } from "playwright-core";
import { DEMO_PASSWORD } from "../../prisma/seed/demo/users";
import { gzipKb } from "./stats";

const AFTER_SIGN_IN = "/vi/account/password";

/** Signs in through the real sign-in page and returns the session's cookies. */
export async function signIn(browser: Browser, base: string, username: string): Promise<Cookie[]> {
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    // Then to a light page, not the overview: at national scale the overview's queries would still
    // hold the server's connections when the measurements start.
    await page.goto(`/vi/sign-in?next=${encodeURIComponent(AFTER_SIGN_IN)}`);
    const form = page.locator("main form");
    await form.getByLabel("Tên đăng nhập").fill(username);
    await form.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await form.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => url.pathname === AFTER_SIGN_IN, { timeout: 30_000 });
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/**
 * The JavaScript a first visit loads (empty cache): the page opened in headless Chromium, every
 * script response until the network is idle, each body gzipped at the default level and summed
 * (scripts/bench/stats.ts gzipKb): what travels when the server compresses.
 */
export async function firstVisitScripts(
  browser: Browser,
  base: string,
  path: string,
  cookies: readonly Cookie[],
): Promise<{ files: number; gzip_kb: number }> {
  const context = await browser.newContext({ baseURL: base });
  try {
    await context.addCookies([...cookies]);
    const page = await context.newPage();
    const bodies = new Map<string, Uint8Array>();
    const pending: Promise<void>[] = [];
    // Scripts the browser fetched: a `nomodule` polyfill is not (Chromium skips it), and is not counted.
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => void bodies.set(response.url(), new Uint8Array(body))),
      );
    });
    const response = await page.goto(path, { waitUntil: "networkidle", timeout: 60_000 });
    if (!response?.ok() || new URL(page.url()).pathname !== path.split("?")[0])
      throw new Error(
        `first visit of ${path}: ${response?.status() ?? "no answer"} at ${page.url()}`,
      );
    await Promise.all(pending);
    return { files: bodies.size, gzip_kb: gzipKb(bodies) };
  } finally {
    await context.close();
  }
}
