// The dashboards in a browser (issue 9), on the laptop and the phone: the ministry's 34 provinces
// and "Số liệu đến"; drilling down from the nation to Cà Mau, a commune and a point with the
// indicator and the period kept in the address (and a reload keeping them); a province officer
// opening the national link sees only their province; an approval changes the figures on the next
// load; the .xlsx export holds the figures on screen.
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";

async function caMauId(): Promise<number> {
  const [row] = await queryE2eDatabase<{ id: number }>(
    `select id from "Province" where code = '96'`,
  );
  return row!.id;
}

/** The first flow indicator with approved 2024 values in Cà Mau, and its address. */
async function indicatorOf(province: number): Promise<number> {
  const [row] = await queryE2eDatabase<{ id: number }>(
    `select v."indicatorId" as id from "ReportValue" v
       join "Report" r on r."provinceId" = v."provinceId" and r.id = v."reportId"
       join "ReportingPeriod" p on p.id = r."periodId"
       join "Indicator" i on i.id = v."indicatorId"
      where r."provinceId" = $1 and r.status = 'APPROVED' and p.year = 2024
        and i.aggregation = 'FLOW' and i."reportKind" = 'POINT' and v.value > 0
      group by 1 order by count(*) desc limit 1`,
    [province],
  );
  return row!.id;
}

function cell(page: Page, table: string, row: string, column: string) {
  return page.locator(`[data-table="${table}"] [data-row="${row}"] [data-col="${column}"]`);
}

