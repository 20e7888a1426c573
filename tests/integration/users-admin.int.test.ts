// User administration as the administrators use it: who may give which role, where new users
// land, the one-time password, what deactivation and a reset do to sessions, version conflicts,
// the audit trail, and what the list and detail pages read.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/[locale]/(portal)/users/actions";
import { authenticate } from "@/lib/auth/authenticate";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { getUser } from "@/lib/users/get-user";
import { listUsers } from "@/lib/users/list-users";
import { createUser, TEST_PASSWORD, unitIds, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

const ONE_TIME_PASSWORD = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

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

const userRow = (where: { id: string } | { username: string }) =>
  ownerDb().user.findUnique({
    where: "id" in where ? { id: where.id } : { username: where.username },
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      provinceId: true,
      communeId: true,
      active: true,
      mustChangePassword: true,
      passwordHash: true,
      version: true,
    },
  });
const userCount = () => ownerDb().user.count();
/** The audit trail of changes to one user (sign-ins left out). */
const auditRows = (entityId: string) =>
  ownerDb().auditLog.findMany({
    where: { entity: "User", entityId, action: { in: ["CREATE", "UPDATE"] } },
    select: {
      action: true,
      userId: true,
      username: true,
      role: true,
      provinceId: true,
      before: true,
      after: true,
      detail: true,
    },
    orderBy: { id: "asc" },
  });
const contextOf = (signed: Signed): Promise<AuthContext | null> =>
  signed.run(() => getCurrentUser());
