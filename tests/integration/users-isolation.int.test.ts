// The isolation matrix of user administration: every action, as every role, on the actor's own
// scope, on another commune of the same province, and on another province. Each case checks the
// answer (in Vietnamese) and that the database holds exactly what it should — nothing at all when
// refused.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createUserAction,
  resetPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/app/[locale]/(portal)/users/actions";
import type { ActionResult } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, unitIds, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";
const NOT_MANAGEABLE =
  "Bạn không thể thay đổi tài khoản này: vai trò của tài khoản không thuộc quyền quản lý của bạn.";
const ROLE_NOT_ALLOWED = "Bạn không thể cấp vai trò này.";
const COMMUNE_OUT_OF_SCOPE = "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn.";

type ActorKey =
  "ministryAdmin" | "ministryAnalyst" | "provinceAdmin" | "provinceOfficer" | "communeOfficer";
type TargetKey = "ownScope" | "otherCommune" | "otherProvince";

const ACTORS: Record<ActorKey, { role: Role; provinceCode?: string; communeCode?: string }> = {
  ministryAdmin: { role: "MINISTRY_ADMIN" },
  ministryAnalyst: { role: "MINISTRY_ANALYST" },
  provinceAdmin: { role: "PROVINCE_ADMIN", provinceCode: "96" },
  provinceOfficer: { role: "PROVINCE_OFFICER", provinceCode: "96" },
  communeOfficer: { role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" },
};

// Targets as seen from the Cà Mau actors: Phường Giá Rai is the commune officer's own commune (and
// in the province users' own province), Xã Hưng Hội another commune of Cà Mau, Phường Hà Giang 2 a
// commune of Tuyên Quang. For the ministry all three are in scope, but commune officers are not
// users it manages.
const TARGET_UNITS: Record<TargetKey, { provinceCode: string; communeCode: string }> = {
  ownScope: { provinceCode: "96", communeCode: "31942" },
  otherCommune: { provinceCode: "96", communeCode: "31906" },
  otherProvince: { provinceCode: "08", communeCode: "00691" },
};

type Expected =
  | { kind: "ok" }
  | { kind: "form"; message: string; audited: boolean }
  | { kind: "field"; field: string; message: string };

const ok: Expected = { kind: "ok" };
const forbidden: Expected = { kind: "form", message: FORBIDDEN, audited: true };
const notFound: Expected = { kind: "form", message: NOT_FOUND, audited: true };
const notManageable: Expected = { kind: "form", message: NOT_MANAGEABLE, audited: false };
const roleNotAllowed: Expected = { kind: "field", field: "role", message: ROLE_NOT_ALLOWED };
const outOfScope: Expected = { kind: "field", field: "communeId", message: COMMUNE_OUT_OF_SCOPE };

const refusedEverywhere = {
  ownScope: forbidden,
  otherCommune: forbidden,
  otherProvince: forbidden,
};

/** What happens when each actor acts on an existing user of each target unit. */
const ON_EXISTING_USER: Record<ActorKey, Record<TargetKey, Expected>> = {
  ministryAdmin: {
    ownScope: notManageable,
    otherCommune: notManageable,
    otherProvince: notManageable,
  },
  ministryAnalyst: refusedEverywhere,
  provinceAdmin: { ownScope: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: refusedEverywhere,
  communeOfficer: refusedEverywhere,
};

/** What happens when each actor creates a commune officer in each target commune. */
const ON_CREATE: Record<ActorKey, Record<TargetKey, Expected>> = {
  ministryAdmin: {
    ownScope: roleNotAllowed,
    otherCommune: roleNotAllowed,
    otherProvince: roleNotAllowed,
  },
  ministryAnalyst: refusedEverywhere,
  provinceAdmin: { ownScope: ok, otherCommune: ok, otherProvince: outOfScope },
  provinceOfficer: refusedEverywhere,
  communeOfficer: refusedEverywhere,
};

const actors = {} as Record<ActorKey, Signed>;
const targets = {} as Record<TargetKey, { id: string; username: string }>;
const communeIds = {} as Record<TargetKey, number>;
let caMau: number;

beforeAll(async () => {
  for (const [key, spec] of Object.entries(ACTORS) as [ActorKey, (typeof ACTORS)[ActorKey]][]) {
    const user = await createUser(spec);
    actors[key] = await signInAs(user.username);
  }
  for (const [key, units] of Object.entries(TARGET_UNITS) as [
    TargetKey,
    (typeof TARGET_UNITS)[TargetKey],
  ][]) {
    const user = await createUser({ role: "COMMUNE_OFFICER", ...units });
    targets[key] = { id: user.id, username: user.username };
    communeIds[key] = (await unitIds(units.provinceCode, units.communeCode)).communeId ?? -1;
    // A live session of the target, to see whether an action ends it.
    await signInAs(user.username);
  }
  caMau = (await unitIds("96")).provinceId;
});

/** Everything an action could change, read through the owner's connection (no row-level security). */
async function snapshot() {
  const db = ownerDb();
  const [users, sessions, changes, denials] = await Promise.all([
    db.user.findMany({
      select: {
        id: true,
        username: true,
        passwordHash: true,
        fullName: true,
        role: true,
        provinceId: true,
        communeId: true,
        active: true,
        mustChangePassword: true,
        passwordChangedAt: true,
        version: true,
      },
      orderBy: { id: "asc" },
    }),
    // lastSeenAt is left out: the guard touches it when it reads a session.
    db.session.findMany({
      select: { id: true, userId: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    db.auditLog.count({ where: { action: { in: ["CREATE", "UPDATE", "DELETE"] } } }),
    db.auditLog.count({ where: { action: "ACCESS_DENIED" } }),
  ]);
  return { users, sessions, changes, denials };
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;

function expectAnswer<T>(result: ActionResult<T>, expected: Expected): void {
  switch (expected.kind) {
    case "ok":
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return;
    case "form":
      expect(result).toEqual({ ok: false, fieldErrors: {}, formError: expected.message });
      return;
    case "field":
      expect(result).toEqual({ ok: false, fieldErrors: { [expected.field]: expected.message } });
  }
}

/** A refused action changed nothing (a refusal by the guard or a scope miss only adds its audit row). */
function expectUnchanged(before: Snapshot, after: Snapshot, expected: Expected): void {
  expect(after.users).toEqual(before.users);
  expect(after.sessions).toEqual(before.sessions);
  expect(after.changes).toBe(before.changes);
  expect(after.denials).toBe(
    before.denials + (expected.kind === "form" && expected.audited ? 1 : 0),
  );
}

/** Only the rows of `ids` differ between the snapshots. */
function othersUnchanged(before: Snapshot, after: Snapshot, ids: string[]): void {
  const others = (s: Snapshot) => s.users.filter((u) => !ids.includes(u.id));
  expect(others(after)).toEqual(others(before));
}

function userOf(s: Snapshot, id: string) {
  const user = s.users.find((u) => u.id === id);
  if (!user) throw new Error(`user ${id} is not in the snapshot`);
  return user;
}

const cases = (table: Record<ActorKey, Record<TargetKey, Expected>>) =>
  (Object.keys(table) as ActorKey[]).flatMap((actor) =>
    (Object.keys(table[actor]) as TargetKey[]).map((target) => ({
      actor,
      target,
      expected: table[actor][target],
    })),
  );

describe("createUserAction: a commune officer in the actor's commune, another commune, another province", () => {
  it.each(cases(ON_CREATE))("$actor → $target", async ({ actor, target, expected }) => {
    const username = uniqueName("moi");
    const before = await snapshot();
    const result = await actors[actor].run(() =>
      createUserAction(undefined, {
        username,
        fullName: "Nguyễn Văn Mới",
        role: "COMMUNE_OFFICER",
        communeId: String(communeIds[target]),
      }),
    );
    expectAnswer(result, expected);
    const after = await snapshot();
    if (expected.kind !== "ok") {
      expectUnchanged(before, after, expected);
      return;
    }
    const created = after.users.find((u) => u.username === username);
    expect(created).toMatchObject({
      role: "COMMUNE_OFFICER",
      provinceId: caMau,
      communeId: communeIds[target],
      fullName: "Nguyễn Văn Mới",
      active: true,
      mustChangePassword: true,
    });
    expect(after.users).toHaveLength(before.users.length + 1);
    othersUnchanged(before, after, [created?.id ?? ""]);
    expect(after.changes).toBe(before.changes + 1);
  });
});

describe("updateUserAction: rename a commune officer of each target", () => {
  it.each(cases(ON_EXISTING_USER))("$actor → $target", async ({ actor, target, expected }) => {
    const before = await snapshot();
    const current = userOf(before, targets[target].id);
    const fullName = `Đổi Tên ${uniqueName("x").slice(2)}`;
    const result = await actors[actor].run(() =>
      updateUserAction(undefined, {
        id: current.id,
        fullName,
        role: "COMMUNE_OFFICER",
        communeId: String(current.communeId),
        version: current.version,
      }),
    );
    expectAnswer(result, expected);
    const after = await snapshot();
    if (expected.kind !== "ok") {
      expectUnchanged(before, after, expected);
      return;
    }
    expect(userOf(after, current.id)).toMatchObject({
      fullName,
      role: "COMMUNE_OFFICER",
      communeId: current.communeId,
    });
    othersUnchanged(before, after, [current.id]);
    expect(after.sessions).toEqual(before.sessions);
    expect(after.changes).toBe(before.changes + 1);
  });
});

describe("setUserActiveAction: deactivate a commune officer of each target", () => {
  it.each(cases(ON_EXISTING_USER))("$actor → $target", async ({ actor, target, expected }) => {
    const id = targets[target].id;
    const before = await snapshot();
    const result = await actors[actor].run(() =>
      setUserActiveAction(undefined, { id, active: "false" }),
    );
    expectAnswer(result, expected);
    const after = await snapshot();
    if (expected.kind !== "ok") {
      expectUnchanged(before, after, expected);
      return;
    }
    expect(userOf(after, id).active).toBe(false);
    othersUnchanged(before, after, [id]);
    // Every session of the target ended; nobody else's.
    const open = (s: Snapshot, userId: string) =>
      s.sessions.filter((x) => x.userId === userId && x.revokedAt === null);
    expect(open(before, id).length).toBeGreaterThan(0);
    expect(open(after, id)).toEqual([]);
    expect(after.sessions.filter((x) => x.userId !== id)).toEqual(
      before.sessions.filter((x) => x.userId !== id),
    );
    expect(after.changes).toBe(before.changes + 1);

    // Restore the target for the other cases, with a fresh session.
    const back = await actors[actor].run(() =>
      setUserActiveAction(undefined, { id, active: "true" }),
    );
    expect(back).toMatchObject({ ok: true, data: { active: true } });
    await signInAs(targets[target].username);
  });
});

describe("resetPasswordAction: a new one-time password for a commune officer of each target", () => {
  it.each(cases(ON_EXISTING_USER))("$actor → $target", async ({ actor, target, expected }) => {
    const id = targets[target].id;
    const before = await snapshot();
    const result = await actors[actor].run(() => resetPasswordAction(undefined, { id }));
    expectAnswer(result, expected);
    const after = await snapshot();
    if (expected.kind !== "ok") {
      expectUnchanged(before, after, expected);
      return;
    }
    const changed = userOf(after, id);
    expect(changed.passwordHash).not.toBe(userOf(before, id).passwordHash);
    expect(changed.mustChangePassword).toBe(true);
    expect(changed.active).toBe(true);
    othersUnchanged(before, after, [id]);
    expect(after.sessions.filter((x) => x.userId === id && x.revokedAt === null)).toEqual([]);
    expect(after.sessions.filter((x) => x.userId !== id)).toEqual(
      before.sessions.filter((x) => x.userId !== id),
    );
    expect(after.changes).toBe(before.changes + 1);
    await signInAs(targets[target].username);
  });
});
