// A commune officer keeps a roster as the day's work goes: adds a grassroots security team, adds
// its members (a mistyped citizen ID is caught at the field, then corrected), and exports the
// roster to Excel with the citizen IDs masked.
import ExcelJS from "exceljs";
import { testCitizenId } from "../support/citizen-ids";
import { expect, queryE2eDatabase, test } from "./fixtures";

test.use({ acceptDownloads: true });

const suffix = () => String(Date.now()).slice(-6);

test("cán bộ phường thêm tổ, thêm thành viên, sửa số CCCD sai và xuất danh sách", async ({
  page,
  signInAs,
}) => {
  await signInAs("giarai.canbo");
  await page.goto("/vi/teams");
  await expect(page.getByRole("heading", { name: "Tổ và thành viên" })).toBeVisible();

  // A new grassroots security team over the first hamlet of the ward.
  const teamName = `Tổ bảo vệ ANTT kiểm thử ${suffix()}`;
  await page.getByText("Thêm tổ mới").click();
  const create = page.locator("form", { has: page.getByRole("button", { name: "Thêm tổ" }) });
  await create.getByLabel("Loại tổ").selectOption({ label: "Tổ bảo vệ ANTT ở cơ sở" });
  await create.getByLabel("Tên tổ").fill(teamName);
  await create.getByLabel("Ngày thành lập").fill("01/07/2024");
  // Submitting without an area is refused at the field.
  await create.getByRole("button", { name: "Thêm tổ" }).click();
  await expect(
    create.getByText("Tổ bảo vệ ANTT ở cơ sở phải phụ trách ít nhất một thôn, ấp, tổ dân phố."),
  ).toBeVisible();
  await create.getByRole("checkbox").first().check();
  await create.getByRole("button", { name: "Thêm tổ" }).click();
  await expect(page.getByText("Đã thêm tổ.")).toBeVisible();
  await page.getByRole("link", { name: "Mở tổ vừa thêm" }).click();
  await expect(page.getByRole("heading", { name: teamName })).toBeVisible();
  await expect(page.getByText("Tổ chưa có thành viên nào.")).toBeVisible();

  // The leader, with a citizen ID whose fourth digit says "woman" for a man: refused at the field.
  // The six last digits of a citizen ID no one has; also the end of the two names.
  const serial = testCitizenId("096", "MALE", 1980).slice(6);
  const add = page.locator("form", { has: page.getByRole("button", { name: "Thêm thành viên" }) });
  await add.getByLabel("Họ và tên").fill(`Lê Văn Kiểm ${serial}`);
  await add.getByLabel("Giới tính").selectOption({ label: "Nam" });
  await add.getByLabel("Ngày sinh").fill("15/03/1980");
  await add.getByLabel("Số CCCD").fill(`096 180 ${serial}`);
  await add.getByLabel("Số điện thoại di động").fill("0912.345.678");
  await add.getByLabel("Vai trò trong tổ").selectOption({ label: "Tổ trưởng" });
  await add.getByRole("button", { name: "Thêm thành viên" }).click();
  const citizenId = add.getByLabel("Số CCCD");
  await expect(citizenId).toHaveAttribute("aria-invalid", "true");
  await expect(
    add.getByText(
      "Số thứ tư của CCCD không khớp giới tính: nam là số chẵn (0, 2), nữ là số lẻ (1, 3).",
    ),
  ).toBeVisible();
  // What was typed stays; the officer corrects the one digit.
  await expect(add.getByLabel("Họ và tên")).toHaveValue(`Lê Văn Kiểm ${serial}`);
  await citizenId.fill(`096.080.${serial}`);
  await add.getByRole("button", { name: "Thêm thành viên" }).click();
  await expect(page.getByText("Đã thêm thành viên vào tổ.")).toBeVisible();

  // A second member: a woman born 2001 (fourth digit 3).
  await add.getByLabel("Họ và tên").fill(`Trần Thị Thử ${serial}`);
  await add.getByLabel("Giới tính").selectOption({ label: "Nữ" });
  await add.getByLabel("Ngày sinh").fill("02/09/2001");
  await add.getByLabel("Số CCCD").fill(`096301${serial}`);
  await add.getByRole("button", { name: "Thêm thành viên" }).click();
  await expect(page.getByText("Đã thêm thành viên vào tổ.")).toBeVisible();

  await page.reload();
  const roster = page.getByRole("table", { name: "Thành viên hiện tại của tổ" });
  await expect(roster.getByRole("row")).toHaveCount(3);
  await expect(roster.getByText(`Lê Văn Kiểm ${serial}`)).toBeVisible();
  await expect(roster.getByText("Tổ trưởng")).toBeVisible();
  // Masked: the last four digits only.
  await expect(roster.getByText(`••••••••${serial.slice(-4)}`).first()).toBeVisible();
  await expect(page.getByText(`096080${serial}`)).toHaveCount(0);

  // The roster as an Excel file, masked there too.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất danh sách thành viên (Excel)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const names = [3, 4].map((row) => sheet?.getRow(row).getCell(3).value);
  expect(names).toEqual([`Lê Văn Kiểm ${serial}`, `Trần Thị Thử ${serial}`]);
  expect(sheet?.getRow(3).getCell(7).value).toBe("Tổ trưởng");
  expect(sheet?.getRow(3).getCell(9).value).toBe(`••••••••${serial.slice(-4)}`);

  // The browser tests share one database, and other specs check the published figures (1.522
  // teams of former Bạc Liêu): the team and people made here go again.
  const people = await queryE2eDatabase<{ personId: string }>(
    `delete from "Membership" where "teamId" in (select id from "Team" where name = $1)
     returning "personId"`,
    [teamName],
  );
  await queryE2eDatabase(`delete from "Person" where id = any($1::uuid[])`, [
    people.map((p) => p.personId),
  ]);
  await queryE2eDatabase(
    `delete from "TeamArea" where "teamId" in (select id from "Team" where name = $1)`,
    [teamName],
  );
  await queryE2eDatabase(`delete from "Team" where name = $1`, [teamName]);
});

