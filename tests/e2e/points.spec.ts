// Replication points and places as officers use them, in Vietnamese: a provincial officer registers
// a point, dissolves one with a reason and finds it in the history, and exports the list; a commune
// officer adds a residential area told apart by its former commune, and reads points only.
import { randomUUID } from "node:crypto";
import { expect, queryE2eDatabase, test } from "./fixtures";

const suffix = () => randomUUID().slice(0, 6);

test("a provincial officer registers a point, then dissolves it with a reason", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  await page.goto("/vi/points");
  await expect(
    page.getByRole("heading", { level: 1, name: "Điểm nhân rộng mô hình" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Đăng ký điểm mới" }).click();

  // Step one: the commune.
  await page.getByLabel("Xã, phường, đặc khu").selectOption({ label: "Phường Giá Rai" });
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Điểm tại Phường Giá Rai")).toBeVisible();

  // Step two: a refusal first (nothing chosen), each error beside its field.
  const form = page.locator("main form");
  await form.getByRole("button", { name: "Đăng ký điểm" }).click();
  await expect(form.getByText("Vui lòng chọn mô hình.")).toBeVisible();
  await expect(form.getByText("Vui lòng chọn tổ chức chủ trì.")).toBeVisible();

  const name = `Tổ phụ nữ tự quản kiểm thử ${suffix()}`;
  await form
    .getByLabel("Mô hình")
    .selectOption({ label: "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm" });
  await form.getByLabel("Tổ chức chủ trì").selectOption({ label: "Hội Liên hiệp Phụ nữ" });
  await form.getByLabel("Ngày thành lập").fill("01/05/2024");
  await form.getByLabel("Tên điểm").fill(name);
  await form.getByRole("button", { name: "Đăng ký điểm" }).click();

  await page.waitForURL(/\/vi\/points\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const history = page.locator("[data-history]");
  await expect(history.locator("li")).toHaveCount(1);
  await expect(history).toContainText("01/05/2024 · Thành lập, bắt đầu hoạt động");

  // Dissolve: the reason is required, and the officer is asked to confirm.
  page.on("dialog", (dialog) => void dialog.accept());
  const status = page.locator("section", {
    has: page.getByRole("heading", { name: "Đổi trạng thái hoạt động" }),
  });
  await status.getByLabel("Trạng thái mới").selectOption({ label: "Thanh loại (chấm dứt hẳn)" });
  await status.getByLabel("Ngày hiệu lực").fill("30/06/2025");
  await status.getByRole("button", { name: "Ghi nhận thay đổi" }).click();
  await expect(status.getByText("Vui lòng nhập lý do thanh loại.")).toBeVisible();

  const reason = "Thành viên chuyển đi làm ăn xa, không còn đủ người duy trì";
  await status.getByLabel("Lý do").fill(reason);
  await status.getByRole("button", { name: "Ghi nhận thay đổi" }).click();

  await expect(history.locator("li")).toHaveCount(2);
  await expect(history.locator("li").nth(1)).toContainText(
    "30/06/2025 · Đang hoạt động → Đã thanh loại",
  );
  await expect(history.locator("li").nth(1)).toContainText(`Lý do: ${reason}`);
  await expect(page.getByText("Điểm đã thanh loại: không đổi trạng thái được nữa.")).toBeVisible();
  await expect(page.locator("dl")).toContainText(reason);

  // The list finds it without diacritics, with its status; the export carries the filters.
  await page.goto(
    `/vi/points?q=${encodeURIComponent("to phu nu tu quan kiem thu")}&status=DISSOLVED`,
  );
  await expect(page.getByRole("link", { name })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất Excel (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("diem-nhan-rong.xlsx");
});

test("a commune officer adds a residential area with its former commune, and reads points only", async ({
  page,
  signInAs,
}) => {
  await signInAs("giarai.canbo");
  await page.goto("/vi/places");
  await expect(
    page.getByRole("heading", { level: 1, name: "Khu dân cư, cơ quan, trường học" }),
  ).toBeVisible();
  const areas = page.locator("section", {
    has: page.getByRole("heading", { level: 2, name: "Khu dân cư" }),
  });
  await areas.getByText("Thêm khu dân cư").click();
  const form = areas.locator("form");
  const name = `Ấp 1 kiểm thử ${suffix()}`;
  await form.getByLabel("Tên", { exact: true }).fill(name);
  await form.getByLabel("Loại").selectOption({ label: "Ấp" });
  const former = form.getByLabel("Thuộc xã, phường cũ (trước 01/7/2025)");
  const formerName = (await former.locator("option").nth(1).innerText()).replace(/ \(.*\)$/, "");
  await former.selectOption({ index: 1 });
  await form.getByRole("button", { name: "Thêm" }).click();
  await expect(areas.getByText(`Đã thêm “${name}”.`)).toBeVisible();

  // Listed with its former commune, in running text: "Ấp 1 … — xã … cũ".
  const shown = `${name} — ${formerName.charAt(0).toLocaleLowerCase("vi")}${formerName.slice(1)} cũ`;
  await page.goto(`/vi/places?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name: shown })).toBeVisible();

  // The same name under the same former commune is a repeat, said at the name.
  await areas.getByText("Thêm khu dân cư").click();
  await form.getByLabel("Tên", { exact: true }).fill(name);
  await form.getByLabel("Loại").selectOption({ label: "Ấp" });
  await former.selectOption({ index: 1 });
  await form.getByRole("button", { name: "Thêm" }).click();
  await expect(form.getByText(/Tên này đã có trong xã, phường này \(cùng xã cũ\)/)).toBeVisible();

  // Points: their commune's, to read.
  await page.goto("/vi/points");
  await expect(page.getByRole("link", { name: "Đăng ký điểm mới" })).toHaveCount(0);
  await expect(page.getByText(/Công an tỉnh đăng ký và cập nhật điểm/)).toBeVisible();
});

test("Ngọc Hà's camera point shows its 82 cameras beside its residential group", async ({
  page,
  signInAs,
}) => {
  const [point] = await queryE2eDatabase<{ id: string }>(
    `select id from "ReplicationPoint" where "placeName" = 'Hệ thống 82 camera an ninh phường Ngọc Hà'`,
  );
  if (!point) throw new Error("no Ngọc Hà camera point in the demo data");
  await signInAs("hagiang2.canbo");
  await page.goto(`/vi/points/${point.id}`);
  const facts = page.getByRole("region", { name: "Thông tin điểm" });
  await expect(facts.getByText("Tổ dân phố 8 — phường Ngọc Hà cũ")).toBeVisible();
  await expect(facts.getByText("Hệ thống 82 camera an ninh phường Ngọc Hà")).toBeVisible();
});
