// User administration as the administrators use it: who may give which role, where new users
// land, the one-time password, what deactivation and a reset do to sessions, version conflicts,
// the audit trail, and what the list and detail pages read.
import { beforeAll, describe, expect, it } from "vitest";
import {
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/[locale]/(portal)/users/actions";
import { authenticate } from "@/lib/auth/authenticate";
import { createUser, TEST_PASSWORD, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { auditRows, contextOf, ONE_TIME_PASSWORD, signIn, userRow } from "../support/users-admin";
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
