// Nhập danh sách thành viên tổ như cán bộ Công an phường Giá Rai làm: tải tệp mẫu, nhập một tệp
// có lỗi và thấy từng lỗi, sửa tệp rồi nhập, thấy lần nhập trong danh sách và hoàn tác nó. Số
// người và lượt tham gia tổ trong cơ sở dữ liệu không đổi sau lần nhập lỗi và trở lại như cũ sau
// khi hoàn tác.
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testCitizenId } from "../support/citizen-ids";
import { csvBytes, readXlsxText, TEMPLATE_HEADER, xlsxBytes } from "../support/roster-files";
import { expect, queryE2eDatabase, test } from "./fixtures";

const cccd = (female: boolean, year: number) =>
  testCitizenId("095", female ? "FEMALE" : "MALE", year);

async function counts() {
  const [row] = await queryE2eDatabase<{ persons: string; memberships: string }>(
    `select (select count(*) from "Person") as persons, (select count(*) from "Membership") as memberships`,
  );
  return row;
}

test("cán bộ xã tải mẫu, nhập tệp có lỗi, sửa tệp rồi nhập, và hoàn tác", async ({
  page,
  signInAs,
}) => {
  const [team] = await queryE2eDatabase<{ name: string }>(
    `select t.name from "Team" t join "Commune" c on c.id = t."communeId"
      where c.code = '31942' and t.status = 'ACTIVE'
      group by t.name having count(*) = 1 order by t.name limit 1`,
  );
  const [area] = await queryE2eDatabase<{ name: string }>(
    `select a.name from "ResidentialArea" a join "Commune" c on c.id = a."communeId"
      where c.code = '31942' group by a.name having count(*) = 1 order by a.name limit 1`,
  );
  if (!team || !area) throw new Error("no team or area in Phường Giá Rai");
  const dir = await mkdtemp(join(tmpdir(), "nhap-danh-sach-"));

  await signInAs("giarai.canbo");
  await page.goto("/vi");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Nhập danh sách" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nhập danh sách thành viên tổ" }),
  ).toBeVisible();

  // Tệp mẫu: dòng tiêu đề, dòng ví dụ, trang hướng dẫn.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" }).click();
  const download = await downloading;
  const templatePath = join(dir, "mau.xlsx");
  await download.saveAs(templatePath);
  const template = await readXlsxText(new Uint8Array(await readFile(templatePath)));
  expect(template["Danh sách thành viên"]?.[0]).toEqual(TEMPLATE_HEADER);
  expect(template["Hướng dẫn"]?.some((r) => r[0] === "Số CCCD")).toBe(true);

  const good = cccd(false, 1980);
  const repeated = cccd(true, 1991);
  const person = (name: string, id: string, female = false, year = 1980) => [
    name,
    `15/6/${year}`,
    female ? "Nữ" : "Nam",
    id,
    "0912 345 678",
    "Kinh",
    "Không",
    area.name,
    team.name,
    "Tổ viên",
    "01/02/2024",
    "",
    "",
    "",
  ];
  const before = await counts();

  // Tệp có lỗi: một số CCCD thiếu chữ số, một số CCCD lặp lại.
  const wrongPath = join(dir, `co-loi-${randomUUID().slice(0, 6)}.xlsx`);
  await writeFile(
    wrongPath,
    await xlsxBytes([
      TEMPLATE_HEADER,
      person("Nguyễn Văn Đúng", good),
      person("Trần Văn Thiếu Số", "09508000123"),
      person("Lê Thị Lặp", repeated, true, 1991),
      person("Lê Thị Lặp Lại", repeated, true, 1991),
    ]),
  );
  await page.getByLabel("Tệp danh sách").setInputFiles(wrongPath);
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText("4 dòng — 1 dòng hợp lệ, 3 dòng có lỗi")).toBeVisible();
  await expect(page.getByText("Số CCCD “09508000123” phải có đúng 12 chữ số.")).toBeVisible();
  await expect(page.getByText("Số CCCD này lặp lại ở dòng 5.")).toBeVisible();
  await expect(page.getByText("Số CCCD này lặp lại ở dòng 4.")).toBeVisible();
  await expect(page.getByText(/Tệp còn lỗi thì không dòng nào được nhập/u)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Nhập \d+ dòng$/u })).toHaveCount(0);
  expect(await counts()).toEqual(before);

  // Sửa tệp, lưu thành CSV như Excel tiếng Việt (UTF-8 có BOM, dấu chấm phẩy), nhập lại.
  const fileName = `da-sua-${randomUUID().slice(0, 6)}.csv`;
  const fixedPath = join(dir, fileName);
  await writeFile(
    fixedPath,
    csvBytes([
      TEMPLATE_HEADER,
      person("Nguyễn Văn Đúng", good),
      person("Trần Văn Thiếu Số", cccd(false, 1980)),
      person("Lê Thị Lặp", repeated, true, 1991),
    ]),
  );
  await page.getByLabel("Tệp danh sách").setInputFiles(fixedPath);
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText(/Mọi dòng đều hợp lệ/u)).toBeVisible();
  await page.getByRole("button", { name: "Nhập 3 dòng" }).click();
  await expect(page.getByText("Đã nhập 3 dòng: 3 người mới, 3 lượt tham gia tổ.")).toBeVisible();
  await expect.poll(counts).toEqual({
    persons: String(Number(before?.persons) + 3),
    memberships: String(Number(before?.memberships) + 3),
  });

  // Lần nhập trong danh sách, hoàn tác một bước.
  const batches = page.getByRole("region", { name: "Các lần nhập" });
  await expect(batches.getByText(fileName)).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await batches.getByRole("button", { name: `Hoàn tác: ${fileName}` }).click();
  await expect(page.getByText("Đã hoàn tác: xoá 3 lượt tham gia tổ và 3 người.")).toBeVisible();
  await expect(batches.getByText(/Đã hoàn tác .* bởi giarai\.canbo/u).first()).toBeVisible();
  expect(await counts()).toEqual(before);
});

