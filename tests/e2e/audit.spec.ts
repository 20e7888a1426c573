// The audit trail page as its readers use it: the ministry every province and a province filter; a
// province administrator their own province whatever the address says; filters in the address,
// bad ones ignored with a message; times in Vietnam's time to the second; changes as a diff.
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, signInThroughPage, test } from "./fixtures";

const VI_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;
const EN_TIME = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/;

function rows(page: Page) {
  return page.locator("main table tbody tr");
}

/** The text of one column (1-based) of every row on the page. */
function column(page: Page, index: number): Promise<string[]> {
  return rows(page).locator(`td:nth-child(${index})`).allInnerTexts();
}

async function provinceId(code: string): Promise<number> {
  const [row] = await queryE2eDatabase<{ id: number }>(
    `select id from "Province" where code = $1`,
    [code],
  );
  if (!row) throw new Error(`no province ${code}`);
  return row.id;
}

test.beforeEach(async ({ sessionCookies }) => {
  // Rows of two provinces in the trail: these sign-ins (through the page) are audited.
  await sessionCookies("camau.quantri");
  await sessionCookies("tuyenquang.quantri");
});

test("the ministry reads every province's rows, newest first, and can narrow to one province", async ({
  page,
  signInAs,
}) => {
  // A failed attempt, to find with the filters below.
  await signInThroughPage(page, "camau.quantri", "SaiMatKhau@2025");
  await expect(page.locator("main form").getByRole("alert")).toBeVisible();
  await signInAs("bo.quantri");

  await page.goto("/vi");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Nhật ký" })
    .click();
  await expect(page).toHaveURL(/\/vi\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" })).toBeVisible();
  await expect(page.getByText("Phạm vi: toàn quốc")).toBeVisible();

  const times = await rows(page)
    .locator("time")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(times.length).toBeGreaterThan(2);
  expect([...times].sort().reverse()).toEqual(times);
  for (const text of await rows(page).locator("time").allInnerTexts())
    expect(text).toMatch(VI_TIME);
  const scopes = await column(page, 5);
  expect(scopes.some((text) => text.includes("Cà Mau"))).toBe(true);
  expect(scopes.some((text) => text.includes("Tuyên Quang"))).toBe(true);

  const filters = page.getByRole("form", { name: "Lọc nhật ký" });
  await filters.getByLabel("Tỉnh, thành phố").selectOption({ label: "Cà Mau" });
  await filters.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`province=${await provinceId("96")}`));
  const caMauOnly = await column(page, 5);
  expect(caMauOnly.length).toBeGreaterThan(0);
  for (const text of caMauOnly) expect(text).toContain("Cà Mau");

  await filters.getByLabel("Hành động").selectOption({ label: "Đăng nhập thất bại" });
  await filters.getByLabel("Tên đăng nhập").fill("camau.quantri");
  await filters.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/action=SIGN_IN_FAILED/);
  const failed = rows(page).first();
  await expect(failed).toContainText("Đăng nhập thất bại");
  await expect(failed).toContainText("Sai mật khẩu");
  await expect(failed).toContainText("camau.quantri");
  for (const text of await column(page, 3)) expect(text).toContain("Đăng nhập thất bại");

  await page.getByRole("link", { name: "Xóa bộ lọc" }).click();
  await expect(page).toHaveURL(/\/vi\/audit$/);
});

test("a province administrator sees their province only, even when the address names another", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.quantri");
  await page.goto(`/vi/audit?province=${await provinceId("08")}`);
  await expect(page.getByText("Phạm vi: Cà Mau")).toBeVisible();
  await expect(page.locator("#audit-province")).toHaveCount(0);

  const scopes = await column(page, 5);
  expect(scopes.length).toBeGreaterThan(0);
  for (const text of scopes) expect(text).toContain("Cà Mau");
  await expect(rows(page).filter({ hasText: "tuyenquang." })).toHaveCount(0);
  await expect(rows(page).filter({ hasText: "bo.quantri" })).toHaveCount(0);
});

test("filters that cannot be read are ignored, and the page says which", async ({
  page,
  signInAs,
}) => {
  await signInAs("bo.quantri");
  await page.goto("/vi/audit?action=HACK&from=31/02/2026&user=bo.quantri");
  await expect(page.getByRole("status")).toHaveText(
    "Một số điều kiện lọc không hợp lệ nên đã được bỏ qua: hành động, từ ngày.",
  );
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("bo.quantri");
  await expect(rows(page).first()).toContainText("bo.quantri");

  await page.goto("/vi/audit?from=20/11/2026&to=01/11/2026");
  await expect(page.getByRole("status")).toContainText("khoảng ngày");
});

test("changes read as a diff of the fields that changed", async ({ page, signInAs }, testInfo) => {
  const entityId = `e2e-diff-${testInfo.project.name}`;
  await queryE2eDatabase(
    `insert into "AuditLog" (action, "userId", username, role, "provinceId", ip, entity, "entityId", before, after)
     select 'UPDATE', u.id, u.username, u.role, u."provinceId", '192.0.2.15', 'User', $1,
            '{"fullName": "Nguyễn Văn Bình", "role": "PROVINCE_OFFICER", "active": true}'::jsonb,
            '{"fullName": "Nguyễn Văn Bình", "role": "PROVINCE_ADMIN", "active": false}'::jsonb
     from "User" u where u.username = 'camau.quantri'`,
    [entityId],
  );
  await signInAs("bo.quantri");
  await page.goto("/vi/audit?action=UPDATE&entity=User");
  const row = rows(page).filter({ hasText: entityId });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Cập nhật");
  await expect(row).toContainText("Người dùng");
  await expect(row).toContainText("192.0.2.15");
  const changes = row.getByRole("list", { name: "Các trường đã thay đổi" }).getByRole("listitem");
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0).locator("del")).toHaveText("Trước: PROVINCE_OFFICER");
  await expect(changes.nth(0).locator("ins")).toHaveText("Sau: PROVINCE_ADMIN");
  await expect(changes.nth(1)).toContainText("active:");
  await expect(changes.nth(1).locator("ins")).toHaveText("Sau: Không");
  await expect(row).not.toContainText("fullName");
});

test("the page reads in English with English times", async ({ page, signInAs }) => {
  await signInAs("bo.quantri");
  await page.goto("/en/audit");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByText("Scope: the whole country")).toBeVisible();
  for (const text of await rows(page).locator("time").allInnerTexts())
    expect(text).toMatch(EN_TIME);
  await expect(rows(page).filter({ hasText: "Signed in" }).first()).toBeVisible();
});

test("the page fits the screen: nothing in the content is wider than the window", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.quantri");
  await page.goto("/vi/audit");
  await expect(rows(page).first()).toBeVisible();
  const main = page.locator("main");
  const { scrollWidth, clientWidth } = await main.evaluate((node) => ({
    scrollWidth: node.scrollWidth,
    clientWidth: node.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
