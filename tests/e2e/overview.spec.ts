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
  await expect(page.locator("#scope-heading")).toHaveText("Toàn quốc");
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

function tile(page: Page, key: string): Locator {
  return page.locator(`[data-tile="${key}"] dd`).first();
}

test("a province sees its own tiles, and the models tile agrees with the card", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.quantri");
  for (const [path, modelsLabel] of [
    ["/vi", "Mô hình có điểm nhân rộng"],
    ["/en", "Models with replication points"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("#scope-heading")).toHaveText("Cà Mau");
    // Not the nation's 34 provinces and 3,321 communes under the province's heading.
    await expect(page.locator('[data-tile="provinces"]')).toHaveCount(0);
    await expect(tile(page, "communes")).toHaveText("64");
    const card = page.locator("article").first();
    const cardModels = card
      .locator("dl > div")
      .filter({ has: page.locator("dt", { hasText: modelsLabel }) })
      .locator("dd");
    await expect(tile(page, "models")).toHaveText("50");
    await expect(cardModels).toHaveText("50");
    await expect(page.locator('[data-tile="models"] dt')).toHaveText(modelsLabel);
    // Both former provinces have figures (former Cà Mau's communes make their commune reports):
    // a card each, and no "no data yet" line.
    await expect(page.locator("article h4")).toHaveCount(2);
    await expect(page.locator("article h4").nth(1)).toContainText("Cà Mau");
    await expect(page.getByTestId("no-data")).toHaveCount(0);
  }
});

test("a commune sees its own figures under its own name, never the old province's", async ({
  page,
  signInAs,
}) => {
  await signInAs("giarai.canbo");
  for (const [path, heading] of [
    ["/vi", "Kết quả năm 2023"],
    ["/en", "2023 results"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("#scope-heading")).toHaveText("Phường Giá Rai, Cà Mau");
    await expect(page.locator('[data-tile="provinces"], [data-tile="communes"]')).toHaveCount(0);
    await expect(page.locator("#year-heading")).toHaveText(heading);
    await expect(page.locator("article")).toHaveCount(1);
    await expect(page.locator("article h4")).toHaveText("Phường Giá Rai");
    await expect(page.getByText(/Bạc Liêu/)).toHaveCount(0);
    // The commune's tiles are the commune's, not the province's 263 points.
    await expect(tile(page, "points")).not.toHaveText("263");
  }
});

test("indicator groups are the same in both languages, and a unit is not said twice", async ({
  page,
}) => {
  const groups: Record<string, number> = {};
  for (const [path, name, gifts] of [
    ["/vi", "Bạc Liêu (cũ)", "Trị giá quà tặng"],
    ["/en", "Bạc Liêu (former)", "Value of gifts"],
  ] as const) {
    await page.goto(path);
    const card = formerProvince(page, name);
    groups[path] = await card.locator("tbody[data-indicator-group]").count();
    await expect(total(card, gifts)).toHaveText(path === "/vi" ? "851.370.000 đ" : /851,370,000/);
    await expect(card.getByRole("rowheader", { name: /\((đồng|VND)\)/ })).toHaveCount(0);
  }
  expect(groups["/en"]).toBe(groups["/vi"]);
  await page.goto("/en");
  await expect(
    total(
      formerProvince(page, "Bạc Liêu (former)"),
      "Weapons, explosives and firecrackers recovered through campaigns",
    ),
  ).toHaveText("0");
});

test("the provinces without demo data are named in a no-data note", async ({ page }) => {
  await page.goto("/vi");
  await expect(page.getByTestId("no-data").last()).toContainText(
    "30 tỉnh, thành phố khác chưa có số liệu: An Giang",
  );
  await page.goto("/en");
  await expect(page.getByTestId("no-data").last()).toContainText(
    "30 other provinces have no data yet: An Giang",
  );
});

test("the health endpoint reports the database, migrations and units", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: "ok", database: "up", provinces: 34, communes: 3321 });
  expect(body.migrations).toBeGreaterThanOrEqual(2);
});
