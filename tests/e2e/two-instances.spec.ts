// Beyond one machine (issue 10): two instances of the portal, on two ports, against one database.
// They hold no state of their own: a session made by signing in on one is good on the other, the
// sign-in throttle tripped on one refuses on the other, and a report approved on one changes the
// dashboard the other serves.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, queryE2eDatabase, submitSignIn, test } from "./fixtures";

const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_PORT_B ?? portA + 1);
const A = `http://localhost:${portA}`;
const B = `http://localhost:${portB}`;
const PROBE = "khong.co.ai.e2e";

async function failures(): Promise<number> {
  const [row] = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "SignInAttempt" where "username" = $1 and not "success"`,
    [PROBE],
  );
  return Number(row?.n);
}

test("a session made by signing in on one instance is good on the other", async ({ page }) => {
  await page.goto(`${A}/vi/sign-in`);
  await submitSignIn(page, "camau.canbo");
  await page.waitForURL(`${A}/vi`);
  // The cookie is the host's (ports share it); B decrypts it with the same AUTH_SECRET and finds
  // the session in the database.
  await page.goto(`${B}/vi/reports`);
  await expect(page).toHaveURL(`${B}/vi/reports`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`${A}/vi/reports`);
  await expect(page).toHaveURL(`${A}/vi/reports`);
});

test("the sign-in throttle tripped on one instance refuses on the other", async ({ page }) => {
  test.slow(); // ten sign-ins, each hashing its password
  // The address (127.0.0.1) has its own limit, and the tests before this one failed sign-ins from
  // it: those would stop this one's attempts before the username's limit is reached (the tests run
  // one at a time, so no other test is signing in now).
  await queryE2eDatabase(`delete from "SignInAttempt" where not "success"`);
  try {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await page.goto(`${A}/vi/sign-in`);
      await submitSignIn(page, PROBE, `Sai@${attempt}xyz`);
      // Each failure is counted by the database, not by the instance that answered.
      await expect.poll(failures, { timeout: 15_000 }).toBe(attempt + 1);
    }
    await page.goto(`${B}/vi/sign-in`);
    await submitSignIn(page, PROBE, DEMO_PASSWORD);
    await expect(
      page.getByText(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\./),
    ).toBeVisible();
  } finally {
    // The address counts too (10 failures from it in 15 minutes): the other tests sign in from it.
    await queryE2eDatabase(`delete from "SignInAttempt" where "username" = $1`, [PROBE]);
  }
});

function provinceTotal(page: Page, caMau: number) {
  return page.locator(`[data-table="provinces"] [data-row="p:${caMau}"] [data-col="total"]`);
}
const figure = async (page: Page, caMau: number) =>
  Number(((await provinceTotal(page, caMau).textContent()) ?? "").replace(/\./g, ""));

test("a report approved on one instance changes the dashboard of the other", async ({
  page,
  browser,
  signInAs,
}) => {
  test.slow(); // two browsers, two servers
  const [report] = await queryE2eDatabase<{
    id: string;
    pointId: string;
    province: number;
    indicatorId: number;
    value: string;
  }>(
    `select r.id, r."pointId", r."provinceId" as province, v."indicatorId", v.value::text as value
       from "Report" r
       join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
       join "Indicator" i on i.id = v."indicatorId"
       join "ReportingPeriod" p on p.id = r."periodId"
      where r."provinceId" = (select id from "Province" where code = '96') and r.kind = 'POINT'
        and r.status = 'APPROVED' and p.year = 2024 and p.quarter = 2
        and i.aggregation = 'FLOW' and v.value > 0
      order by v.value desc, r.id limit 1`,
  );
  const { id, pointId, province, indicatorId, value } = report!;
  await queryE2eDatabase(`update "Report" set status = 'SUBMITTED' where id = $1`, [id]);
  try {
    await signInAs("bo.phantich");
    const dashboard = `${A}/vi/dashboard?ind=${indicatorId}&from=2024-2&to=2024-2`;
    await page.goto(dashboard);
    const before = await figure(page, province);

    const officer = await browser.newContext();
    const onB = await officer.newPage();
    await onB.goto(`${B}/vi/sign-in`);
    await submitSignIn(onB, "camau.canbo");
    await onB.waitForURL(`${B}/vi`);
    await onB.goto(`${B}/vi/reports/form?point=${pointId}&year=2024&quarter=2`);
    await onB.getByRole("button", { name: "Duyệt báo cáo" }).click();
    await expect(onB.getByTestId("report-status")).toHaveText("Đã duyệt", { timeout: 15_000 });
    await officer.close();

    await page.goto(dashboard);
    expect(await figure(page, province)).toBe(before + Number(value));
  } finally {
    await queryE2eDatabase(
      `update "Report" set status = 'APPROVED', "approvedAt" = coalesce("approvedAt", now()) where id = $1`,
      [id],
    );
  }
});
