// Rows of the isolation matrix for user administration and the own-password change.
import { expect } from "vitest";
import { changeOwnPasswordAction } from "@/app/[locale]/(portal)/account/actions";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/[locale]/(portal)/users/actions";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, TEST_PASSWORD, uniqueName } from "../../factories";
import { ownerDb } from "../../owner-db";
import { signInAs } from "../../sign-in-as";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
  fieldRefusal,
  forbidden,
  formRefusal,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

const NOT_MANAGEABLE = formRefusal(
  "Bạn không thể thay đổi tài khoản này: vai trò của tài khoản không thuộc quyền quản lý của bạn.",
);
const ROLE_NOT_ALLOWED = fieldRefusal("role", "Bạn không thể cấp vai trò này.");
const COMMUNE_OUT_OF_SCOPE = fieldRefusal(
  "communeId",
  "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn.",
);

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

/** Acting on an existing commune officer of the target commune. */
const ON_COMMUNE_OFFICER: Table = {
  ministryAdmin: everywhere(NOT_MANAGEABLE),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: everywhere(forbidden),
  communeOfficer: everywhere(forbidden),
};

/** Acting on an existing province administrator of the target's province. */
const ON_PROVINCE_ADMIN: Table = {
  ministryAdmin: everywhere(ok),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: NOT_MANAGEABLE, otherCommune: NOT_MANAGEABLE, otherProvince: notFound },
  provinceOfficer: everywhere(forbidden),
  communeOfficer: everywhere(forbidden),
};

const userSelect = {
  id: true,
  passwordHash: true,
  fullName: true,
  role: true,
  provinceId: true,
  communeId: true,
  active: true,
  mustChangePassword: true,
  version: true,
} as const;

/** The target user, their sessions, and how many users and live sessions there are in all. */
async function userSnapshot(id: string) {
  const db = ownerDb();
  const [user, sessions, users, live] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id }, select: userSelect }),
    db.session.findMany({
      where: { userId: id },
      select: { id: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    db.user.count(),
    db.session.count({ where: { revokedAt: null } }),
  ]);
  return { user, sessions, users, live };
}
type UserSnapshot = Awaited<ReturnType<typeof userSnapshot>>;
const snap = (value: unknown) => value as UserSnapshot;

async function existingUser(role: Role, c: CaseContext) {
  const user = await createUser(
    role === "COMMUNE_OFFICER"
      ? { role, provinceCode: c.units.provinceCode, communeCode: c.units.communeCode }
      : { role, provinceCode: c.units.provinceCode },
  );
  await signInAs(user.username); // a live session that must survive a refusal
  return user;
}

function managementRows(role: Role, expected: Table): MatrixRow[] {
  const label = role === "COMMUNE_OFFICER" ? "a commune officer" : "a province administrator";
  return [
    defineRow({
      action: "updateUserAction",
      expected,
      arrange: (c) => existingUser(role, c),
      act: (user) =>
        updateUserAction(undefined, {
          id: user.id,
          fullName: `Đổi Tên ${label}`,
          role,
          communeId: user.communeId ?? undefined,
          provinceId: user.provinceId ?? undefined,
          version: user.version,
        }),
      snapshot: (user) => userSnapshot(user.id),
      verify(_user, before, after) {
        expect(snap(after).user).toEqual({
          ...snap(before).user,
          fullName: `Đổi Tên ${label}`,
          version: snap(before).user.version + 1,
        });
        expect(snap(after).sessions).toEqual(snap(before).sessions);
      },
    }),
    defineRow({
      action: "setUserActiveAction",
      expected,
      arrange: (c) => existingUser(role, c),
      act: (user) => setUserActiveAction(undefined, { id: user.id, active: "false" }),
      snapshot: (user) => userSnapshot(user.id),
      verify(_user, before, after) {
        expect(snap(after).user.active).toBe(false);
        expect(snap(after).sessions.every((s) => s.revokedAt !== null)).toBe(true);
        // Only the target's sessions ended.
        const targetLive = snap(before).sessions.filter((s) => s.revokedAt === null).length;
        expect(snap(after).live).toBe(snap(before).live - targetLive);
      },
    }),
    defineRow({
      action: "resetPasswordAction",
      expected,
      arrange: (c) => existingUser(role, c),
      act: (user) => resetPasswordAction(undefined, { id: user.id }),
      snapshot: (user) => userSnapshot(user.id),
      verify(_user, before, after) {
        expect(snap(after).user.passwordHash).not.toBe(snap(before).user.passwordHash);
        expect(snap(after).user.mustChangePassword).toBe(true);
        expect(snap(after).sessions.every((s) => s.revokedAt !== null)).toBe(true);
      },
    }),
  ];
}

