// Quarterly reports in Vietnamese, as the officers use them: a commune officer (giarai.canbo) fills
// and submits a point's report of 2026 Q4; the provincial officer (camau.canbo) returns it with a
// comment on one field; the commune officer sees the comment at the field, corrects it and submits
// again; the province approves it, and it is locked. And a draft typed while the browser is offline
// is kept and sent when the network returns.
//
// Each test takes a point of Phường Giá Rai that has no 2026 Q4 report yet (the demo gives Q4
// drafts to a third of them), so the laptop and phone runs never share a report, and no other test
// reads these: 2026 Q4 is not among the published figures.
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";

interface FreePoint {
  id: string;
  name: string;
}

/**
 * An active point of Phường Giá Rai without a 2026 Q4 report; `withHistory`: one with approved
 * reports before (so that its usual figures keep the rules and are not flagged).
 */
async function freePoint(withHistory = false): Promise<FreePoint> {
  const [point] = await queryE2eDatabase<FreePoint>(
    `select p.id::text as id, p.name from "ReplicationPoint" p
       join "Commune" c on c.id = p."communeId"
      where c.code = '31942' and p.status = 'ACTIVE' and p."establishedOn" <= '2026-10-01'
        and not exists (select 1 from "Report" r join "ReportingPeriod" q on q.id = r."periodId"
                        where r."pointId" = p.id and q.year = 2026 and q.quarter = 4)
        and ($1::boolean is false or exists (select 1 from "Report" r
                        where r."pointId" = p.id and r.status = 'APPROVED'))
      order by p.name, p.id limit 1`,
    [withHistory],
  );
  if (!point) throw new Error("no point of Phường Giá Rai left without a 2026 Q4 report");
  return point;
}

/** The point's values of its latest approved report: figures in its own history (not flagged). */
async function usualValues(pointId: string): Promise<Map<string, string>> {
  const rows = await queryE2eDatabase<{ indicatorId: string; value: string }>(
    `with latest as (
       select r.id from "Report" r join "ReportingPeriod" q on q.id = r."periodId"
        where r."pointId" = $1 and r.status = 'APPROVED'
        order by q.year desc, q.quarter desc limit 1)
     select v."indicatorId"::text as "indicatorId", v.value::text as value
       from "ReportValue" v where v."reportId" = (select id from latest)`,
    [pointId],
  );
  return new Map(rows.map((r) => [r.indicatorId, r.value]));
}

const formPath = (point: FreePoint) => `/vi/reports/form?point=${point.id}&year=2026&quarter=4`;

/** Switches the test's browser to another demo user. */
async function becomes(page: Page, signInAs: (u: string) => Promise<void>, username: string) {
  await page.context().clearCookies();
  await signInAs(username);
}

const dotted = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

