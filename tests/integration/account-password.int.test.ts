// Changing one's own password: every role, only ever their own row (whatever id the request
// carries), the password policy with its messages beside the right field, the other sessions
// ended and the current one kept, and the forced change after a new account or a reset.
import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPasswordAction } from "@/app/[locale]/(portal)/account/actions";
import { createUserAction, resetPasswordAction } from "@/app/[locale]/(portal)/users/actions";
import { authenticate } from "@/lib/auth/authenticate";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, TEST_PASSWORD, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

const NEW_PASSWORD = "Lua-chin-dong-xanh-2025";

// Sign-ins are throttled per address: each check signs in from an address of its own.
let address = 0;
const signIn = (username: string, password: string) =>
  authenticate({
    username,
    password,
    ip: `10.61.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
    userAgent: null,
  });

const ROLES: Record<string, { role: Role; provinceCode?: string; communeCode?: string }> = {
  ministryAdmin: { role: "MINISTRY_ADMIN" },
  ministryAnalyst: { role: "MINISTRY_ANALYST" },
  provinceAdmin: { role: "PROVINCE_ADMIN", provinceCode: "96" },
  provinceOfficer: { role: "PROVINCE_OFFICER", provinceCode: "96" },
  communeOfficer: { role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" },
};
// Users whose id a request might carry, as seen from Cà Mau / Phường Giá Rai.
const OTHERS = {
  ownScope: { role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" },
  otherCommune: { role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31906" },
  otherProvince: { role: "COMMUNE_OFFICER", provinceCode: "08", communeCode: "00691" },
} as const;

const others = {} as Record<keyof typeof OTHERS, string>;

beforeAll(async () => {
  for (const [key, spec] of Object.entries(OTHERS) as [
    keyof typeof OTHERS,
    (typeof OTHERS)[keyof typeof OTHERS],
  ][]) {
    others[key] = (await createUser(spec)).id;
  }
});

const fullRow = (id: string) =>
  ownerDb().user.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      passwordHash: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      updatedAt: true,
      active: true,
      role: true,
    },
  });
const allUsers = () =>
  ownerDb().user.findMany({
    select: {
      id: true,
      passwordHash: true,
      mustChangePassword: true,
      active: true,
      role: true,
      provinceId: true,
      communeId: true,
      updatedAt: true,
    },
    orderBy: { id: "asc" },
  });
const sessionsOf = (userId: string) =>
  ownerDb().session.findMany({
    where: { userId },
    select: { id: true, revokedAt: true },
    orderBy: { id: "asc" },
  });
const changeAudits = (userId: string) =>
  ownerDb().auditLog.findMany({
    where: { entity: "User", entityId: userId, action: "UPDATE" },
    select: { userId: true, before: true, after: true, detail: true },
  });

/** A fresh user of `spec` signed in twice: `current` makes the change, `other` is another device. */
async function person(spec: {
  role: Role;
  provinceCode?: string;
  communeCode?: string;
  mustChangePassword?: boolean;
}) {
  const user = await createUser(spec);
  const other = await signInAs(user.username);
  const current = await signInAs(user.username);
  return { user, current, other };
}

const change = (
  signed: Signed,
  input: Parameters<typeof changeOwnPasswordAction>[1],
  locale: "vi" | "en" = "vi",
) => signed.run(() => changeOwnPasswordAction(undefined, input), locale);

describe("changeOwnPasswordAction, as every role, whatever user id the request carries", () => {
  const cases = Object.keys(ROLES).flatMap((role) =>
    (Object.keys(OTHERS) as (keyof typeof OTHERS)[]).map((target) => ({ role, target })),
  );

  it.each(cases)("$role, carrying the id of a user of $target", async ({ role, target }) => {
    const spec = ROLES[role];
    if (!spec) throw new Error(role);
    const { user, current, other } = await person(spec);
    const before = await allUsers();
    const ownBefore = await fullRow(user.id);

    const result = await change(current, {
      id: others[target],
      userId: others[target],
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toEqual({ ok: true, data: { otherSessionsEnded: 1 } });

    // Only the caller's own row changed.
    const after = await allUsers();
    const rest = (rows: typeof before) => rows.filter((r) => r.id !== user.id);
    expect(rest(after)).toEqual(rest(before));
    const ownAfter = await fullRow(user.id);
    expect(ownAfter.passwordHash).not.toBe(ownBefore.passwordHash);
    expect(ownAfter.passwordChangedAt.getTime()).toBeGreaterThan(
      ownBefore.passwordChangedAt.getTime(),
    );
    expect(ownAfter).toMatchObject({ mustChangePassword: false, active: true, role: spec.role });

    // The new password signs in, the old one no longer does.
    expect(await signIn(user.username, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await signIn(user.username, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    // The other device is signed out; this one stays signed in.
    expect(await current.run(() => getCurrentUser())).toMatchObject({ user: { id: user.id } });
    expect(await other.run(() => getCurrentUser())).toBeNull();

    const audits = await changeAudits(user.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      userId: user.id,
      before: { mustChangePassword: false },
      after: { mustChangePassword: false },
    });
    const written = JSON.stringify(audits);
    expect(written).not.toContain("passwordHash");
    expect(written).not.toContain(ownAfter.passwordHash);
    expect(written).not.toContain(NEW_PASSWORD);
  });
});

describe("the password policy, with its message beside the right field", () => {
  const refusals: {
    name: string;
    input: { currentPassword: string; newPassword: string; confirmPassword: string };
    fieldErrors: Record<string, string>;
  }[] = [
    {
      name: "a wrong current password",
      input: {
        currentPassword: "khong-dung-2025",
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      },
      fieldErrors: { currentPassword: "Mật khẩu hiện tại không đúng." },
    },
    {
      name: "a short password",
      input: { currentPassword: TEST_PASSWORD, newPassword: "Ngan-9", confirmPassword: "Ngan-9" },
      fieldErrors: { newPassword: "Mật khẩu phải có ít nhất 10 ký tự." },
    },
    {
      name: "a common password",
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: "password123",
        confirmPassword: "password123",
      },
      fieldErrors: {
        newPassword: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
      },
    },
    {
      name: "a common Vietnamese password",
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: "matkhau123",
        confirmPassword: "matkhau123",
      },
      fieldErrors: {
        newPassword: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
      },
    },
    {
      name: "two different new passwords",
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: `${NEW_PASSWORD}!`,
      },
      fieldErrors: { confirmPassword: "Mật khẩu nhập lại không khớp." },
    },
    {
      name: "the current password again",
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
      },
      fieldErrors: { newPassword: "Mật khẩu mới phải khác mật khẩu hiện tại." },
    },
    {
      name: "nothing at all",
      input: { currentPassword: "", newPassword: "", confirmPassword: "" },
      fieldErrors: {
        currentPassword: "Vui lòng nhập trường này.",
        newPassword: "Mật khẩu phải có ít nhất 10 ký tự.",
        confirmPassword: "Vui lòng nhập trường này.",
      },
    },
  ];

  it.each(refusals)("refuses $name and changes nothing", async ({ input, fieldErrors }) => {
    const { user, current, other } = await person({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const before = await fullRow(user.id);
    const sessionsBefore = await sessionsOf(user.id);
    expect(await change(current, input)).toEqual({ ok: false, fieldErrors });
    expect(await fullRow(user.id)).toEqual(before);
    expect(await sessionsOf(user.id)).toEqual(sessionsBefore);
    expect(await other.run(() => getCurrentUser())).not.toBeNull();
    expect(await changeAudits(user.id)).toEqual([]);
  });

  it("refuses a password containing the username", async () => {
    const { user, current } = await person({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const before = await fullRow(user.id);
    const password = `${user.username}-Moi`;
    expect(
      await change(current, {
        currentPassword: TEST_PASSWORD,
        newPassword: password,
        confirmPassword: password,
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { newPassword: "Mật khẩu không được chứa tên đăng nhập." },
    });
    expect(await fullRow(user.id)).toEqual(before);
  });

  it("answers in English on an English page", async () => {
    const { current } = await person({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31906",
    });
    expect(
      await change(
        current,
        { currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" },
        "en",
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { newPassword: "The password must have at least 10 characters." },
    });
  });

  it("refuses a signed-out visitor", async () => {
    const { user, current } = await person({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    await ownerDb().session.updateMany({
      where: { userId: user.id },
      data: { revokedAt: new Date() },
    });
    const before = await fullRow(user.id);
    expect(
      await change(current, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.",
    });
    expect(await fullRow(user.id)).toEqual(before);
  });
});

describe("the password change that is due after a new account or a reset", () => {
  it("everything else is refused until the password is changed; the change opens the portal", async () => {
    const { user, current } = await person({
      role: "PROVINCE_ADMIN",
      provinceCode: "96",
      mustChangePassword: true,
    });
    const count = await ownerDb().user.count();
    const refused = await current.run(() =>
      createUserAction(undefined, {
        username: uniqueName("cho"),
        fullName: "Chờ Đổi Mật Khẩu",
        role: "PROVINCE_OFFICER",
      }),
    );
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Bạn cần đổi mật khẩu trước khi tiếp tục.",
    });
    expect(await ownerDb().user.count()).toBe(count);

    // The change itself is allowed, and sends the user on to the overview.
    await expect(
      change(current, {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
    ).rejects.toMatchObject({ digest: expect.stringContaining(";/vi;") as unknown });
    const row = await fullRow(user.id);
    expect(row.mustChangePassword).toBe(false);
    const [audit] = await changeAudits(user.id);
    expect(audit).toMatchObject({
      before: { mustChangePassword: true },
      after: { mustChangePassword: false },
    });

    const allowed = await current.run(() =>
      createUserAction(undefined, {
        username: uniqueName("sau"),
        fullName: "Đã Đổi Mật Khẩu",
        role: "PROVINCE_OFFICER",
      }),
    );
    expect(allowed.ok).toBe(true);
    expect(await ownerDb().user.count()).toBe(count + 1);
  });

  it("from a reset to a working account: one-time password, forced change, new password", async () => {
    const admin = await signInAs(
      (await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" })).username,
    );
    const officer = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31942",
    });
    const reset = await admin.run(() => resetPasswordAction(undefined, { id: officer.id }));
    if (!reset.ok) throw new Error(JSON.stringify(reset));

    const signedIn = await signIn(officer.username, reset.data.oneTimePassword);
    expect(signedIn).toMatchObject({ ok: true, mustChangePassword: true });
    const session = await signInAs(officer.username);
    const due = await session.run(() => getCurrentUser());
    expect(due?.user.mustChangePassword).toBe(true);

    await expect(
      change(session, {
        currentPassword: reset.data.oneTimePassword,
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") as unknown });
    expect(await fullRow(officer.id)).toMatchObject({ mustChangePassword: false });
    expect(await session.run(() => getCurrentUser())).toMatchObject({
      user: { mustChangePassword: false },
    });
    expect(await signIn(officer.username, reset.data.oneTimePassword)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
