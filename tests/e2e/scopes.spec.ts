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
    former: ["Bạc Liêu (cũ)"],
    admin: false,
  },
  {
    username: "hagiang2.canbo",
    fullName: "",
    heading: "Phường Hà Giang 2, Tuyên Quang",
    former: ["Hà Giang (cũ)"],
    admin: false,
  },
];

const vi = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

function scopeHeading(page: Page) {
  return page.locator("#national-heading");
}

function formerCard(page: Page, name: string) {
  return page.locator("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

function cardCount(page: Page, former: string, label: string) {
  return formerCard(page, former)
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
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
  await expect(cardCount(page, "Bạc Liêu (cũ)", "Tổ")).toHaveText(vi(giaRai.teams));
  await expect(cardCount(page, "Bạc Liêu (cũ)", "Điểm nhân rộng")).toHaveText(vi(giaRai.points));
  await expect(page.getByText("1.522", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/vi\/sign-in$/);
  await signInThroughPage(page, "hunghoi.canbo");
  await expect(scopeHeading(page)).toHaveText("Xã Hưng Hội, Cà Mau");
  await expect(cardCount(page, "Bạc Liêu (cũ)", "Tổ")).toHaveText(vi(hungHoi.teams));
});