test("a point's quarterly report: filled, submitted, returned at a field, corrected, approved and locked", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const point = await freePoint(true);
  const usual = await usualValues(point.id);

  // The commune officer: the report is on the worklist as due, with the days left.
  await signInAs("giarai.canbo");
  await page.goto(`/vi/reports?year=2026&quarter=4&state=due&kind=POINT`);
  await expect(page.getByRole("heading", { level: 1, name: "Việc cần làm" })).toBeVisible();
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: point.name }) });
  await expect(item).toContainText("Quý IV/2026 · Hạn nộp 15/01/2027 · Còn");
  await expect(item).toContainText("Đến hạn");
  await item.getByRole("link", { name: point.name }).click();
  await page.waitForURL(/\/vi\/reports\/form\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo Quý IV/2026" })).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("Chưa nhập");

  // Every field of the form, with the point's usual figures.
  const inputs = page.locator('input[id^="value-"]');
  const ids = await inputs.evaluateAll((els) => els.map((e) => e.id.slice("value-".length)));
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids) await page.locator(`#value-${id}`).fill(dotted(usual.get(id) ?? "0"));
  // The field the province will comment on: valuable tips, in no rule with another field, so a
  // correction by one keeps every rule (and ±1 is never far from the point's own history).
  const [tips] = await queryE2eDatabase<{ id: string }>(
    `select id::text from "Indicator" where code = 'tips' and "reportKind" = 'POINT'`,
  );
  const first = tips?.id ?? "";
  expect(ids).toContain(first);
  const firstLabel = (await page.locator(`label[for="value-${first}"]`).innerText())
    .replace(/\s*\(.*\)\s*$/, "")
    .trim();
  await expect(page.getByTestId("save-state")).toContainText("Đã lưu", { timeout: 15_000 });
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp báo cáo. Tỉnh sẽ xem và duyệt.")).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("Đã nộp, chờ duyệt");
  await expect(page.locator(`#value-${first}`)).toBeDisabled();

  // The provincial officer finds it waiting and returns it with a comment on the tips field.
  await becomes(page, signInAs, "camau.canbo");
  // From the counts by commune: the commune's waiting count opens its waiting list (plain links,
  // the locale kept).
  await page.goto(`/vi/reports`);
  await page.getByText(/^Theo xã, phường, đặc khu/).click();
  await page.getByRole("link", { name: /^Phường Giá Rai: Chờ duyệt \d/ }).click();
  await page.waitForURL(/\/vi\/reports\?commune=\d+&state=waiting$/);
  await expect(page.getByRole("link", { name: point.name }).first()).toBeVisible();
  await page.goto(`/vi/reports?year=2026&quarter=4&state=waiting&kind=POINT`);
  await page.getByRole("link", { name: point.name }).first().click();
  await page.waitForURL(/\/vi\/reports\/form\?/);
  const review = page.locator("section", {
    has: page.getByRole("heading", { name: "Xem xét của tỉnh" }),
  });
  await review.getByText("Nhận xét ở từng chỉ tiêu (bỏ trống nếu không có)").click();
  const note = "Số này thấp hơn sổ theo dõi của Công an phường, đề nghị kiểm tra lại.";
  await review.getByLabel(`Nhận xét ô: ${firstLabel}`).fill(note);
  await review.getByRole("button", { name: "Trả lại cho xã" }).click();
  // The report's new state arrives with the refresh, and the panel's notice stays through it.
  await expect(page.getByTestId("report-status")).toHaveText("Bị trả lại");
  await expect(review.getByText("Đã trả lại báo cáo.")).toBeVisible();

  // The commune officer sees the comment at that field, corrects it and submits again.
  await becomes(page, signInAs, "giarai.canbo");
  await page.goto(`/vi/reports?year=2026&quarter=4&state=returned&kind=POINT`);
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: point.name }) }),
  ).toContainText("Bị trả lại");
  await page.goto(formPath(point));
  const field = page.locator(`#value-${first}`);
  const fieldBlock = page
    .locator("div", { has: page.locator(`label[for="value-${first}"]`) })
    .first();
  await expect(fieldBlock.getByText(`Tỉnh nhận xét: ${note}`)).toBeVisible();
  // One more valuable tip than first said.
  const corrected = String(Number(usual.get(first) ?? "0") + 1);
  await field.fill(dotted(corrected));
  await expect(page.getByTestId("save-state")).toContainText("Đã lưu", { timeout: 15_000 });
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp báo cáo. Tỉnh sẽ xem và duyệt.")).toBeVisible();
  await expect(page.getByTestId("report-status")).toHaveText("Đã nộp, chờ duyệt");

  // The province approves it; it is locked, and its history reads in order.
  await becomes(page, signInAs, "camau.canbo");
  await page.goto(formPath(point));
  await expect(page.locator(`#value-${first}`)).toHaveValue(dotted(corrected));
  await page.getByRole("button", { name: "Duyệt báo cáo" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Đã duyệt");
  await expect(page.getByText("Đã duyệt báo cáo.")).toBeVisible();
  await expect(page.getByText("Báo cáo đã duyệt nên đã khóa.")).toBeVisible();
  const events = page.locator("section", {
    has: page.getByRole("heading", { name: "Lịch sử báo cáo" }),
  });
  await expect(events.locator("li")).toHaveText([
    /Tạo bản nháp/,
    /Nộp/,
    new RegExp(`Trả lại[\\s\\S]*${firstLabel}[\\s\\S]*${note}`),
    /Nộp/,
    /Duyệt/,
  ]);

  // Locked for the commune too: nothing to type into, no submit button.
  await becomes(page, signInAs, "giarai.canbo");
  await page.goto(formPath(point));
  await expect(page.getByTestId("report-status")).toHaveText("Đã duyệt");
  await expect(page.locator(`#value-${first}`)).toBeDisabled();
  await expect(page.getByRole("button", { name: "Nộp báo cáo" })).toHaveCount(0);
  const [row] = await queryE2eDatabase<{ status: string; submissions: string }>(
    `select r.status::text as status,
            (select count(*) from "ReportStatusChange" s
              where s."reportId" = r.id and s."toStatus" = 'SUBMITTED')::text as submissions
       from "Report" r join "ReportingPeriod" q on q.id = r."periodId"
      where r."pointId" = $1 and q.year = 2026 and q.quarter = 4`,
    [point.id],
  );
  expect(row).toEqual({ status: "APPROVED", submissions: "2" });
});

