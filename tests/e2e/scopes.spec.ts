// Every demo role signs in through the real sign-in page and sees its own scope only: the ministry
// the whole country, a province its own former provinces, a commune its own figures. The menu
// offers Users and Audit only to the roles that have them, and the pages refuse the others.
import { type Page } from "@playwright/test";
import { expect, queryE2eDatabase, signInThroughPage, test } from "./fixtures";

const FORMER = ["Bạc Liêu (cũ)", "Hà Giang (cũ)", "Bến Tre (cũ)", "Sóc Trăng (cũ)"] as const;

interface RoleCase {
  username: string;
  fullName: string;
  heading: string;
  former: (typeof FORMER)[number][];
  admin: boolean;
}

const ROLES: RoleCase[] = [
  {
    username: "bo.quantri",
    fullName: "Trần Quốc Hưng",
    heading: "Toàn quốc",
    former: [...FORMER],
    admin: true,
  },
  {
    username: "bo.phantich",
    fullName: "Lê Thị Minh Thu",
    heading: "Toàn quốc",
    former: [...FORMER],
    admin: false,
  },
  {
    username: "camau.quantri",
    fullName: "Huỳnh Văn Tâm",
    heading: "Cà Mau",
    former: ["Bạc Liêu (cũ)"],
    admin: true,
  },
  {
    username: "camau.canbo",
    fullName: "Nguyễn Thị Kim Ngân",
    heading: "Cà Mau",
    former: ["Bạc Liêu (cũ)"],
    admin: false,
  },
  {
    username: "tuyenquang.quantri",
    fullName: "Hoàng Văn Thắng",
    heading: "Tuyên Quang",
    former: ["Hà Giang (cũ)"],
    admin: true,
  },
  {
    username: "giarai.canbo",
    fullName: "",
    heading: "Phường Giá Rai, Cà Mau",
    // A commune's card is the commune's own, never titled with its old province.
    former: [],
    admin: false,
  },
  {
    username: "hagiang2.canbo",
    fullName: "",
    heading: "Phường Hà Giang 2, Tuyên Quang",
    former: [],
    admin: false,
  },
];

const vi = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

function scopeHeading(page: Page) {
  return page.locator("#scope-heading");
}

function formerCard(page: Page, name: string) {
  return page.locator("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

function tile(page: Page, key: string) {
  return page.locator(`[data-tile="${key}"] dd`).first();
}

for (const role of ROLES) {
  test(`${role.username} signs in on the sign-in page and sees only "${role.heading}"`, async ({
    page,
  }) => {
    await signInThroughPage(page, role.username);
    await expect(page).toHaveURL(/\/vi$/);
    await expect(scopeHeading(page)).toHaveText(role.heading);
    if (role.fullName) await expect(page.getByText(role.fullName, { exact: true })).toBeAttached();

    for (const name of FORMER) {
      const card = formerCard(page, name);
      if (role.former.includes(name)) await expect(card).toBeVisible();
      else await expect(card).toHaveCount(0);
    }

    const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(menu.getByRole("link", { name: "Tổng quan" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Người dùng" })).toHaveCount(role.admin ? 1 : 0);
    await expect(menu.getByRole("link", { name: "Nhật ký" })).toHaveCount(role.admin ? 1 : 0);

    // The server refuses what the menu does not offer: the audit page is "not found" for them.
    await page.goto("/vi/audit");
    if (role.admin) {
      await expect(page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" })).toBeVisible();
    } else {
      await expect(
        page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
      ).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
    }
  });
}

test("a commune officer sees their own commune's figures, not another commune's or the province's", async ({
  page,
}) => {
  const rows = await queryE2eDatabase<{ code: string; points: number; teams: number }>(
    `select c.code,
       (select count(*)::int from "ReplicationPoint" p where p."communeId" = c.id and p.status = 'ACTIVE') as points,
       (select count(*)::int from "Team" t where t."communeId" = c.id and t.status = 'ACTIVE') as teams
     from "Commune" c where c.code in ('31942', '31906')`,
  );
  const giaRai = rows.find((row) => row.code === "31942");
  const hungHoi = rows.find((row) => row.code === "31906");
  expect(giaRai && hungHoi && giaRai.teams !== hungHoi.teams).toBe(true);
  if (!giaRai || !hungHoi) return;

  await signInThroughPage(page, "giarai.canbo");
  await expect(scopeHeading(page)).toHaveText("Phường Giá Rai, Cà Mau");
  await expect(tile(page, "teams")).toHaveText(vi(giaRai.teams));
  await expect(tile(page, "points")).toHaveText(vi(giaRai.points));
  await expect(page.getByRole("heading", { name: "Phường Giá Rai", exact: true })).toBeVisible();
  await expect(page.getByText(/Bạc Liêu/)).toHaveCount(0);
  await expect(page.getByText("1.522", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/vi\/sign-in$/);
  await signInThroughPage(page, "hunghoi.canbo");
  await expect(scopeHeading(page)).toHaveText("Xã Hưng Hội, Cà Mau");
  await expect(tile(page, "teams")).toHaveText(vi(hungHoi.teams));
});

test("a ward officer is named after the ward, a commune officer after the commune; the name shows on every screen", async ({
  page,
}) => {
  for (const [username, vietnamese, english] of [
    ["giarai.canbo", "Cán bộ Công an phường", "Ward police officer"],
    ["hunghoi.canbo", "Cán bộ Công an xã", "Commune police officer"],
  ] as const) {
    await signInThroughPage(page, username);
    await expect(page).toHaveURL(/\/vi$/);
    const who = page.getByTestId("signed-in-user");
    // On a phone too: who is signed in is on screen, not only in a hidden block.
    await expect(who).toBeVisible();
    await expect(who).not.toHaveText("");
    const box = await who.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    if ((page.viewportSize()?.width ?? 0) >= 640) {
      await expect(who).toContainText(vietnamese);
      await page.goto("/en");
      await expect(page.getByTestId("signed-in-user")).toContainText(english);
    }
    await page.goto("/vi");
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/vi\/sign-in$/);
  }
});

test("a user's page is titled with the person's name, and 'Đã lưu' goes when the next action runs", async ({
  page,
}, testInfo) => {
  const username = `e2e.tieude.${testInfo.project.name}.${Date.now().toString(36)}`;
  await signInThroughPage(page, "camau.quantri");
  await expect(page).toHaveURL(/\/vi$/);
  await page.goto("/vi/users");
  await page.getByText("Thêm người dùng").click();
  const create = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Tạo người dùng" }) });
  await create.getByLabel("Tên đăng nhập", { exact: true }).fill(username);
  await create.getByLabel("Họ và tên").fill("Phạm Thị Thử");
  await create.getByLabel("Vai trò").selectOption({ label: "Cán bộ Công an tỉnh" });
  await create.getByRole("button", { name: "Tạo người dùng" }).click();
  await page.getByRole("link", { name: `Mở trang của ${username}` }).click();

  await expect(page).toHaveTitle(/^Phạm Thị Thử · Người dùng/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phạm Thị Thử");

  await page.getByLabel("Họ và tên").fill("Phạm Thị Thử Nghiệm");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Đã lưu." });
  await expect(saved).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Vô hiệu hóa tài khoản" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Đã vô hiệu hóa tài khoản." }),
  ).toBeVisible();
  await expect(saved).toHaveCount(0);
});
