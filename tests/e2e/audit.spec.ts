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

/** An audit row of camau.quantri changing camau.canbo, as the users pages write it. */
async function insertUserChange(ip: string, detail: string | null = null): Promise<string> {
  const [row] = await queryE2eDatabase<{ id: string }>(
    `insert into "AuditLog" (action, "userId", username, role, "provinceId", "communeId", ip, entity, "entityId", before, after, detail)
     select 'UPDATE', a.id, a.username, a.role, a."provinceId", hh.id, $1, 'User', o.id::text,
            jsonb_build_object('fullName', 'Nguyễn Thị Kim Ngân', 'role', 'COMMUNE_OFFICER', 'active', true, 'communeId', gr.id),
            jsonb_build_object('fullName', 'Nguyễn Thị Kim Ngân', 'role', 'PROVINCE_OFFICER', 'active', false, 'communeId', hh.id),
            $2
     from "User" a, "User" o, "Commune" gr, "Commune" hh
     where a.username = 'camau.quantri' and o.username = 'camau.canbo'
       and gr.code = '31942' and hh.code = '31906'
     returning "entityId" as id`,
    [ip, detail],
  );
  if (!row) throw new Error("no audit row inserted");
  return row.id;
}

test("changes read as labelled fields with names, never field names, enum values or ids", async ({
  page,
  signInAs,
}, testInfo) => {
  const ip = testInfo.project.name === "phone" ? "192.0.2.16" : "192.0.2.15";
  const userId = await insertUserChange(ip, "reactivated");
  await signInAs("bo.quantri");

  await page.goto("/vi/audit?action=UPDATE&entity=User");
  const row = rows(page).filter({ hasText: ip });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Cập nhật");
  // The note of an old row, translated: not the English "reactivated".
  await expect(row).toContainText("Kích hoạt lại tài khoản");
  const changes = row.getByRole("list", { name: "Các trường đã thay đổi" }).getByRole("listitem");
  await expect(changes).toHaveCount(3);
  const role = changes.filter({ hasText: "Vai trò:" });
  await expect(role.locator("del")).toHaveText("Trước: Cán bộ Công an xã, phường, đặc khu");
  await expect(role.locator("ins")).toHaveText("Sau: Cán bộ Công an tỉnh");
  const status = changes.filter({ hasText: "Trạng thái:" });
  await expect(status.locator("del")).toHaveText("Trước: Đang hoạt động");
  await expect(status.locator("ins")).toHaveText("Sau: Đã vô hiệu hóa");
  const commune = changes.filter({ hasText: "Xã, phường, đặc khu:" });
  await expect(commune.locator("del")).toHaveText("Trước: Phường Giá Rai");
  await expect(commune.locator("ins")).toHaveText("Sau: Xã Hưng Hội");
  // The affected user by name, with a link to their page; no raw id.
  const affected = row.getByRole("link", { name: "Mở trang của Nguyễn Thị Kim Ngân" });
  await expect(affected).toHaveText("Nguyễn Thị Kim Ngân");
  await expect(affected).toHaveAttribute("href", `/vi/users/${userId}`);
  for (const raw of [
    "role",
    "active",
    "communeId",
    "fullName",
    "COMMUNE_OFFICER",
    "PROVINCE_OFFICER",
    userId.slice(0, 8),
    "reactivated",
  ]) {
    await expect(row).not.toContainText(raw);
  }

  await page.goto("/en/audit?action=UPDATE&entity=User");
  const english = rows(page).filter({ hasText: ip });
  await expect(english).toContainText("Account reactivated");
  const englishRole = english.getByRole("listitem").filter({ hasText: "Role:" });
  await expect(englishRole.locator("ins")).toHaveText("After: Province officer");
  await expect(
    english.getByRole("listitem").filter({ hasText: "Status:" }).locator("ins"),
  ).toHaveText("After: Deactivated");
  await expect(english).not.toContainText("PROVINCE_OFFICER");
});

test("the username filter finds the one who acted and the user it was about", async ({
  page,
  signInAs,
}, testInfo) => {
  const ip = testInfo.project.name === "phone" ? "192.0.2.26" : "192.0.2.25";
  await insertUserChange(ip);
  await signInAs("bo.quantri");
  for (const username of ["camau.quantri", "camau.canbo"]) {
    await page.goto(`/vi/audit?user=${username}&action=UPDATE`);
    await expect(rows(page).filter({ hasText: ip }), username).toHaveCount(1);
  }
});

test("a refusal names the permission in words, not its key", async ({ page, signInAs }) => {
  await queryE2eDatabase(
    `insert into "AuditLog" (action, "userId", username, role, "provinceId", ip, detail)
     select 'ACCESS_DENIED', u.id, u.username, u.role, u."provinceId", '192.0.2.35', 'permission users.manage'
     from "User" u where u.username = 'camau.canbo'`,
  );
  await signInAs("bo.quantri");
  await page.goto("/vi/audit?action=ACCESS_DENIED");
  const row = rows(page).filter({ hasText: "192.0.2.35" }).first();
  await expect(row).toContainText("Thực hiện thao tác cần quyền quản lý người dùng");
  await expect(row).not.toContainText("users.manage");
  await page.goto("/en/audit?action=ACCESS_DENIED");
  await expect(rows(page).filter({ hasText: "192.0.2.35" }).first()).toContainText(
    "the permission to manage users",
  );
});

