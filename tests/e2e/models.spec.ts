// Models as a provincial officer uses them, in Vietnamese: register a model with where it began (a
// pre-2025 commune found by typing without diacritics) and a recognition, find it again by its
// name typed without diacritics; and the veterans' club as its province published it.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("a provincial officer registers a model with its origin and a recognition, and finds it without diacritics", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  const tail = randomUUID().slice(0, 6);
  const name = `Tổ tự quản đường thủy an toàn ${tail}`;

  await page.goto("/vi");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Mô hình" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mô hình" })).toBeVisible();
  await page.getByRole("link", { name: "Đăng ký mô hình mới" }).click();

  // A mistake first: the errors stand beside their fields, in Vietnamese.
  await page.getByLabel("Ngày khởi đầu").fill("31/02/2016");
  await page.getByRole("button", { name: "Đăng ký mô hình" }).click();
  await expect(page.getByText("Vui lòng nhập tên mô hình.")).toBeVisible();
  await expect(page.getByText("Vui lòng chọn lĩnh vực.")).toBeVisible();
  await expect(page.getByText("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm")).toBeVisible();

  await page.getByLabel("Tên mô hình").fill(name);
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Trật tự, an toàn giao thông" });
  await page.getByLabel("Tìm xã, phường (hiện nay hoặc trước năm 2025)").fill("phong thanh");
  await page
    .getByRole("button", { name: /^Xã Phong Thạnh \(cũ\), Thị xã Giá Rai, Tỉnh Bạc Liêu/ })
    .click();
  await expect(page.getByText(/Đã chọn: Xã Phong Thạnh \(cũ\), Thị xã Giá Rai/)).toBeVisible();
  await page.getByLabel("Ngày khởi đầu").fill("15/03/2018");
  await page.getByLabel("Nội dung, cách làm").fill("Chủ phương tiện đường thủy tự quản, báo tin.");
  await page.getByRole("button", { name: "Đăng ký mô hình" }).click();

  // The new model's page: its origin then and now, and no recognition yet.
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const details = page.locator("section", {
    has: page.getByRole("heading", { name: "Thông tin mô hình" }),
  });
  await expect(details).toContainText("15/03/2018");
  await expect(details).toContainText(
    "xã Phong Thạnh (cũ), thị xã Giá Rai, tỉnh Bạc Liêu — nay thuộc phường Giá Rai, tỉnh Cà Mau",
  );
  await expect(page.getByText("Chưa có quyết định công nhận nào.")).toBeVisible();

  await page.locator("summary", { hasText: "Ghi nhận công nhận" }).click();
  await page.getByLabel("Hình thức").selectOption({ label: "Thông báo kinh nghiệm (cấp tỉnh)" });
  await expect(page.getByLabel("Cơ quan ban hành")).toHaveValue("Công an tỉnh Cà Mau");
  await page.getByLabel("Số quyết định").fill("215/TB-CAT");
  await page.getByLabel("Ngày quyết định").fill("02/12/2024");
  await page.getByRole("button", { name: "Ghi nhận công nhận" }).click();
  await expect(page.getByText("Đã ghi nhận công nhận.")).toBeVisible();
  const recognitions = page.locator("section", {
    has: page.getByRole("heading", { name: "Công nhận" }),
  });
  await expect(recognitions).toContainText("Thông báo kinh nghiệm (cấp tỉnh)");
  await expect(recognitions).toContainText(
    "Công an tỉnh Cà Mau · Số quyết định 215/TB-CAT · 02/12/2024",
  );

  // Found again by its name typed without diacritics, the filter kept in the address.
  await page.getByRole("link", { name: "Danh sách mô hình" }).click();
  await page.getByLabel("Tìm theo tên").fill(`to tu quan duong thuy an toan ${tail}`);
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=to\+tu\+quan\+duong\+thuy/);
  await expect(page.getByText("1 mô hình")).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("the veterans' club shows its launch on 20/04/2016 in xã Phong Thạnh and its 57 of 64 communes", async ({
  page,
  signInAs,
}) => {
  await signInAs("camau.canbo");
  await page.goto("/vi/models?q=cuu+chien+binh");
  await page
    .getByRole("link", { name: "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm" })
    .click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
    }),
  ).toBeVisible();
  const details = page.locator("section", {
    has: page.getByRole("heading", { name: "Thông tin mô hình" }),
  });
  await expect(details).toContainText("20/04/2016");
  await expect(details).toContainText("xã Phong Thạnh (cũ), thị xã Giá Rai, tỉnh Bạc Liêu");
  await expect(
    page.getByText("57/64 xã, phường, thị trấn của tỉnh Bạc Liêu (cũ, trước năm 2025)"),
  ).toBeVisible();
  await expect(page.getByText(/^\d+\/64 xã, phường của tỉnh Cà Mau hiện nay$/)).toBeVisible();
  await expect(page.getByText("Công nhận nhân rộng toàn quốc").first()).toBeVisible();
  await expect(page.getByText("3.318", { exact: true })).toBeVisible();
});

test("the models list exports to Excel with the filters on screen", async ({ page, signInAs }) => {
  await signInAs("camau.canbo");
  await page.goto("/vi/models?q=cuu+chien+binh");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("danh-sach-mo-hinh.xlsx");
});