/** Creating a user in the target unit: a commune officer there, or the province's administrator. */
function createRow(role: Role, expected: Table): MatrixRow {
  return defineRow({
    action: "createUserAction",
    expected,
    arrange: (c) => Promise.resolve({ username: uniqueName("moi"), c }),
    act: ({ username, c }) =>
      createUserAction(undefined, {
        username,
        fullName: "Nguyễn Văn Mới",
        role,
        provinceId: String(c.units.provinceId),
        communeId: role === "COMMUNE_OFFICER" ? String(c.units.communeId) : "",
      }),
    snapshot: async ({ username }) => ({
      created: await ownerDb().user.findUnique({ where: { username }, select: userSelect }),
      users: await ownerDb().user.count(),
    }),
    verify({ c }, before, after) {
      const { created, users } = after as { created: unknown; users: number };
      expect(users).toBe((before as { users: number }).users + 1);
      expect(created).toMatchObject({
        role,
        // A province's new user lands in the administrator's own province, whatever was sent.
        provinceId: c.actor === "ministryAdmin" ? c.units.provinceId : c.world.units.own.provinceId,
        communeId: role === "COMMUNE_OFFICER" ? c.units.communeId : null,
        active: true,
        mustChangePassword: true,
      });
    },
  });
}

const NEW_PASSWORD = "Mật-khẩu-mới-2025!";

/** The own-password change: always the caller's own, whatever id the request carries. */
const changeOwnPasswordRow = defineRow({
  action: "changeOwnPasswordAction",
  expected: {
    ministryAdmin: everywhere(ok),
    ministryAnalyst: everywhere(ok),
    provinceAdmin: everywhere(ok),
    provinceOfficer: everywhere(ok),
    communeOfficer: everywhere(ok),
  },
  arrange: (c) => existingUser("COMMUNE_OFFICER", c),
  act: (other) =>
    changeOwnPasswordAction(undefined, {
      id: other.id,
      userId: other.id,
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    }),
  snapshot: async (other) => ({ other: await userSnapshot(other.id) }),
  async verify(_other, before, after, c) {
    expect(after).toEqual(before);
    const self = c.world.actors[c.actor].userId;
    const own = await ownerDb().user.findUniqueOrThrow({
      where: { id: self },
      select: { passwordHash: true, passwordChangedAt: true },
    });
    expect(await verifyPassword(own.passwordHash, NEW_PASSWORD)).toBe(true);
    // Back to the shared test password, for the actor's next cases.
    await ownerDb().user.update({
      where: { id: self },
      data: { passwordHash: await hashPassword(TEST_PASSWORD) },
    });
  },
});

export const USER_ROWS: MatrixRow[] = [
  ...managementRows("COMMUNE_OFFICER", ON_COMMUNE_OFFICER),
  ...managementRows("PROVINCE_ADMIN", ON_PROVINCE_ADMIN),
  createRow("COMMUNE_OFFICER", {
    ministryAdmin: everywhere(ROLE_NOT_ALLOWED),
    ministryAnalyst: everywhere(forbidden),
    provinceAdmin: { own: ok, otherCommune: ok, otherProvince: COMMUNE_OUT_OF_SCOPE },
    provinceOfficer: everywhere(forbidden),
    communeOfficer: everywhere(forbidden),
  }),
  createRow("PROVINCE_ADMIN", {
    ministryAdmin: everywhere(ok),
    ministryAnalyst: everywhere(forbidden),
    provinceAdmin: everywhere(ROLE_NOT_ALLOWED),
    provinceOfficer: everywhere(forbidden),
    communeOfficer: everywhere(forbidden),
  }),
  changeOwnPasswordRow,
];
