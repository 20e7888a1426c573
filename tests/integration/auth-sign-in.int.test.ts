// Sign-in: the password check, messages that never tell whether a username exists, the throttle
// shared through the database, and every attempt in the audit trail.
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD, uniqueName } from "@/tests/support/factories";
import { ownerDb } from "@/tests/support/owner-db";

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const attempt = (username: string, password: string, address = ip()) =>
  authenticate({ username, password, ip: address, userAgent: "vitest" });
/** The database keeps the throttle's clock: time passes for an account's attempts by ageing them. */
const age = (username: string, ms: number) =>
  ownerDb().$executeRaw`update "SignInAttempt" set "at" = "at" - ${ms} * interval '1 millisecond'
    where "username" = ${username}`;

describe("sign-in", () => {
  it("accepts the right password: a session row, an attempt row and a SIGN_IN audit row with the scope", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const result = await attempt(user.username, TEST_PASSWORD);
    expect(result).toMatchObject({ ok: true, userId: user.id, mustChangePassword: false });

    const db = ownerDb();
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    expect(
      await db.signInAttempt.count({ where: { username: user.username, success: true } }),
    ).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { userId: user.id, action: "SIGN_IN" },
    });
    expect(audit).toMatchObject({
      username: user.username,
      role: "PROVINCE_OFFICER",
      provinceId: user.provinceId,
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt,
    ).not.toBeNull();
  });

  it("signs in the demo users with the published demo password", async () => {
    expect(await attempt("camau.quantri", "PhongTrao@2025")).toMatchObject({ ok: true });
    expect(await attempt("bo.quantri", "PhongTrao@2025")).toMatchObject({ ok: true });
  });

  it("answers a wrong password, an unknown username and a deactivated account alike", async () => {
    const user = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31942",
    });
    const inactive = await createUser({
      role: "PROVINCE_OFFICER",
      provinceCode: "96",
      active: false,
    });
    const unknown = uniqueName("nobody");
    const answers = [
      await attempt(user.username, "wrong-password-123"),
      await attempt(unknown, TEST_PASSWORD),
      await attempt(inactive.username, TEST_PASSWORD),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    const db = ownerDb();
    const failures = await db.auditLog.findMany({
      where: {
        action: "SIGN_IN_FAILED",
        username: { in: [user.username, unknown, inactive.username] },
      },
      select: { username: true, detail: true },
    });
    expect(failures).toEqual(
      expect.arrayContaining([
        { username: user.username, detail: "wrong password" },
        { username: unknown, detail: "unknown user" },
        { username: inactive.username, detail: "deactivated" },
      ]),
    );
    expect(await db.session.count({ where: { userId: { in: [user.id, inactive.id] } } })).toBe(0);
  });

  it("slows an account down after 10 failures in 15 minutes, then lets the right password in again", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "08" });
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(await attempt(user.username, `wrong-${i}-password`)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    const blocked = await attempt(user.username, TEST_PASSWORD);
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    // Refused attempts are not counted: the wait does not grow while someone keeps trying.
    await age(user.username, 10 * 60_000);
    const later = await attempt(user.username, TEST_PASSWORD);
    expect(later).toMatchObject({ ok: false, reason: "throttled", retryAfterMinutes: 5 });
    await age(user.username, 5 * 60_000 + 1_000);
    expect(await attempt(user.username, TEST_PASSWORD)).toMatchObject({ ok: true });
    expect(
      await ownerDb().auditLog.count({
        where: { username: user.username, action: "SIGN_IN_FAILED", detail: "throttled" },
      }),
    ).toBe(2);
  });

  it("slows an address down after 10 failures across any accounts", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < MAX_FAILURES; i += 1)
      await attempt(uniqueName("spray"), "Password123!", address);
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "86" });
    expect(await attempt(user.username, TEST_PASSWORD, address)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await attempt(user.username, TEST_PASSWORD, ip())).toMatchObject({ ok: true });
  });

  it("does not count failures before the account's last successful sign-in", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "92" });
    for (let i = 0; i < MAX_FAILURES - 1; i += 1)
      await attempt(user.username, "nope-nope-nope", ip());
    expect(await attempt(user.username, TEST_PASSWORD, ip())).toMatchObject({
      ok: true,
    });
    await attempt(user.username, "nope-nope-nope", ip());
    expect(await attempt(user.username, TEST_PASSWORD, ip())).toMatchObject({
      ok: true,
    });
  });

  it("40 simultaneous wrong passwords for one account check at most 10", async () => {
    const user = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(user.username, `wrong-${i}`, ip())),
    );
    const checked = await ownerDb().signInAttempt.count({ where: { username: user.username } });
    expect(checked).toBe(MAX_FAILURES);
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(MAX_FAILURES);
    expect(answers.filter((a) => !a.ok && a.reason === "throttled")).toHaveLength(
      40 - MAX_FAILURES,
    );
    // The right password is refused too while the account waits.
    expect(await attempt(user.username, TEST_PASSWORD)).toMatchObject({ reason: "throttled" });
  });

  it("40 simultaneous wrong passwords from one address check at most 10, across accounts", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const users = await Promise.all(
      Array.from({ length: 40 }, () =>
        createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" }),
      ),
    );
    await Promise.all(users.map((u) => attempt(u.username, "wrong-password", address)));
    expect(await ownerDb().signInAttempt.count({ where: { ip: address } })).toBe(MAX_FAILURES);
  });
});
