// A provincial officer records the year's "An toàn về ANTT" for a ward: registers a hamlet, records
// its result with the decision (a date before the year is caught at the field, then corrected),
// and records an award. The published figures of former Bến Tre read as published.
import { expect, queryE2eDatabase, test } from "./fixtures";

const suffix = () => String(Date.now()).slice(-6);

test("cán bộ tỉnh ghi kết quả “An toàn về ANTT” có số, ngày quyết định và ghi khen thưởng", async ({
  page,
  signInAs,
}) => {
  const [ward] = await queryE2eDatabase<{ id: number }>(
    `select id from "Commune" where code = '31942'`,
  );
  // A hamlet of the ward that is not registered for 2026 yet, made for this test.
  const hamlet = `Ấp kiểm thử ANTT ${suffix()}`;
  await queryE2eDatabase(
    `insert into "ResidentialArea" (id, "provinceId", "communeId", name, kind, "updatedAt")
      select gen_random_uuid(), c."provinceId", c.id, $2, 'AP', now() from "Commune" c where c.id = $1`,
    [ward?.id, hamlet],
  );
  await signInAs("camau.canbo");
  await page.goto("/vi/safety?year=2026");
  await expect(page.getByRole("heading", { name: "An toàn về ANTT" })).toBeVisible();
  await page.goto(`/vi/safety/${ward?.id}?year=2026`);
  await expect(
    page.getByRole("heading", { name: "Phường Giá Rai — An toàn về ANTT năm 2026" }),
  ).toBeVisible();

  const register = page.locator("form", {
    has: page.getByRole("button", { name: "Đăng ký", exact: true }),
  });
  await register.getByLabel("Đơn vị đăng ký").selectOption({ label: hamlet });
  await register.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await expect(page.getByText("Đã đăng ký.")).toBeVisible();

  const row = page.locator("tr", { hasText: hamlet });
  await expect(row).toContainText("Chưa có kết quả");
  await row.getByText("Ghi kết quả").click();
  await row.getByLabel("Kết quả").selectOption({ label: "Đạt" });
  await row.getByLabel("Số quyết định").fill("215/qd-ubnd");
  await row.getByLabel("Ngày quyết định").fill("20/12/2025");
  await row.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(row.getByText("Ngày quyết định phải trong năm 2026 hoặc sau đó.")).toBeVisible();
  await row.getByLabel("Ngày quyết định").fill("20/11/2026");
  await row.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByText("Đã lưu kết quả.")).toBeVisible();
  await page.reload();
  const saved = page.locator("tr", { hasText: hamlet });
  await expect(saved).toContainText("Đạt");
  await expect(saved).toContainText("Số 215/QĐ-UBND, ngày 20/11/2026");
  // Never the enum.
  await expect(page.getByText("ACHIEVED")).toHaveCount(0);

  // An award to the ward's steering committee.
  const recipient = `Ban Chỉ đạo phong trào phường Giá Rai ${suffix()}`;
  await page.goto("/vi/awards/new");
  await page.getByLabel("Hình thức khen thưởng").selectOption({ label: "Bằng khen" });
  await page.getByLabel("Cấp khen thưởng").selectOption({ label: "UBND tỉnh" });
  await page.getByLabel("Tên tập thể hoặc cá nhân").fill(recipient);
  await page.getByLabel("Số quyết định").fill("88/QĐ-UBND");
  await page.getByLabel("Ngày quyết định").fill("25/11/2026");
  await page
    .getByLabel("Xã, phường của tập thể, cá nhân")
    .selectOption({ label: "Phường Giá Rai" });
  await page.getByRole("button", { name: "Lưu khen thưởng" }).click();
  await expect(page.getByRole("heading", { name: recipient })).toBeVisible();
  await expect(page.getByText("88/QĐ-UBND").first()).toBeVisible();
  await page.goto(`/vi/awards?q=${encodeURIComponent(recipient)}`);
  await expect(page.getByRole("link", { name: recipient })).toBeVisible();
  await expect(page.getByText("1 khen thưởng")).toBeVisible();

  // Leave the demo as it was for the specs after this one.
  await queryE2eDatabase(`delete from "Award" where "recipientName" = $1`, [recipient]);
  await queryE2eDatabase(
    `delete from "SafetyRegistration" where "residentialAreaId" in (select id from "ResidentialArea" where name = $1)`,
    [hamlet],
  );
  await queryE2eDatabase(`delete from "ResidentialArea" where name = $1`, [hamlet]);
});

test("số liệu Bến Tre (cũ) năm 2023 hiển thị đúng như đã công bố", async ({ page, signInAs }) => {
  const [ids] = await queryE2eDatabase<{ province: number; former: number }>(
    `select fp."successorId" as province, fp.id as former from "FormerProvince" fp where fp.name = 'Tỉnh Bến Tre'`,
  );
  await signInAs("bo.phantich");
  await page.goto(`/vi/safety?year=2023&province=${ids?.province}&former=${ids?.former}`);
  await expect(page.getByText("Bến Tre (cũ), nay thuộc Vĩnh Long, năm 2023")).toBeVisible();
  const rates = page.getByRole("table", {
    name: "Số đơn vị đạt trên số đơn vị đăng ký, theo loại đơn vị",
  });
  await expect(rates.locator("tr", { hasText: "Ấp, khu phố" })).toContainText("950/978");
  await expect(
    rates.locator("tr", { hasText: "Cơ quan, doanh nghiệp, nhà trường" }).first(),
  ).toContainText("1.048/1.063");
  await expect(
    rates.locator("tr", { hasText: "Cơ quan, doanh nghiệp, nhà trường" }).first(),
  ).toContainText("98,59 %");
  await expect(page.getByText("145/164 — 88,41 %")).toBeVisible();
  await expect(page.getByText(/Nguồn: Công an tỉnh Bến Tre/)).toBeVisible();
});