test("a draft typed while the browser is offline is kept and sent when the network returns", async ({
  page,
  signInAs,
}) => {
  const point = await freePoint(true);
  const usual = await usualValues(point.id);
  await signInAs("giarai.canbo");
  await page.goto(formPath(point));
  await expect(page.getByTestId("report-status")).toHaveText("Chưa nhập");
  const field = page.locator('input[id^="value-"]').first();
  await expect(field).toBeEnabled();
  // One more than the point's latest approved figure: within its own history.
  const fieldId = ((await field.getAttribute("id")) ?? "").slice("value-".length);
  const value = String(Number(usual.get(fieldId) ?? "0") + 1);

  await page.context().setOffline(true);
  await field.fill(dotted(value));
  await expect(page.getByTestId("save-state")).toHaveText("Chưa gửi được — sẽ gửi khi có mạng", {
    timeout: 10_000,
  });

  await page.context().setOffline(false);
  await expect(page.getByTestId("save-state")).toContainText("Đã lưu", { timeout: 15_000 });

  await page.reload();
  await expect(page.locator('input[id^="value-"]').first()).toHaveValue(dotted(value));
  await expect(page.getByTestId("report-status")).toHaveText("Bản nháp");
  const [saved] = await queryE2eDatabase<{ values: string }>(
    `select count(*)::text as values from "ReportValue" v join "Report" r on r.id = v."reportId"
       join "ReportingPeriod" q on q.id = r."periodId"
      where r."pointId" = $1 and q.year = 2026 and q.quarter = 4 and v.value = $2::bigint`,
    [point.id, value],
  );
  expect(saved?.values).toBe("1");
});

test("a quarter not yet begun: its form says when entry opens and takes no figures", async ({
  page,
  signInAs,
}) => {
  // The quarter after today's (in Vietnam): every start of the portal opens it ahead.
  const today = new Date(Date.now() + 7 * 3_600_000);
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  const next =
    quarter === 4
      ? { year: today.getUTCFullYear() + 1, quarter: 1 }
      : { year: today.getUTCFullYear(), quarter: quarter + 1 };
  const [commune] = await queryE2eDatabase<{ id: string }>(
    `select id::text as id from "Commune" where code = '31942'`,
  );
  if (!commune) throw new Error("no Phường Giá Rai");
  await signInAs("giarai.canbo");
  await page.goto(
    `/vi/reports/form?commune=${commune.id}&year=${next.year}&quarter=${next.quarter}`,
  );
  const label = `Quý ${["I", "II", "III", "IV"][next.quarter - 1] ?? ""}/${next.year}`;
  const opens = `01/${String(next.quarter * 3 - 2).padStart(2, "0")}/${next.year}`;
  await expect(page.getByTestId("report-not-started")).toContainText(
    `Kỳ báo cáo ${label} bắt đầu nhận số liệu từ ${opens}.`,
  );
  await expect(page.locator("dd", { hasText: `Nhận số liệu từ ${opens}` })).toBeVisible();
  const fields = page.locator('input[id^="value-"]');
  expect(await fields.count()).toBeGreaterThan(0);
  for (const field of await fields.all()) await expect(field).toBeDisabled();
  await expect(page.getByRole("button", { name: "Nộp báo cáo" })).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toHaveCount(0);
});