test("a roster of 1,000 members is served a page at a time, light, the leader at the top", async ({
  page,
  signInAs,
}) => {
  const [team] = await queryE2eDatabase<{ id: string }>(
    `insert into "Team" (id, "provinceId", "communeId", kind, "updatedAt", "establishedOn", name)
     select gen_random_uuid(), c."provinceId", c.id, 'GRASSROOTS_SECURITY', now(), date '2024-07-01',
            'Tổ nghìn người ' || substr(md5(random()::text), 1, 6)
       from "Commune" c where c.code = '31942'
     returning id`,
  );
  if (!team) throw new Error("no Phường Giá Rai");
  try {
    await queryE2eDatabase(
      `with p as (
         insert into "Person" (id, "provinceId", "communeId", "fullName", gender, "birthDate",
                               "citizenId", phone, "updatedAt")
         select gen_random_uuid(), t."provinceId", t."communeId",
                'Thành Viên Thử ' || lpad(i::text, 4, '0'), 'MALE',
                date '1999-01-01' + i, $2 || lpad(i::text, 4, '0'),
                '+8491' || lpad(i::text, 7, '0'), now()
           from "Team" t, generate_series(1, 1000) i where t.id = $1::uuid
         returning id, "provinceId", "communeId", "fullName")
       insert into "Membership" (id, "provinceId", "communeId", "teamId", "personId", role,
                                 "joinedOn", "updatedAt")
       select gen_random_uuid(), p."provinceId", p."communeId", $1::uuid, p.id,
              case when p."fullName" like '% 0777' then 'LEADER'::"MemberRole"
                   else 'MEMBER'::"MemberRole" end,
              date '2024-07-01', now() from p`,
      // Born in Hà Nội (001) in 1999: none of the demo data's citizen IDs in this province.
      [team.id, `001099${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`],
    );
    await signInAs("giarai.canbo");
    const started = performance.now();
    const response = await page.request.get(`/vi/teams/${team.id}`);
    const body = await response.text();
    console.log(
      JSON.stringify({
        name: "roster.page",
        members: 1000,
        seconds: (performance.now() - started) / 1000,
        bytes: body.length,
      }),
    );
    expect(response.status()).toBe(200);
    // One page of 100 rows (each name once in the HTML), not the whole roster.
    expect(body.match(/Thành Viên Thử \d+</gu)?.length).toBe(100 + 1);
    expect(body.length).toBeLessThan(400_000);

    await page.goto(`/vi/teams/${team.id}`);
    await expect(page.getByRole("heading", { name: "Thành viên hiện tại (1.000)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tổ viên: 999" })).toBeVisible();
    const roster = page.getByRole("table", { name: "Thành viên hiện tại của tổ" });
    // The leader heads the first page (and is named above the table, whatever the page).
    await expect(roster.getByRole("row").nth(1)).toContainText("Thành Viên Thử 0777");
    await expect(roster.getByRole("row").nth(1)).toContainText("Tổ trưởng");
    await expect(roster.getByRole("row")).toHaveCount(101);
    await expect(page.getByText("Trang 1/10 · thành viên 1–100")).toBeVisible();

    await page.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/[?&]page=2/u);
    await expect(page.getByText("Trang 2/10 · thành viên 101–200")).toBeVisible();
    await expect(roster.getByRole("row").nth(1)).toContainText("Thành Viên Thử 0100");
    await expect(
      page.getByRole("link", { name: "Thành Viên Thử 0777" }),
      "the leader stays named above the table",
    ).toBeVisible();

    // A name search without diacritics keeps the counts of the whole team.
    await page.getByLabel("Tìm theo họ tên").fill("thanh vien thu 0999");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/[?&]q=thanh/u);
    await expect(page.getByText("Tìm thấy 1 trong 1.000 thành viên.")).toBeVisible();
    await expect(roster.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("heading", { name: "Thành viên hiện tại (1.000)" })).toBeVisible();

    // Move / leave from the search keeps it in the address: "Đóng" comes back to it.
    await roster.getByRole("link", { name: "Chuyển tổ / rời tổ" }).click();
    await expect(page.getByRole("region", { name: "Chuyển tổ / rời tổ" })).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=thanh.*member=/u);
  } finally {
    await queryE2eDatabase(
      `with m as (delete from "Membership" where "teamId" = $1::uuid returning "personId")
       delete from "Person" where id in (select "personId" from m)`,
      [team.id],
    );
    await queryE2eDatabase(`delete from "Team" where id = $1::uuid`, [team.id]);
  }
});

