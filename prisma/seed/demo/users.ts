import { hashPassword } from "../../../lib/auth/password-hash";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { Role } from "../../../lib/generated/prisma/enums";
import type { UnitIds } from "../reference/units";

// Demo users, one or more for every role. DEMO ONLY: they all share one published password, so
// a real installation must deactivate them or change their passwords. The README and the start
// script print this list.

export const DEMO_PASSWORD = "PhongTrao@2025";

export interface DemoUser {
  username: string;
  password: string;
  role: Role;
  fullName: string;
  /** Province code of a province or commune user. */
  provinceCode?: string;
  /** Commune code of a commune user. */
  communeCode?: string;
  /** Who this user is and what they see, for the README. */
  scope: string;
  scopeEn: string;
}

const user = (u: Omit<DemoUser, "password" | "fullName"> & { fullName: string }): DemoUser => ({
  ...u,
  password: DEMO_PASSWORD,
  fullName: u.fullName.normalize("NFC"),
  scope: u.scope.normalize("NFC"),
});

export const DEMO_USERS: readonly DemoUser[] = [
  user({
    username: "bo.quantri",
    role: Role.MINISTRY_ADMIN,
    fullName: "Trần Quốc Hưng",
    scope: "Cục Xây dựng phong trào bảo vệ ANTQ, Bộ Công an — toàn quốc",
    scopeEn: "Ministry department — the whole country",
  }),
  user({
    username: "bo.phantich",
    role: Role.MINISTRY_ANALYST,
    fullName: "Lê Thị Minh Thu",
    scope: "Bộ Công an — xem số liệu toàn quốc",
    scopeEn: "Ministry analyst — reads the whole country",
  }),
  user({
    username: "camau.quantri",
    role: Role.PROVINCE_ADMIN,
    provinceCode: "96",
    fullName: "Huỳnh Văn Tâm",
    scope: "Công an tỉnh Cà Mau (gồm Bạc Liêu cũ) — quản trị",
    scopeEn: "Cà Mau provincial police (incl. former Bạc Liêu) — administrator",
  }),
  user({
    username: "camau.canbo",
    role: Role.PROVINCE_OFFICER,
    provinceCode: "96",
    fullName: "Nguyễn Thị Kim Ngân",
    scope: "Công an tỉnh Cà Mau — cán bộ Phòng xây dựng phong trào",
    scopeEn: "Cà Mau provincial police — movement office officer",
  }),
  user({
    username: "tuyenquang.quantri",
    role: Role.PROVINCE_ADMIN,
    provinceCode: "08",
    fullName: "Hoàng Văn Thắng",
    scope: "Công an tỉnh Tuyên Quang (gồm Hà Giang cũ) — quản trị",
    scopeEn: "Tuyên Quang provincial police (incl. former Hà Giang) — administrator",
  }),
  user({
    username: "tuyenquang.canbo",
    role: Role.PROVINCE_OFFICER,
    provinceCode: "08",
    fullName: "Nông Thị Hương",
    scope: "Công an tỉnh Tuyên Quang — cán bộ Phòng xây dựng phong trào",
    scopeEn: "Tuyên Quang provincial police — movement office officer",
  }),
  user({
    username: "vinhlong.quantri",
    role: Role.PROVINCE_ADMIN,
    provinceCode: "86",
    fullName: "Võ Minh Trí",
    scope: "Công an tỉnh Vĩnh Long (gồm Bến Tre cũ) — quản trị",
    scopeEn: "Vĩnh Long provincial police (incl. former Bến Tre) — administrator",
  }),
  user({
    username: "vinhlong.canbo",
    role: Role.PROVINCE_OFFICER,
    provinceCode: "86",
    fullName: "Phan Thị Thanh Thủy",
    scope: "Công an tỉnh Vĩnh Long — cán bộ Phòng xây dựng phong trào",
    scopeEn: "Vĩnh Long provincial police — movement office officer",
  }),
  user({
    username: "cantho.quantri",
    role: Role.PROVINCE_ADMIN,
    provinceCode: "92",
    fullName: "Lâm Quốc Cường",
    scope: "Công an thành phố Cần Thơ (gồm Sóc Trăng cũ) — quản trị",
    scopeEn: "Cần Thơ city police (incl. former Sóc Trăng) — administrator",
  }),
  user({
    username: "cantho.canbo",
    role: Role.PROVINCE_OFFICER,
    provinceCode: "92",
    fullName: "Thạch Thị Sa Rươne",
    scope: "Công an thành phố Cần Thơ — cán bộ Phòng xây dựng phong trào",
    scopeEn: "Cần Thơ city police — movement office officer",
  }),
  user({
    username: "giarai.canbo",
    role: Role.COMMUNE_OFFICER,
    provinceCode: "96",
    communeCode: "31942",
    fullName: "Trương Văn Lợi",
    scope: "Công an phường Giá Rai, tỉnh Cà Mau",
    scopeEn: "Giá Rai ward police, Cà Mau",
  }),
  user({
    username: "hunghoi.canbo",
    role: Role.COMMUNE_OFFICER,
    provinceCode: "96",
    communeCode: "31906",
    fullName: "Danh Sóc Khà",
    scope: "Công an xã Hưng Hội, tỉnh Cà Mau",
    scopeEn: "Hưng Hội commune police, Cà Mau",
  }),
  user({
    username: "hagiang2.canbo",
    role: Role.COMMUNE_OFFICER,
    provinceCode: "08",
    communeCode: "00691",
    fullName: "Giàng Seo Phử",
    scope: "Công an phường Hà Giang 2, tỉnh Tuyên Quang",
    scopeEn: "Hà Giang 2 ward police, Tuyên Quang",
  }),
];

/** The application's own hashing (argon2id, lib/auth/password-hash.ts), so demo passwords verify at sign-in. */
export { hashPassword };

/** Creates the demo users that do not exist yet (an existing user keeps its password). */
export async function seedDemoUsers(
  db: PrismaClient,
  ids: Pick<UnitIds, "province" | "commune">,
): Promise<number> {
  const existing = await db.user.count({
    where: { username: { in: DEMO_USERS.map((u) => u.username) } },
  });
  if (existing === DEMO_USERS.length) return 0;
  const hashes = new Map<string, string>();
  for (const password of new Set(DEMO_USERS.map((u) => u.password)))
    hashes.set(password, await hashPassword(password));
  const { count } = await db.user.createMany({
    data: DEMO_USERS.map((u) => ({
      username: u.username,
      passwordHash: hashes.get(u.password) ?? "",
      fullName: u.fullName,
      role: u.role,
      provinceId: u.provinceCode ? ids.province(u.provinceCode) : null,
      communeId: u.communeCode ? ids.commune(u.communeCode) : null,
    })),
    skipDuplicates: true,
  });
  return count;
}