test("dates are asked for as ngày/tháng/năm in Vietnamese", async ({ page, signInAs }) => {
  await signInAs("bo.quantri");
  await page.goto("/vi/audit");
  await expect(page.locator("#audit-from")).toHaveAttribute("placeholder", "ngày/tháng/năm");
  await expect(page.locator("#audit-to")).toHaveAttribute("placeholder", "ngày/tháng/năm");
  await page.goto("/en/audit");
  await expect(page.locator("#audit-from")).toHaveAttribute("placeholder", "dd/mm/yyyy");
});

test("the page reads in English with English times", async ({ page, signInAs }) => {
  await signInAs("bo.quantri");
  await page.goto("/en/audit");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The menu and the page call it the same.
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Audit log" }),
  ).toBeVisible();
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

test("a province administrator lists who saw whose citizen ID, by name", async ({
  page,
  signInAs,
}, testInfo) => {
  const ip = testInfo.project.name === "phone" ? "192.0.2.36" : "192.0.2.35";
  const [person] = await queryE2eDatabase<{ id: string; fullName: string }>(
    `select p.id, p."fullName" from "Person" p join "Commune" c on c.id = p."communeId"
      where c.code = '31942' order by p."fullName" limit 1`,
  );
  if (!person) throw new Error("no person in Phường Giá Rai");
  // The row revealPerson writes (lib/rosters/reveal-person.ts), as a commune officer saw it.
  await queryE2eDatabase(
    `insert into "AuditLog" (action, "userId", username, role, "provinceId", "communeId", ip, entity, "entityId", detail)
     select 'REVEAL', u.id, u.username, u.role, u."provinceId", u."communeId", $1, 'Person', $2, $3
     from "User" u where u.username = 'giarai.canbo'`,
    [ip, person.id, `person.citizen-id-revealed name=${encodeURIComponent(person.fullName)}`],
  );
  await signInAs("camau.quantri");
  await page.goto("/vi/audit?action=REVEAL");
  const row = rows(page).filter({ hasText: ip });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Xem số định danh, số điện thoại");
  await expect(row).toContainText(`Xem số CCCD đầy đủ của ${person.fullName}`);
  await expect(row).not.toContainText("undefined");
  // Every kind of entity in the filter by its name, none by its model's name.
  const kinds = await page.getByLabel("Đối tượng").locator("option").allInnerTexts();
  for (const raw of ["ImportBatch", "Person", "ModelRecognition", "ResidentialArea"])
    expect(kinds).not.toContain(raw);

  // A roster import as commit-import.ts writes it: its note, fields and values in words, no id.
  const batchId = "5e1f0c8a-7d2b-4c3e-9f10-2a3b4c5d6e7f";
  const importIp = testInfo.project.name === "phone" ? "192.0.2.38" : "192.0.2.37";
  await queryE2eDatabase(
    `insert into "AuditLog" (action, "userId", username, role, "provinceId", "communeId", ip, entity, "entityId", before, after, detail)
     select a.action::"AuditAction", u.id, u.username, u.role, u."provinceId", u."communeId", $1, 'ImportBatch', $2, a.before, a.after, a.detail
     from "User" u, (values
       ('IMPORT', null::jsonb, jsonb_build_object('batchId', $2::text, 'fileName', 'danh-sach.xlsx', 'rowCount', 5, 'personCount', 5, 'membershipCount', 5), 'roster import'),
       ('UNDO', jsonb_build_object('status', 'COMMITTED', 'fileName', 'danh-sach.xlsx'), jsonb_build_object('status', 'UNDONE', 'persons', 5, 'memberships', 5), 'roster import undone')
     ) as a(action, before, after, detail)
     where u.username = 'giarai.canbo'`,
    [importIp, batchId],
  );
  await page.goto("/vi/audit?entity=ImportBatch");
  const imports = rows(page).filter({ hasText: importIp });
  await expect(imports).toHaveCount(2);
  await expect(imports.first()).toContainText("Lần nhập danh sách");
  await expect(imports.filter({ hasText: "Nhập từ tệp" })).toContainText(
    "Nhập danh sách thành viên từ tệp",
  );
  await expect(imports.filter({ hasText: "Nhập từ tệp" })).toContainText("Tên tệp:");
  const undone = imports.filter({ hasText: "Hoàn tác một lần nhập danh sách" });
  await expect(undone).toContainText("Đã nhập");
  await expect(undone).toContainText("Đã hoàn tác");
  const importText = (await imports.allInnerTexts()).join("\n");
  for (const raw of [batchId.slice(0, 8), "COMMITTED", "UNDONE", "roster import", "Thông tin khác"])
    expect(importText).not.toContain(raw);

  await page.goto("/en/audit?action=REVEAL");
  await expect(rows(page).filter({ hasText: ip })).toContainText(
    `Viewed the full citizen ID of ${person.fullName}`,
  );
});
