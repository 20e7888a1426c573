// The sign-in page itself: where a signed-out visitor is sent, what a wrong password says, and that
// signing out ends the session on the server (the old cookie is worth nothing afterwards).
import { DEMO_PASSWORD, expect, signInThroughPage, submitSignIn, test } from "./fixtures";

const INVALID = "Tên đăng nhập hoặc mật khẩu không đúng.";

test("a signed-out visitor opening the portal is sent to sign in, then back", async ({ page }) => {
  await page.goto("/vi");
  await expect(page).toHaveURL(/\/vi\/sign-in\?next=%2Fvi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();

  await page.goto("/vi/audit");
  await expect(page).toHaveURL(/\/vi\/sign-in\?next=%2Fvi%2Faudit$/);
  await submitSignIn(page, "bo.quantri");
  await expect(page).toHaveURL(/\/vi\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" })).toBeVisible();
});

test("the demo install says so on its sign-in page", async ({ page }) => {
  await page.goto("/vi/sign-in");
  await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu — không dùng cho số liệu thật.");
  await page.goto("/en/sign-in");
  await expect(page.getByRole("note")).toContainText("Demo data — not for real figures.");
});

test("a wrong password and an unknown username get the same message, beside the form", async ({
  page,
}) => {
  await signInThroughPage(page, "camau.canbo", "SaiMatKhau@2025");
  const alert = page.locator("main form").getByRole("alert");
  await expect(alert).toHaveText(INVALID);
  await expect(page).toHaveURL(/\/vi\/sign-in/);

  await signInThroughPage(page, "khong.co.nguoi.nay", DEMO_PASSWORD);
  await expect(page.locator("main form").getByRole("alert")).toHaveText(INVALID);
  await expect(page).toHaveURL(/\/vi\/sign-in/);
});

test("an empty form is answered beside each field", async ({ page }) => {
  await page.goto("/vi/sign-in");
  await page.locator("main form").getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#username-error")).toHaveText("Vui lòng nhập trường này.");
  await expect(page.locator("#password-error")).toHaveText("Vui lòng nhập trường này.");
});

test("signing out ends the session on the server: the saved cookie no longer gets in", async ({
  page,
  context,
  browser,
  csp,
}, testInfo) => {
  await signInThroughPage(page, "camau.quantri");
  await expect(page).toHaveURL(/\/vi$/);
  const saved = await context.cookies();
  expect(saved.some((cookie) => cookie.httpOnly && cookie.sameSite === "Lax")).toBe(true);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/vi\/sign-in$/);

  // A fresh browser holding the old cookie, as someone who copied it would.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  csp.watch(other);
  await other.addCookies(saved);
  const stolen = await other.newPage();
  await stolen.goto("/vi");
  await expect(stolen).toHaveURL(/\/vi\/sign-in\?next=%2Fvi$/);
  await stolen.goto("/vi/audit");
  await expect(stolen).toHaveURL(/\/vi\/sign-in\?next=%2Fvi%2Faudit$/);
  await other.close();
});

test("a refused sign-in keeps the username and empties the password", async ({ page }) => {
  await signInThroughPage(page, "camau.canbo", "SaiMatKhau@2025");
  const form = page.locator("main form");
  await expect(form.getByRole("alert")).toHaveText(INVALID);
  await expect(form.getByLabel("Tên đăng nhập")).toHaveValue("camau.canbo");
  await expect(form.getByLabel("Mật khẩu")).toHaveValue("");
  await expect(form.getByLabel("Mật khẩu")).toBeFocused();
});

test("the sign-in page does not offer sign-in again in its header", async ({ page }) => {
  for (const [path, label] of [
    ["/vi/sign-in", "Đăng nhập"],
    ["/en/sign-in", "Sign in"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("main form")).toBeVisible();
    await expect(page.locator("header").getByRole("link", { name: label })).toHaveCount(0);
  }
  // Everywhere else a signed-out visitor is sent to this page; signed in, the header offers sign-out.
  await signInThroughPage(page, "camau.canbo");
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.locator("header").getByRole("button", { name: "Đăng xuất" })).toBeVisible();
});
