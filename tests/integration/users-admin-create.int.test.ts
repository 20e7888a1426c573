// User administration as the administrators use it: who may give which role, where new users
// land, the one-time password, what deactivation and a reset do to sessions, version conflicts,
// the audit trail, and what the list and detail pages read.
import { beforeAll, describe, expect, it } from "vitest";
import { createUserAction } from "@/app/[locale]/(portal)/users/actions";
import { getUser } from "@/lib/users/get-user";
import { listUsers } from "@/lib/users/list-users";
import { createUser, unitIds, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import {
  allListed,
  auditRows,
  contextOf,
  ONE_TIME_PASSWORD,
  signIn,
  userCount,
  userRow,
} from "../support/users-admin";
import { type Signed, signInAs } from "../support/sign-in-as";

let ministry: Signed;
let caMauAdmin: Signed;
let caMau: number;
let tuyenQuang: number;
let giaRai: number;

beforeAll(async () => {
  ministry = await signInAs((await createUser({ role: "MINISTRY_ADMIN" })).username);
  caMauAdmin = await signInAs(
    (await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" })).username,
  );
  caMau = (await unitIds("96")).provinceId;
  tuyenQuang = (await unitIds("08")).provinceId;
  giaRai = (await unitIds("96", "31942")).communeId ?? -1;
});

describe("creating users", () => {
  it("the ministry creates a province administrator of any province, with a one-time password to change at first sign-in", async () => {
    const username = uniqueName("tq.quantri");
    const result = await ministry.run(() =>
      createUserAction(undefined, {
        username,
        fullName: "Ma Văn Dũng",
        role: "PROVINCE_ADMIN",
        provinceId: String(tuyenQuang),
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.oneTimePassword).toMatch(ONE_TIME_PASSWORD);
    const row = await userRow({ username });
    expect(row).toMatchObject({
      id: result.data.id,
      role: "PROVINCE_ADMIN",
      provinceId: tuyenQuang,
      communeId: null,
      mustChangePassword: true,
      active: true,
    });

    const signedIn = await signIn(username, result.data.oneTimePassword);
    expect(signedIn).toMatchObject({ ok: true, mustChangePassword: true });

    const [audit] = await auditRows(result.data.id);
    expect(audit).toMatchObject({
      action: "CREATE",
      provinceId: tuyenQuang,
      role: "MINISTRY_ADMIN",
      username: ministry.username,
    });
    expect(audit?.after).toMatchObject({
      username,
      fullName: "Ma Văn Dũng",
      role: "PROVINCE_ADMIN",
      provinceId: tuyenQuang,
    });
    const written = JSON.stringify(audit);
    expect(written).not.toContain("passwordHash");
    expect(written).not.toContain(row?.passwordHash ?? "-");
    expect(written).not.toContain(result.data.oneTimePassword);
  });

  it("a ministry user has no province, whatever the form sends", async () => {
    const username = uniqueName("bo.phantich");
    const result = await ministry.run(() =>
      createUserAction(undefined, {
        username,
        fullName: "Phạm Thu Hà",
        role: "MINISTRY_ANALYST",
        provinceId: String(caMau),
        communeId: String(giaRai),
      }),
    );
    expect(result.ok).toBe(true);
    expect(await userRow({ username })).toMatchObject({
      role: "MINISTRY_ANALYST",
      provinceId: null,
      communeId: null,
    });
  });

  it("a province administrator needs a province, chosen by the ministry", async () => {
    const before = await userCount();
    const result = await ministry.run(() =>
      createUserAction(undefined, {
        username: uniqueName("x"),
        fullName: "Không Có Tỉnh",
        role: "PROVINCE_ADMIN",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { provinceId: "Vui lòng chọn tỉnh, thành phố." },
    });
    expect(await userCount()).toBe(before);
  });

  it("a province's new user always gets the administrator's own province, never the one sent", async () => {
    const username = uniqueName("camau.canbo");
    const result = await caMauAdmin.run(() =>
      createUserAction(undefined, {
        username,
        fullName: "Lý Thị Hồng",
        role: "PROVINCE_OFFICER",
        provinceId: String(tuyenQuang),
      }),
    );
    expect(result.ok).toBe(true);
    expect(await userRow({ username })).toMatchObject({
      role: "PROVINCE_OFFICER",
      provinceId: caMau,
      communeId: null,
    });
  });

  it("a province administrator cannot give a role above their own, nor their own", async () => {
    const before = await userCount();
    for (const role of ["MINISTRY_ADMIN", "MINISTRY_ANALYST", "PROVINCE_ADMIN"] as const) {
      const result = await caMauAdmin.run(() =>
        createUserAction(undefined, {
          username: uniqueName("len"),
          fullName: "Thăng Chức",
          role,
          provinceId: String(caMau),
        }),
      );
      expect(result, role).toEqual({
        ok: false,
        fieldErrors: { role: "Bạn không thể cấp vai trò này." },
      });
    }
    expect(await userCount()).toBe(before);
  });

  it("a commune officer needs a commune", async () => {
    const before = await userCount();
    const result = await caMauAdmin.run(() =>
      createUserAction(undefined, {
        username: uniqueName("xa"),
        fullName: "Thiếu Xã",
        role: "COMMUNE_OFFICER",
        communeId: "",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { communeId: "Vui lòng chọn xã, phường, đặc khu." },
    });
    expect(await userCount()).toBe(before);
  });

  it("usernames are lower-case and unique across the country; names are stored in NFC", async () => {
    const username = uniqueName("CaMau.Moi");
    const decomposed = "  Nguyễn   Thị  Ánh  ".normalize("NFD");
    const result = await caMauAdmin.run(() =>
      createUserAction(undefined, {
        username: ` ${username} `,
        fullName: decomposed,
        role: "PROVINCE_OFFICER",
      }),
    );
    expect(result.ok).toBe(true);
    const row = await userRow({ username: username.toLowerCase() });
    expect(row?.fullName).toBe("Nguyễn Thị Ánh".normalize("NFC"));

    const before = await userCount();
    // bo.quantri is a ministry user: invisible to Cà Mau, and still taken.
    for (const taken of ["bo.quantri", username.toUpperCase()]) {
      const again = await caMauAdmin.run(() =>
        createUserAction(undefined, {
          username: taken,
          fullName: "Trùng Tên",
          role: "PROVINCE_OFFICER",
        }),
      );
      expect(again, taken).toEqual({
        ok: false,
        fieldErrors: { username: "Tên đăng nhập này đã có người dùng." },
      });
    }
    const badFormat = await caMauAdmin.run(() =>
      createUserAction(undefined, {
        username: "nguyễn văn a",
        fullName: "Sai Tên",
        role: "PROVINCE_OFFICER",
      }),
    );
    expect(badFormat).toEqual({
      ok: false,
      fieldErrors: {
        username:
          "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.",
      },
    });
    expect(await userCount()).toBe(before);
  });

  it("answers in English for an English page", async () => {
    const result = await caMauAdmin.run(
      () =>
        createUserAction(undefined, {
          username: uniqueName("en"),
          fullName: "",
          role: "PROVINCE_OFFICER",
        }),
      "en",
    );
    expect(result).toEqual({ ok: false, fieldErrors: { fullName: "Please enter the full name." } });
  });
});

describe("reading users", () => {
  it("a province administrator lists only their province's users; the ministry lists all, by province if asked", async () => {
    const ctx = await contextOf(caMauAdmin);
    if (!ctx) throw new Error("not signed in");
    const listed = await allListed(ctx);
    const expected = await ownerDb().user.count({ where: { provinceId: caMau } });
    expect(listed).toHaveLength(expected);
    const ids = listed.map((r) => r.id);
    const rows = await ownerDb().user.findMany({
      where: { id: { in: ids } },
      select: { provinceId: true },
    });
    expect(rows.every((r) => r.provinceId === caMau)).toBe(true);
    // Managed: officers and commune officers; other administrators are read-only.
    for (const row of listed) {
      expect(row.manageable, row.username).toBe(
        row.role === "PROVINCE_OFFICER" || row.role === "COMMUNE_OFFICER",
      );
    }
    const hidden = await listUsers(ctx, { provinceId: tuyenQuang });
    expect(hidden.total).toBe(expected);

    const nation = await contextOf(ministry);
    if (!nation) throw new Error("not signed in");
    expect((await listUsers(nation)).total).toBe(await ownerDb().user.count());
    const tq = await allListed(nation, { provinceId: tuyenQuang });
    expect(tq).toHaveLength(await ownerDb().user.count({ where: { provinceId: tuyenQuang } }));
    expect(tq.every((r) => r.provinceName === "Tuyên Quang")).toBe(true);
    const searched = await listUsers(nation, { q: "camau.QUANTRI" });
    expect(searched.rows.map((r) => r.username)).toContain("camau.quantri");
  });

  it("another province's user is not found; the ministry finds it", async () => {
    const tqUser = await ownerDb().user.findUniqueOrThrow({
      where: { username: "tuyenquang.quantri" },
    });
    const caMauCtx = await contextOf(caMauAdmin);
    const nation = await contextOf(ministry);
    if (!caMauCtx || !nation) throw new Error("not signed in");
    expect(await getUser(caMauCtx, tqUser.id)).toBeNull();
    expect(await getUser(caMauCtx, "not-a-uuid")).toBeNull();
    expect(await getUser(nation, tqUser.id)).toMatchObject({
      username: "tuyenquang.quantri",
      provinceName: "Tuyên Quang",
      manageable: true,
    });
    const own = await ownerDb().user.findUniqueOrThrow({ where: { username: "giarai.canbo" } });
    expect(await getUser(caMauCtx, own.id)).toMatchObject({
      communeName: "Phường Giá Rai",
      manageable: true,
      isSelf: false,
    });
  });

  it("the demo province administrator sees the demo users of Cà Mau, not those of Tuyên Quang", async () => {
    const demo = await signInAs("camau.quantri");
    const ctx = await contextOf(demo);
    if (!ctx) throw new Error("not signed in");
    const names = (await allListed(ctx)).map((r) => r.username);
    expect(names).toEqual(
      expect.arrayContaining(["camau.quantri", "camau.canbo", "giarai.canbo", "hunghoi.canbo"]),
    );
    expect(names).not.toContain("tuyenquang.quantri");
    expect(names).not.toContain("hagiang2.canbo");
    expect(names).not.toContain("bo.quantri");
  });
});
