// The overview reads its figures from the database: the national units and the demo provinces'
// published 2023 totals, formatted in each language's own way. It needs a session: the ministry's.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.beforeEach(async ({ signInAs }) => {
  await signInAs("bo.quantri");
});

function stat(page: Page, label: string): Locator {
  return page
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: label }) })
    .locator("dd")
    .first();
}

function formerProvince(page: Page, name: string): Locator {
  return page.locator("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

function total(card: Locator, indicator: string): Locator {
  return card
    .getByRole("row")
    .filter({ has: card.page().getByRole("rowheader", { name: indicator, exact: true }) })
    .getByRole("cell");
}

test("the overview shows national counts and 2023 totals in Vietnamese", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/vi$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  await expect(page.locator("#national-heading")).toHaveText("Toàn quốc");
  await expect(stat(page, "Tỉnh, thành phố")).toHaveText("34");
  await expect(stat(page, "Xã, phường, đặc khu")).toHaveText("3.321");

  const bacLieu = formerProvince(page, "Bạc Liêu (cũ)");
  await expect(bacLieu).toBeVisible();
  await expect(total(bacLieu, "Tin có giá trị cung cấp cho Công an")).toHaveText("1.994");
  await expect(total(bacLieu, "Số vụ việc hòa giải")).toHaveText("384");
  await expect(total(bacLieu, "Số cuộc tuần tra, canh gác")).toHaveText("731");
  await expect(total(bacLieu, "Tờ rơi, tài liệu tuyên truyền phát hành")).toHaveText("155.853");
  await expect(bacLieu.locator("dl > div").filter({ hasText: "Tổ" }).locator("dd")).toHaveText(
    "1.522",
  );

  const haGiang = formerProvince(page, "Hà Giang (cũ)");
  await expect(total(haGiang, "Tin có giá trị cung cấp cho Công an")).toHaveText("1.370");
});

test("the overview switches to English and formats numbers the English way", async ({ page }) => {
  await page.goto("/vi");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(stat(page, "Communes")).toHaveText("3,321");

  const bacLieu = formerProvince(page, "Bạc Liêu (former)");
  await expect(total(bacLieu, "Valuable tips given to the police")).toHaveText("1,994");
  await expect(total(bacLieu, "Leaflets distributed")).toHaveText("155,853");
  await expect(total(bacLieu, "Launch campaign attendees")).toHaveText("131,274");
});

test("the health endpoint reports the database, migrations and units", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: "ok", database: "up", provinces: 34, communes: 3321 });
  expect(body.migrations).toBeGreaterThanOrEqual(2);
});
