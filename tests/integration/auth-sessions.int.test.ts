// Sessions obey the server: every request re-reads the session row and its user.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authAction } from "@/lib/auth/guard";
import { endSession } from "@/lib/auth/sign-out";
import { fieldError } from "@/lib/i18n/messages";
import { createUser, unitIds } from "@/tests/support/factories";
import { ownerDb } from "@/tests/support/owner-db";
import { anonymously, signInAs } from "@/tests/support/sign-in-as";

const MINUTE = 60_000;

async function sessionOf(username: string) {
  const signed = await signInAs(username);
  const db = ownerDb();
  const row = await db.session.findFirstOrThrow({
    where: { userId: signed.userId },
    orderBy: { createdAt: "desc" },
  });
  return { signed, row, db };
}

describe("sessions", () => {
  it("give the user's role and scope, read from the database", async () => {
    const user = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31942",
    });
    const { signed } = await sessionOf(user.username);
    const current = await signed.run(() => getCurrentUser());
    expect(current).toMatchObject({
      role: "COMMUNE_OFFICER",
      scope: { level: "COMMUNE", provinceId: user.provinceId, communeId: user.communeId },
      user: { id: user.id, username: user.username },
    });
  });

  it("end after 30 idle minutes", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const { signed, row, db } = await sessionOf(user.username);
    await db.session.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(Date.now() - 29 * MINUTE) },
    });
    expect(await signed.run(() => getCurrentUser())).not.toBeNull();
    await db.session.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(Date.now() - 31 * MINUTE) },
    });
    expect(await signed.run(() => getCurrentUser())).toBeNull();
  });

  it("end 12 hours after sign-in however active the user is", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const { signed, row, db } = await sessionOf(user.username);
    await db.session.update({
      where: { id: row.id },
      data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() },
    });
    expect(await signed.run(() => getCurrentUser())).toBeNull();
  });

  it("are touched at most once a minute, which keeps an active user in", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const { signed, row, db } = await sessionOf(user.username);
    const old = new Date(Date.now() - 5 * MINUTE);
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: old } });
    await signed.run(() => getCurrentUser());
    const touched = await db.session.findUniqueOrThrow({ where: { id: row.id } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });

  it("end on the next request when the user is deactivated", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "08" });
    const { signed, db } = await sessionOf(user.username);
    expect(await signed.run(() => getCurrentUser())).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await signed.run(() => getCurrentUser())).toBeNull();
  });

  it("follow a role change on the next request", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const { signed, db } = await sessionOf(user.username);
    const { communeId } = await unitIds("96", "31906");
    await db.user.update({ where: { id: user.id }, data: { role: "COMMUNE_OFFICER", communeId } });
    expect(await signed.run(() => getCurrentUser())).toMatchObject({
      role: "COMMUNE_OFFICER",
      scope: { level: "COMMUNE", communeId },
    });
  });

  it("end on the server at sign-out, with a SIGN_OUT audit row", async () => {
    const user = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "92" });
    const { signed, row, db } = await sessionOf(user.username);
    const current = await signed.run(() => getCurrentUser());
    if (!current) throw new Error("expected a session");
    await endSession(current);
    expect(
      (await db.session.findUniqueOrThrow({ where: { id: row.id } })).revokedAt,
    ).not.toBeNull();
    expect(await signed.run(() => getCurrentUser())).toBeNull();
    expect(
      await db.auditLog.count({ where: { userId: user.id, action: "SIGN_OUT", entityId: row.id } }),
    ).toBe(1);
  });
});

describe("the action guard", () => {
  const probe = authAction(
    {
      schema: z.object({
        name: z.string().min(3, { error: fieldError("fullNameRequired") }),
        count: z.coerce.number().int(),
      }),
      permission: "users.manage",
    },
    (input, context) =>
      Promise.resolve({ echoed: input.name, count: input.count, scope: context.scope.level }),
  );

  it("refuses a signed-out caller in the caller's language", async () => {
    expect(await anonymously(() => probe(undefined, { name: "abc", count: 1 }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.",
    });
    expect(
      await anonymously(() => probe(undefined, { name: "abc", count: 1 }), "en"),
    ).toMatchObject({
      formError: "Your session has ended. Please sign in again.",
    });
  });

  it("refuses a role without the declared permission and writes ACCESS_DENIED", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const signed = await signInAs(user.username);
    expect(await signed.run(() => probe(undefined, { name: "abc", count: 1 }))).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này.",
    });
    const denied = await ownerDb().auditLog.findFirstOrThrow({
      where: { userId: user.id, action: "ACCESS_DENIED" },
    });
    expect(denied).toMatchObject({
      provinceId: user.provinceId,
      detail: "permission users.manage",
      ip: "203.0.113.10",
    });
  });

  it("parses FormData with zod and puts each error next to its field, in Vietnamese", async () => {
    const admin = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" });
    const signed = await signInAs(admin.username);
    const form = new FormData();
    form.set("name", "ab");
    form.set("count", "x");
    const result = await signed.run(() => probe(undefined, form));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.name).toBe("Vui lòng nhập họ và tên.");
    expect(result.fieldErrors.count).toMatch(/số|number/i);
    form.set("name", "Nguyễn Văn A");
    form.set("count", "7");
    expect(await signed.run(() => probe(undefined, form))).toEqual({
      ok: true,
      data: { echoed: "Nguyễn Văn A", count: 7, scope: "PROVINCE" },
    });
  });

  it("refuses everything but the password change while a password change is due", async () => {
    const admin = await createUser({
      role: "PROVINCE_ADMIN",
      provinceCode: "96",
      mustChangePassword: true,
    });
    const signed = await signInAs(admin.username);
    expect(await signed.run(() => probe(undefined, { name: "abc", count: 1 }))).toMatchObject({
      ok: false,
      formError: "Bạn cần đổi mật khẩu trước khi tiếp tục.",
    });
  });
});