test("một lần nhập bị từ chối vì dữ liệu đổi sau khi kiểm tra cho thấy lỗi mới ở từng dòng", async ({
  page,
  signInAs,
}) => {
  const [team] = await queryE2eDatabase<{ id: string; name: string }>(
    `select min(t.id::text) as id, t.name from "Team" t join "Commune" c on c.id = t."communeId"
      where c.code = '31942' and t.status = 'ACTIVE'
      group by t.name having count(*) = 1 order by t.name desc limit 1`,
  );
  if (!team) throw new Error("no team in Phường Giá Rai");
  const header = ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Tổ"];
  const path = join(await mkdtemp(join(tmpdir(), "nhap-doi-")), "doi.csv");
  await writeFile(
    path,
    csvBytes([header, ["Ngô Văn Đổi", "15/6/1980", "Nam", cccd(false, 1980), team.name]]),
  );
  const before = await counts();

  await signInAs("giarai.canbo");
  await page.goto("/vi/rosters/import");
  await page.getByLabel("Tệp danh sách").setInputFiles(path);
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  const commit = page.getByRole("button", { name: "Nhập 1 dòng" });
  await expect(commit).toBeVisible();

  // Another officer dissolves the team between the check and the commit.
  await queryE2eDatabase(
    `update "Team" set status = 'DISSOLVED', "dissolvedOn" = current_date where id = $1::uuid`,
    [team.id],
  );
  try {
    await commit.click();
    await expect(page.getByText(/^Chưa nhập dòng nào: 1 dòng có lỗi \(dòng 2\)/u)).toBeVisible();
    // The rows are checked again: the table says what is wrong now, and there is nothing to commit.
    await expect(
      page.getByText(`Phường Giá Rai chưa có tổ “${team.name}”.`, { exact: false }),
    ).toBeVisible();
    await expect(page.getByText(/Mọi dòng đều hợp lệ/u)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Nhập 1 dòng" })).toHaveCount(0);
    expect(await counts()).toEqual(before);
  } finally {
    await queryE2eDatabase(
      `update "Team" set status = 'ACTIVE', "dissolvedOn" = null where id = $1::uuid`,
      [team.id],
    );
  }
});
