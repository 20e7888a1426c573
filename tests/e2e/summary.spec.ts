// The summary report as an officer gets it: the form, the download, and the .docx opened — it
// holds the published figures of former Bạc Liêu 2023. A commune officer has no such page.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { expect, test } from "./fixtures";

test("a province officer downloads former Bạc Liêu's 2023 report and it holds the published figures", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  await page.goto("/vi");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Báo cáo năm" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Báo cáo kết quả phong trào" }),
  ).toBeVisible();
  await page.getByLabel("Tỉnh cũ (trước 01/07/2025)").selectOption({ label: "Bạc Liêu (cũ)" });
  await page.getByLabel("Năm").selectOption("2023");
  await page.getByLabel("Kỳ").selectOption({ label: "Cả năm" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải báo cáo (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^(bao-cao-phong-trao-bac-lieu-cu-2023|Báo cáo phong trào Bạc Liêu \(cũ\) năm 2023)\.docx$/,
  );
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(
    /<[^>]+>/g,
    "",
  );
  for (const figure of ["1.406", "131.274", "155.853", "1.994", "hòa giải thành công 384 vụ"])
    expect(text, figure).toContain(figure);
});

test("a commune officer has no summary report", async ({ page, signInAs }) => {
  await signInAs("giarai.canbo");
  await page.goto("/vi");
  await expect(page.getByRole("link", { name: "Báo cáo năm" })).toHaveCount(0);
  const response = await page.goto("/vi/summary");
  expect(response?.status()).toBe(404);
});
