// Security headers on the wire, and pages that actually work under the Content-Security-Policy:
// every page below hydrates (its scripts ran) with no violation in the console (the `csp` fixture
// fails the test on any).
import type { Page } from "@playwright/test";
import { CSP_MESSAGE, expect, queryE2eDatabase, signInThroughPage, test } from "./fixtures";

function directives(csp: string | undefined): Map<string, string> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", ...values] = part.split(/\s+/);
        return [name, values.join(" ")] as const;
      }),
  );
}

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("a page carries a nonce-based Content-Security-Policy and the other security headers", async ({
  request,
}) => {
  const first = await request.get("/vi/sign-in");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expectCommonHeaders(headers);
  // Plain http (closed office networks): no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();

  const csp = directives(headers["content-security-policy"]);
  expect(csp.get("default-src")).toBe("'self'");
  expect(csp.get("script-src")).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
  expect(csp.get("frame-ancestors")).toBe("'none'");
  expect(csp.get("object-src")).toBe("'none'");
  expect(csp.get("base-uri")).toBe("'none'");
  expect(csp.get("form-action")).toBe("'self'");
  expect(csp.has("upgrade-insecure-requests")).toBe(false);

  // The nonce is new on every request, and it is the one on the page's scripts.
  const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src") ?? "")?.[1];
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);
  const second = directives(
    (await request.get("/vi/sign-in")).headers()["content-security-policy"],
  );
  expect(second.get("script-src")).not.toBe(csp.get("script-src"));
});

test("a client's X-Forwarded-Proto is not believed without a trusted proxy: no HSTS", async ({
  request,
}) => {
  // With TRUSTED_PROXY_HOPS=0 (the e2e portal) serve.mjs drops it: only a proxy may say "https".
  // That a trusted proxy's header is kept is tests/unit/request-guard.test.ts.
  const response = await request.get("/vi/sign-in", {
    headers: { "x-forwarded-proto": "https", forwarded: "proto=https" },
  });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  expect(
    directives(response.headers()["content-security-policy"]).has("upgrade-insecure-requests"),
  ).toBe(false);
});

/** The sign-in form's own server-action POST, captured in the browser and not let through. */
async function capturedSignInPost(page: Page, username: string) {
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/vi/sign-in", async (route) => {
    const posted = route.request();
    if (posted.method() !== "POST") return route.continue();
    captured = { headers: posted.headers(), body: posted.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await signInThroughPage(page, username);
  await expect.poll(() => captured !== undefined).toBe(true);
  if (!captured) throw new Error("the sign-in form posted nothing");
  const keep = ["content-type", "next-action", "next-router-state-tree", "accept"];
  return {
    headers: Object.fromEntries(
      Object.entries(captured.headers).filter(([name]) => keep.includes(name)),
    ),
    body: captured.body,
  };
}

async function signInsOf(username: string) {
  const [row] = await queryE2eDatabase<{ sessions: string; audits: string }>(
    `select (select count(*) from "Session" s join "User" u on u.id = s."userId"
              where u.username = $1) as sessions,
            (select count(*) from "AuditLog" where username = $1 and action = 'SIGN_IN') as audits`,
    [username],
  );
  return row;
}

test("a server action posted from another site is refused, even naming it in X-Forwarded-Host", async ({
  page,
  request,
  baseURL,
}) => {
  const username = "hagiang2.canbo";
  const post = await capturedSignInPost(page, username);
  const replay = (headers: Record<string, string>) =>
    request.post("/vi/sign-in", {
      headers: { ...post.headers, ...headers },
      data: post.body,
      failOnStatusCode: false,
      maxRedirects: 0,
    });

  const before = await signInsOf(username);
  const forged = await replay({
    origin: "http://evil.example",
    "x-forwarded-host": "evil.example",
  });
  expect(forged.status()).toBe(403);
  expect(await signInsOf(username)).toEqual(before);
  const forwarded = await replay({
    origin: "http://evil.example",
    forwarded: "host=evil.example",
    "x-forwarded-host": "localhost, evil.example",
  });
  expect(forwarded.status()).toBe(403);
  expect(await signInsOf(username)).toEqual(before);

  // The very same request from the portal's own origin signs in: the refusal above was the origin.
  const genuine = await replay({ origin: new URL(baseURL ?? "").origin });
  expect(genuine.status()).toBeLessThan(400);
  expect(await signInsOf(username)).toEqual({
    sessions: String(Number(before?.sessions) + 1),
    audits: String(Number(before?.audits) + 1),
  });
});

test("the API answers with a policy that allows nothing, and the same headers", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expectCommonHeaders(response.headers());
  expect(response.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
});

function hydrated(page: Page) {
  return page.waitForFunction(() => document.querySelector("next-route-announcer") !== null);
}

async function expectWorkingPage(page: Page, path: string, heading: string) {
  const response = await page.goto(path);
  expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  // React hydrated the page (the app router then mounts its route announcer): the scripts ran.
  await hydrated(page);
}

test("every page works under the policy, signed out and signed in, with no violation", async ({
  page,
  signInAs,
}) => {
  await expectWorkingPage(page, "/vi/sign-in", "Đăng nhập");
  await expectWorkingPage(page, "/en/sign-in", "Sign in");

  await signInAs("bo.quantri");
  await expectWorkingPage(page, "/vi", "Tổng quan");
  await expectWorkingPage(page, "/vi/users", "Người dùng");
  // One user's page (its forms are client components), reached from the list.
  await page.getByRole("main").getByRole("link", { name: "Huỳnh Văn Tâm", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huỳnh Văn Tâm" })).toBeVisible();
  await hydrated(page);
  await expectWorkingPage(page, "/vi/audit", "Nhật ký hệ thống");
  await expectWorkingPage(page, "/vi/account/password", "Đổi mật khẩu");
  await expectWorkingPage(page, "/vi/khong-co-trang-nay", "Không tìm thấy trang");
  await expectWorkingPage(page, "/en/audit", "Audit log");

  // Client-side navigation works too (React is running): the language switch, then the menu.
  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page).toHaveURL(/\/vi\/audit$/);
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Tổng quan" })
    .click();
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
});

test("a script without the nonce is refused, and the console watch recognises the report", async ({
  browser,
}, testInfo) => {
  // Its own context, outside the `csp` fixture: this violation is the point of the test. The page
  // arrives from the server with its real headers and one inline script slipped into the HTML, as
  // an injection would put it there.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  await page.route("**/vi/sign-in", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      "<script>window.injected = true</script></body>",
    );
    await route.fulfill({ response, body: html });
  });
  const reports: string[] = [];
  page.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) reports.push(message.text());
  });
  await page.goto("/vi/sign-in");
  await hydrated(page);
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
  await expect.poll(() => reports.length).toBeGreaterThan(0);
  await context.close();
});
