// The isolation matrix: every server action, as every role, on the user's own scope, on another
// commune of the same province and on another province. It checks the answer and that nothing
// changed in the database when the answer is a refusal. A new action must be added here: the last
// test fails on any exported action this file does not cover.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changeOwnPasswordAction } from "@/app/[locale]/(portal)/account/actions";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/[locale]/(portal)/users/actions";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, TEST_PASSWORD, uniqueName, unitIds } from "@/tests/support/factories";
import { ownerDb } from "@/tests/support/owner-db";
import { signInAs } from "@/tests/support/sign-in-as";

const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";
const MANAGERS: Role[] = ["MINISTRY_ADMIN", "PROVINCE_ADMIN"];

/** The refusal a caller gets for a row it may not touch: no permission, or the row is not in scope. */
function expectRefusal(actor: Role, result: { ok: boolean }) {
  expect(result).toMatchObject({
    ok: false,
    formError: MANAGERS.includes(actor) ? NOT_FOUND : FORBIDDEN,
  });
}

// Cà Mau: Giá Rai (31942) and Hưng Hội (31906). Another province: Tuyên Quang (08), Hà Giang 2 (00691).
const OWN = { province: "96", commune: "31942" };
const OTHER_COMMUNE = { province: "96", commune: "31906" };
const OTHER_PROVINCE = { province: "08", commune: "00691" };
type Target = "own" | "otherCommune" | "otherProvince";
const TARGETS: Record<Target, { province: string; commune: string }> = {
  own: OWN,
  otherCommune: OTHER_COMMUNE,
  otherProvince: OTHER_PROVINCE,
};

// Actors: one per role, in Giá Rai / Cà Mau where the role has a scope.
const ACTORS: { role: Role; province?: string; commune?: string }[] = [
  { role: "MINISTRY_ADMIN" },
  { role: "MINISTRY_ANALYST" },
  { role: "PROVINCE_ADMIN", province: OWN.province },
  { role: "PROVINCE_OFFICER", province: OWN.province },
  { role: "COMMUNE_OFFICER", province: OWN.province, commune: OWN.commune },
];

/** Who may manage the target user of a target scope (the roles MANAGEABLE_ROLES allows them). */
function mayManage(actor: Role, target: Target): boolean {
  if (actor === "MINISTRY_ADMIN") return true; // nation-wide; its targets are province admins
  if (actor === "PROVINCE_ADMIN") return target !== "otherProvince";
  return false;
}

/** A user the actor's role would manage, in the target scope. */
async function targetUser(actor: Role, target: Target) {
  const where = TARGETS[target];
  return actor === "MINISTRY_ADMIN"
    ? createUser({ role: "PROVINCE_ADMIN", provinceCode: where.province })
    : createUser({
        role: "COMMUNE_OFFICER",
        provinceCode: where.province,
        communeCode: where.commune,
      });
}

async function snapshot(userId: string) {
  const db = ownerDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      fullName: true,
      role: true,
      active: true,
      provinceId: true,
      communeId: true,
      mustChangePassword: true,
      passwordHash: true,
      version: true,
    },
  });
  const liveSessions = await db.session.count({ where: { userId, revokedAt: null } });
  return { user, liveSessions };
}

async function actorSession(actor: (typeof ACTORS)[number]) {
  const user = await createUser({
    role: actor.role,
    provinceCode: actor.province,
    communeCode: actor.commune,
  });
  return signInAs(user.username);
}