test("the ministry compares the 34 provinces, current to the last approval", async ({
  page,
  signInAs,
}) => {
  await signInAs("bo.phantich");
  await page.goto("/vi/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các tỉnh, thành phố so sánh");
  const provinceRows = page.locator('[data-table="provinces"] tbody tr[data-row^="p:"]');
  await expect(provinceRows).toHaveCount(34);
  await expect(page.getByTestId("as-of")).toContainText("Số liệu đến");
  // The charts, drawn on the server (decision 014): a bar per province with figures, the trend with
  // its quarters, each one image for a screen reader.
  const bars = page.locator('[data-chart="bars"][role="img"]');
  await expect(bars.locator("li").nth(1)).toBeVisible();
  await expect(bars).toContainText(/\d{1,3}(\.\d{3})+/);
  const trend = page.locator('[data-chart="trend"][role="img"]');
  await expect(trend.locator("polyline").first()).toBeAttached();
  await expect(trend).toContainText(/Quý (I|II|III|IV)\/\d{4}/);
  await expect(page.getByRole("heading", { name: /An toàn về ANTT/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tiến độ báo cáo theo quý" })).toBeVisible();
});

test("drills down to Cà Mau, a commune and a point, keeping indicator and period", async ({
  page,
  signInAs,
}) => {
  await signInAs("bo.phantich");
  const caMau = await caMauId();
  const ind = await indicatorOf(caMau);
  await page.goto(`/vi/dashboard?ind=${ind}&from=2024-3&to=2024-3`);
  await expect(page.getByText("Kỳ: Quý III/2024")).toBeVisible();
  await cell(page, "provinces", `p:${caMau}`, "unit").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`ind=${ind}&from=2024-3&to=2024-3&province=${caMau}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cà Mau");
  // A commune with points (Phường Giá Rai, the demo's commune officer's).
  const communeName = "Phường Giá Rai";
  await page
    .locator('[data-table="communes"] tbody tr[data-row] th')
    .getByRole("link", { name: communeName, exact: true })
    .click();
  await expect(page).toHaveURL(/[?&]commune=\d+/);
  await expect(page).toHaveURL(new RegExp(`ind=${ind}&from=2024-3&to=2024-3`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(communeName.trim());
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`ind=${ind}&from=2024-3&to=2024-3`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(communeName.trim());
  await expect(page.getByText("Kỳ: Quý III/2024")).toBeVisible();
  await expect(page.locator("#f-ind")).toHaveValue(String(ind));
  const point = page.locator('[data-table="points"] tbody tr th a').first();
  const pointName = ((await point.textContent()) ?? "").trim();
  const pointFigure = Number(
    ((await point.locator("xpath=ancestor::tr").locator('[data-col="total"]').textContent()) ?? "")
      .trim()
      .replace(/\./g, "")
      .replace("–", "0"),
  );
  await point.click();
  // The point's page keeps the indicator and period, shows the point's figure, and survives reload.
  await expect(page).toHaveURL(
    new RegExp(`/vi/points/[0-9a-f-]+\\?ind=${ind}&from=2024-3&to=2024-3$`),
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText(pointName);
  await page.reload();
  await expect(page.getByTestId("point-dashboard")).toContainText("Quý III/2024");
  await expect(page.getByTestId("point-dashboard-total")).toHaveText(
    pointFigure.toLocaleString("vi-VN"),
  );
  // And back to the commune's view with the same indicator and period.
  await page.getByTestId("point-dashboard-back").click();
  await expect(page).toHaveURL(new RegExp(`ind=${ind}&from=2024-3&to=2024-3&commune=\\d+`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(communeName);
  await expect(page.locator("#f-ind")).toHaveValue(String(ind));
});

test("a commune's view shows its own report's figure and its points' figures, never a column of dashes", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  const [commune] = await queryE2eDatabase<{ id: number }>(
    `select id from "Commune" where code = '31942'`,
  );
  const [kinds] = await queryE2eDatabase<{ first: number; other: number; otherName: string }>(
    `select (select id from "Indicator" where "reportKind" = 'POINT' order by "sortOrder", id limit 1) as first,
            i.id as other, i."nameVi" as "otherName"
       from "Indicator" i where i."reportKind" = 'POINT' order by i."sortOrder", i.id offset 1 limit 1`,
  );
  // The dashboard's default indicator is a commune report's: the commune's figure of it, and the
  // points with a point report's indicator named in the column, with a note saying why.
  await page.goto(`/vi/dashboard?commune=${commune!.id}&from=2024-1&to=2024-4`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Giá Rai");
  await expect(page.getByTestId("as-of")).toContainText("Số liệu đến");
  const communeFigure = page.locator(
    '[data-table="commune"] [data-row="commune"] [data-col="total"]',
  );
  await expect(communeFigure).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await expect(page.getByTestId("points-indicator-note")).toContainText(
    "các điểm nhân rộng không báo cáo",
  );
  await expect(page.locator("#f-pind")).toHaveValue(String(kinds!.first));
  const figures = page.locator('[data-table="points"] tbody [data-col="total"]');
  await expect(figures.first()).toBeVisible();
  const texts = (await figures.allTextContents()).map((x) => x.trim());
  expect(texts.some((x) => /^\d/.test(x) && x !== "0")).toBe(true);
  // Another indicator for the points: in the address, kept by a reload and by the period form.
  await page.locator("#f-pind").selectOption(String(kinds!.other));
  await page.getByTestId("points-indicator-form").getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(new RegExp(`pind=${kinds!.other}`));
  await page.reload();
  await expect(page.locator("#f-pind")).toHaveValue(String(kinds!.other));
  await expect(page.locator('[data-table="points"] thead')).toContainText(kinds!.otherName);
  await page.locator("#f-from").selectOption("2024-3");
  await page.getByRole("button", { name: "Xem", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`from=2024-3.*pind=${kinds!.other}`));
  await expect(page.getByText("Kỳ: Quý III/2024 – Quý IV/2024")).toBeVisible();
});

test("the 'An toàn về ANTT' table reads on a laptop and scrolls only inside itself on a phone", async ({
  page,
  signInAs,
}, testInfo) => {
  await signInAs("bo.phantich");
  if (testInfo.project.name === "laptop") await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/vi/dashboard");
  const table = page.locator('[data-table="safety"]');
  // Each unit type once over its three columns.
  await expect(table.locator('thead th[scope="colgroup"]')).toHaveText([
    "Khu dân cư",
    "Xã, phường",
    "Cơ quan",
    "Doanh nghiệp",
    "Cơ sở giáo dục",
  ]);
  await expect(table.getByRole("button", { name: "Khu dân cư: tỷ lệ đạt" })).toBeVisible();
  const widths = await table.evaluate((element) => {
    const box = element.parentElement!;
    return {
      table: box.scrollWidth,
      box: box.clientWidth,
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    };
  });
  // Never the page itself scrolling sideways.
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  if (testInfo.project.name === "laptop") expect(widths.table).toBeLessThanOrEqual(widths.box);
  else expect(widths.table).toBeGreaterThan(widths.box);
});

test("a province officer opening the national link sees only their province", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  await page.goto("/vi/dashboard?from=2024-1&to=2024-4");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cà Mau");
  await expect(page.locator('[data-table="provinces"]')).toHaveCount(0);
  await expect(page.locator('[data-table="communes"]')).toBeVisible();
  await page.goto(`/vi/dashboard?province=1&from=2024-1&to=2024-4`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cà Mau");
});

test("an approval changes the province and national figures on the next load", async ({
  page,
  signInAs,
}) => {
  await signInAs("bo.phantich");
  const caMau = await caMauId();
  const ind = await indicatorOf(caMau);
  const [report] = await queryE2eDatabase<{ id: string; value: string }>(
    `select r.id, v.value::text as value from "Report" r
       join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
       join "ReportingPeriod" p on p.id = r."periodId"
      where r."provinceId" = $1 and r.status = 'APPROVED' and p.year = 2024 and p.quarter = 2
        and v."indicatorId" = $2 and v.value > 0 order by r.id limit 1`,
    [caMau, ind],
  );
  const address = `/vi/dashboard?ind=${ind}&from=2024-2&to=2024-2`;
  const read = async (row: string) =>
    Number(((await cell(page, "provinces", row, "total").textContent()) ?? "").replace(/\./g, ""));
  await queryE2eDatabase(`update "Report" set status = 'SUBMITTED' where id = $1`, [report!.id]);
  try {
    await page.goto(address);
    const province = await read(`p:${caMau}`);
    const nation = await read("nation");
    await queryE2eDatabase(
      `update "Report" set status = 'APPROVED', "approvedAt" = now() where id = $1`,
      [report!.id],
    );
    await page.goto(address);
    expect(await read(`p:${caMau}`)).toBe(province + Number(report!.value));
    expect(await read("nation")).toBe(nation + Number(report!.value));
    await page.goto(`/vi/dashboard?ind=${ind}&from=2024-2&to=2024-2&province=${caMau}`);
    await expect(page.getByTestId("as-of")).toContainText("Số liệu đến");
  } finally {
    await queryE2eDatabase(
      `update "Report" set status = 'APPROVED', "approvedAt" = coalesce("approvedAt", now()) where id = $1`,
      [report!.id],
    );
  }
});

test("the .xlsx export opens and holds the figures on screen", async ({ page, signInAs }) => {
  await signInAs("bo.phantich");
  const caMau = await caMauId();
  const ind = await indicatorOf(caMau);
  await page.goto(`/vi/dashboard?ind=${ind}&from=2024-1&to=2024-4`);
  const shown = ((await cell(page, "provinces", `p:${caMau}`, "total").textContent()) ?? "").trim();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-export="provinces"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  let found: unknown = undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "Cà Mau") found = row.getCell(2).value;
  });
  expect(Number(shown.replace(/\./g, ""))).toBe(found);
  // The safety table too.
  const [safety] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-export="safety"]').click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await safety.path());
  expect(book.worksheets[0]?.rowCount).toBeGreaterThanOrEqual(36);
});