/** Every page of the list (other test files of the worker add users too). */
async function allListed(ctx: AuthContext, filter: Parameters<typeof listUsers>[1] = {}) {
  const first = await listUsers(ctx, { ...filter, page: 1 });
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page += 1)
    rows.push(...(await listUsers(ctx, { ...filter, page })).rows);
  expect(rows).toHaveLength(first.total);
  return rows;
}
// Sign-ins are throttled per address: each check signs in from an address of its own.
let address = 0;
const signIn = (username: string, password: string) =>
  authenticate({
    username,
    password,
    ip: `10.50.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
    userAgent: "vitest",
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

describe("editing users", () => {
  it("a new role and commune apply at the user's next request", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const session = await signInAs(officer.username);
    expect((await contextOf(session))?.scope).toEqual({ level: "PROVINCE", provinceId: caMau });

    const result = await caMauAdmin.run(() =>
      updateUserAction(undefined, {
        id: officer.id,
        fullName: officer.fullName,
        role: "COMMUNE_OFFICER",
        communeId: String(giaRai),
        version: officer.version,
      }),
    );
    expect(result.ok).toBe(true);
    const now = await contextOf(session);
    expect(now?.role).toBe("COMMUNE_OFFICER");
    expect(now?.scope).toEqual({ level: "COMMUNE", provinceId: caMau, communeId: giaRai });

    const [audit] = await auditRows(officer.id);
    expect(audit).toMatchObject({
      action: "UPDATE",
      userId: (await contextOf(caMauAdmin))?.user.id,
      provinceId: caMau,
    });
    expect(audit?.before).toMatchObject({ role: "PROVINCE_OFFICER", communeId: null });
    expect(audit?.after).toMatchObject({ role: "COMMUNE_OFFICER", communeId: giaRai });
    expect(JSON.stringify(audit)).not.toContain("passwordHash");
  });

  it("a province administrator cannot raise a user to their own role or above", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    for (const role of ["PROVINCE_ADMIN", "MINISTRY_ADMIN"] as const) {
      const result = await caMauAdmin.run(() =>
        updateUserAction(undefined, {
          id: officer.id,
          fullName: officer.fullName,
          role,
          version: officer.version,
        }),
      );
      expect(result, role).toEqual({
        ok: false,
        fieldErrors: { role: "Bạn không thể cấp vai trò này." },
      });
    }
    expect(await userRow({ id: officer.id })).toMatchObject({
      role: "PROVINCE_OFFICER",
      version: officer.version,
    });
  });

  it("a province administrator cannot touch another administrator of the same province", async () => {
    const peer = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" });
    const hash = (await userRow({ id: peer.id }))?.passwordHash;
    const refused =
      "Bạn không thể thay đổi tài khoản này: vai trò của tài khoản không thuộc quyền quản lý của bạn.";
    const attempts: (() => Promise<{ ok: boolean }>)[] = [
      () =>
        updateUserAction(undefined, {
          id: peer.id,
          fullName: "Đổi Tên",
          role: "PROVINCE_ADMIN",
          version: peer.version,
        }),
      () => setUserActiveAction(undefined, { id: peer.id, active: "false" }),
      () => resetPasswordAction(undefined, { id: peer.id }),
    ];
    for (const attempt of attempts) {
      expect(await caMauAdmin.run(attempt)).toEqual({
        ok: false,
        fieldErrors: {},
        formError: refused,
      });
    }
    const row = await userRow({ id: peer.id });
    expect(row).toMatchObject({
      fullName: peer.fullName,
      active: true,
      mustChangePassword: false,
      version: peer.version,
    });
    expect(row?.passwordHash).toBe(hash);
    expect(await auditRows(peer.id)).toEqual([]);
  });

  it("a save over someone else's newer change is refused, with their version", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const stale = officer.version;
    const first = await caMauAdmin.run(() =>
      updateUserAction(undefined, {
        id: officer.id,
        fullName: "Tên Thứ Nhất",
        role: "PROVINCE_OFFICER",
        version: stale,
      }),
    );
    expect(first.ok).toBe(true);
    const saved = await userRow({ id: officer.id });

    const second = await caMauAdmin.run(() =>
      updateUserAction(undefined, {
        id: officer.id,
        fullName: "Tên Thứ Hai",
        role: "PROVINCE_OFFICER",
        version: stale,
      }),
    );
    expect(second).toMatchObject({
      ok: false,
      formError: "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.",
      conflict: {
        fullName: "Tên Thứ Nhất",
        role: "PROVINCE_OFFICER",
        version: saved?.version,
      },
    });
    expect(await userRow({ id: officer.id })).toEqual(saved);
  });

  it("the user signing in meanwhile does not make the administrator's save a conflict", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const signedIn = await authenticate({
      username: officer.username,
      password: TEST_PASSWORD,
      ip: "203.0.113.40",
      userAgent: "vitest",
    });
    expect(signedIn.ok).toBe(true);
    expect((await userRow({ id: officer.id }))?.version).toBe(officer.version);

    const saved = await caMauAdmin.run(() =>
      updateUserAction(undefined, {
        id: officer.id,
        fullName: "Tên Sau Khi Đăng Nhập",
        role: "PROVINCE_OFFICER",
        version: officer.version,
      }),
    );
    expect(saved).toEqual({ ok: true, data: { id: officer.id, version: officer.version + 1 } });
    expect(await userRow({ id: officer.id })).toMatchObject({
      fullName: "Tên Sau Khi Đăng Nhập",
      version: officer.version + 1,
    });
  });

  it("a save that changes nothing writes nothing", async () => {
    const officer = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31906",
    });
    const result = await caMauAdmin.run(() =>
      updateUserAction(undefined, {
        id: officer.id,
        fullName: ` ${officer.fullName} `,
        role: "COMMUNE_OFFICER",
        communeId: String(officer.communeId),
        version: officer.version,
      }),
    );
    expect(result).toEqual({
      ok: true,
      data: { id: officer.id, version: officer.version },
    });
    expect(await userRow({ id: officer.id })).toMatchObject({
      version: officer.version,
      fullName: officer.fullName,
    });
    expect(await auditRows(officer.id)).toEqual([]);
  });

  it("an administrator cannot change their own role, deactivate themselves or reset their own password", async () => {
    const self = await contextOf(ministry);
    if (!self) throw new Error("not signed in");
    const before = await userRow({ id: self.user.id });
    if (!before) throw new Error("no row");
    const version = before.version;

    expect(
      await ministry.run(() =>
        updateUserAction(undefined, {
          id: before.id,
          fullName: before.fullName,
          role: "MINISTRY_ANALYST",
          version,
        }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { role: "Bạn không thể tự đổi vai trò hoặc tự vô hiệu hóa tài khoản của mình." },
    });
    expect(
      await ministry.run(() => setUserActiveAction(undefined, { id: before.id, active: "false" })),
    ).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Bạn không thể tự đổi vai trò hoặc tự vô hiệu hóa tài khoản của mình.",
    });
    expect(await ministry.run(() => resetPasswordAction(undefined, { id: before.id }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError:
        "Bạn không thể tự cấp lại mật khẩu cho mình. Hãy đổi mật khẩu ở trang Đổi mật khẩu.",
    });
    expect(await userRow({ id: before.id })).toEqual(before);

    // Their own name they may correct.
    const renamed = await ministry.run(() =>
      updateUserAction(undefined, {
        id: before.id,
        fullName: "Trần Quốc Hưng",
        role: "MINISTRY_ADMIN",
        version,
      }),
    );
    expect(renamed.ok).toBe(true);
    expect(await userRow({ id: before.id })).toMatchObject({
      fullName: "Trần Quốc Hưng",
      role: "MINISTRY_ADMIN",
      active: true,
    });
  });
});

describe("deactivation and password reset", () => {
  it("deactivation ends the user's session at the next request and stops sign-in; reactivation allows it again", async () => {
    const officer = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31906",
    });
    const session = await signInAs(officer.username);
    expect((await contextOf(session))?.user.id).toBe(officer.id);

    const result = await caMauAdmin.run(() =>
      setUserActiveAction(undefined, { id: officer.id, active: "false" }),
    );
    expect(result).toEqual({ ok: true, data: { id: officer.id, active: false, sessionsEnded: 1 } });
    expect(await contextOf(session)).toBeNull();
    expect(await signIn(officer.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const revoked = await ownerDb().session.findMany({ where: { userId: officer.id } });
    expect(revoked.every((s) => s.revokedAt !== null)).toBe(true);

    const back = await caMauAdmin.run(() =>
      setUserActiveAction(undefined, { id: officer.id, active: "true" }),
    );
    expect(back).toEqual({ ok: true, data: { id: officer.id, active: true, sessionsEnded: 0 } });
    expect(await signIn(officer.username, TEST_PASSWORD)).toMatchObject({ ok: true });
    const audits = await auditRows(officer.id);
    expect(audits.map((a) => [a.action, a.detail])).toEqual([
      ["UPDATE", "user.deactivated"],
      ["UPDATE", "user.reactivated"],
    ]);
    expect(audits[0]?.before).toMatchObject({ active: true });
    expect(audits[0]?.after).toMatchObject({ active: false });
  });

  it("a reset gives a one-time password, ends every session and requires a change at the next sign-in", async () => {
    const admin = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "08" });
    const hash = (await userRow({ id: admin.id }))?.passwordHash;
    const sessions = [await signInAs(admin.username), await signInAs(admin.username)];
    const result = await ministry.run(() => resetPasswordAction(undefined, { id: admin.id }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ id: admin.id, username: admin.username, sessionsEnded: 2 });
    expect(result.data.oneTimePassword).toMatch(ONE_TIME_PASSWORD);
    for (const session of sessions) expect(await contextOf(session)).toBeNull();

    const row = await userRow({ id: admin.id });
    expect(row?.mustChangePassword).toBe(true);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toBe(hash);
    expect(await signIn(admin.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(admin.username, result.data.oneTimePassword)).toMatchObject({
      ok: true,
      mustChangePassword: true,
    });

    const [audit] = await auditRows(admin.id);
    expect(audit).toMatchObject({
      action: "UPDATE",
      detail: "user.password-reset",
      provinceId: tuyenQuang,
    });
    expect(audit?.before).toMatchObject({ mustChangePassword: false });
    expect(audit?.after).toMatchObject({ mustChangePassword: true });
    const written = JSON.stringify(audit);
    expect(written).not.toContain("passwordHash");
    expect(written).not.toContain(row?.passwordHash ?? "-");
    expect(written).not.toContain(result.data.oneTimePassword);
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