describe.each(ACTORS)("as $role", (actor) => {
  describe.each(["own", "otherCommune", "otherProvince"] as const)(
    "on a target in %s scope",
    (target) => {
      const allowed = mayManage(actor.role, target);

      it(`updateUserAction ${allowed ? "changes the user" : "is refused and changes nothing"}`, async () => {
        const session = await actorSession(actor);
        const victim = await targetUser(actor.role, target);
        await signInAs(victim.username); // a live session that must survive a refusal
        const before = await snapshot(victim.id);
        const result = await session.run(() =>
          updateUserAction(undefined, {
            id: victim.id,
            fullName: "Tên Đã Đổi",
            role: victim.role,
            provinceId: victim.provinceId ?? undefined,
            communeId: victim.communeId ?? undefined,
            version: before.user.version,
          }),
        );
        const after = await snapshot(victim.id);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(after.user.fullName).toBe("Tên Đã Đổi");
        } else {
          expectRefusal(actor.role, result);
          expect(after).toEqual(before);
        }
      });

      it(`setUserActiveAction ${allowed ? "deactivates the user" : "is refused and changes nothing"}`, async () => {
        const session = await actorSession(actor);
        const victim = await targetUser(actor.role, target);
        await signInAs(victim.username);
        const before = await snapshot(victim.id);
        const result = await session.run(() =>
          setUserActiveAction(undefined, { id: victim.id, active: "false" }),
        );
        const after = await snapshot(victim.id);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(after.user.active).toBe(false);
          expect(after.liveSessions).toBe(0);
        } else {
          expectRefusal(actor.role, result);
          expect(after).toEqual(before);
        }
      });

      it(`resetPasswordAction ${allowed ? "sets a one-time password" : "is refused and changes nothing"}`, async () => {
        const session = await actorSession(actor);
        const victim = await targetUser(actor.role, target);
        await signInAs(victim.username);
        const before = await snapshot(victim.id);
        const result = await session.run(() => resetPasswordAction(undefined, { id: victim.id }));
        const after = await snapshot(victim.id);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(after.user.mustChangePassword).toBe(true);
          expect(after.user.passwordHash).not.toBe(before.user.passwordHash);
          expect(after.liveSessions).toBe(0);
        } else {
          expectRefusal(actor.role, result);
          expect(after).toEqual(before);
        }
      });

      it(`createUserAction ${allowed ? "creates the user" : "is refused and creates nothing"}`, async () => {
        const session = await actorSession(actor);
        const where = await unitIds(TARGETS[target].province, TARGETS[target].commune);
        const username = uniqueName("new");
        const input =
          actor.role === "MINISTRY_ADMIN"
            ? {
                username,
                fullName: "Người Mới",
                role: "PROVINCE_ADMIN",
                provinceId: where.provinceId,
              }
            : {
                username,
                fullName: "Người Mới",
                role: "COMMUNE_OFFICER",
                communeId: where.communeId ?? undefined,
              };
        const usersBefore = await ownerDb().user.count();
        const result = await session.run(() => createUserAction(undefined, input));
        const created = await ownerDb().user.findUnique({ where: { username } });
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(created).toMatchObject({ provinceId: where.provinceId });
        } else {
          if (MANAGERS.includes(actor.role)) {
            // Another province's commune is not one this administrator can give.
            expect(result).toMatchObject({
              ok: false,
              fieldErrors: { communeId: expect.any(String) as unknown },
            });
          } else {
            expect(result).toMatchObject({ ok: false, formError: FORBIDDEN });
          }
          expect(created).toBeNull();
          expect(await ownerDb().user.count()).toBe(usersBefore);
        }
      });
    },
  );

  it("changeOwnPasswordAction changes the caller's own password only, whatever id is sent", async () => {
    const session = await actorSession(actor);
    const other = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: OTHER_PROVINCE.province,
      communeCode: OTHER_PROVINCE.commune,
    });
    const otherBefore = await snapshot(other.id);
    const ownBefore = await snapshot(session.userId);
    const result = await session.run(() =>
      changeOwnPasswordAction(undefined, {
        id: other.id,
        userId: other.id,
        currentPassword: TEST_PASSWORD,
        newPassword: "Mật-khẩu-mới-2025!",
        confirmPassword: "Mật-khẩu-mới-2025!",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await snapshot(other.id)).toEqual(otherBefore);
    expect((await snapshot(session.userId)).user.passwordHash).not.toBe(
      ownBefore.user.passwordHash,
    );
  });
});

describe("the matrix", () => {
  it("covers every exported server action", () => {
    const covered = readFileSync(new URL(import.meta.url), "utf8");
    const actionFiles = [
      "app/[locale]/(portal)/users/actions.ts",
      "app/[locale]/(portal)/account/actions.ts",
      "app/[locale]/sign-in/actions.ts",
    ];
    // Sign-in is public and sign-out ends only the caller's own session: both have their own
    // tests (auth-sign-in, auth-sessions, e2e), and take no id that could name another scope.
    const elsewhere = new Set(["signInAction", "signOutAction"]);
    const exported = actionFiles.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export const (\w+) = authAction/g)].map(
        (m) => m[1] ?? "",
      ),
    );
    const missing = exported.filter(
      (name) => !elsewhere.has(name) && !covered.includes(`${name}(undefined`),
    );
    expect(missing).toEqual([]);
  });
});