test("cán bộ tỉnh chọn xã, phường rồi thêm tổ ở đó, chỉ thấy thôn, ấp của xã, phường ấy", async ({
  page,
  signInAs,
}) => {
  const teamName = `Tổ bảo vệ ANTT tỉnh kiểm thử ${suffix()}`;
  const areas = await queryE2eDatabase<{ name: string }>(
    `select a.name from "ResidentialArea" a join "Commune" c on c.id = a."communeId"
      where c.code = '31942' and a.active`,
  );
  try {
    await signInAs("camau.canbo");
    await page.goto("/vi/teams");
    await page.getByText("Thêm tổ mới").click();
    // The commune first: no area of the province is offered before it is chosen.
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    // "Chọn" with nothing chosen: a message at the field, still no area offered.
    await page.getByRole("button", { name: "Chọn", exact: true }).click();
    await expect(page.getByText("Chọn xã, phường của tổ mới.")).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await page
      .getByLabel("Xã, phường", { exact: true })
      .first()
      .selectOption({ label: "Phường Giá Rai" });
    await page.getByRole("button", { name: "Chọn", exact: true }).click();
    await expect(page.getByTestId("create-commune")).toContainText("Thêm tổ ở Phường Giá Rai.");
    const create = page.locator("form", { has: page.getByRole("button", { name: "Thêm tổ" }) });
    // Every area of Phường Giá Rai, and only those.
    await expect(create.getByRole("checkbox")).toHaveCount(areas.length);
    await create.getByLabel("Tên tổ").fill(teamName);
    await create.getByRole("checkbox").first().check();
    await create.getByRole("button", { name: "Thêm tổ" }).click();
    await expect(page.getByText("Đã thêm tổ.")).toBeVisible();
    const [team] = await queryE2eDatabase<{ code: string }>(
      `select c.code from "Team" t join "Commune" c on c.id = t."communeId" where t.name = $1`,
      [teamName],
    );
    expect(team?.code).toBe("31942");
  } finally {
    await queryE2eDatabase(
      `delete from "TeamArea" where "teamId" in (select id from "Team" where name = $1)`,
      [teamName],
    );
    await queryE2eDatabase(`delete from "Team" where name = $1`, [teamName]);
  }
});
