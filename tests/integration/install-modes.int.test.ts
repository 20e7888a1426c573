// The two installs: a real office's (reference data only, no users, its first administrator made
// from the command line with a one-time password) and the demo (what the other tests run on).
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password-hash";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getInstallMode } from "@/lib/install/get-install-mode";
import { COMMAND_LINE_DETAIL, createMinistryAdmin } from "@/lib/users/create-ministry-admin";
import { INDICATORS } from "@/prisma/seed/reference/indicators";
import { NATIONAL_MODELS } from "@/prisma/seed/reference/national-models";
import { VALIDATION_RULES } from "@/prisma/seed/reference/validation-rules";
import { seedIfFirstRun } from "@/scripts/db/seed-once";
import { withDatabase } from "@/tests/setup/databases";

const serverUrl = inject("testServerUrl");
const { migrated } = inject("templates");
const name = `install_real_${process.pid}`;
const url = withDatabase(serverUrl, name);
const sql = new pg.Client({ connectionString: url });
let db: PrismaClient;

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function count(table: string, where = "true"): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(
    `select count(*) as n from "${table}" where ${where}`,
  );
  return Number(rows[0]?.n);
}

/** `npm run admin:create -- …` against the real install's database. */
function adminCreate(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/admin-create.ts", ...args],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 60_000 },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  await onServer(`drop database if exists "${name}" with (force)`);
  await onServer(`create database "${name}" template "${migrated}"`);
  await sql.connect();
  db = createPrismaClient(url);
});

afterAll(async () => {
  await db.$disconnect();
  await sql.end();
  await onServer(`drop database if exists "${name}" with (force)`);
});

describe("a real office's install (DATABASE_URL, no demo asked for)", () => {
  it("gets the national units and the catalogs, and no users and no demo rows", async () => {
    const outcome = await seedIfFirstRun(url, { demo: false, log: () => undefined });
    expect(outcome).toMatchObject({ seeded: true, demo: false, mode: "real", users: 0 });
    expect(await count("Province")).toBe(34);
    expect(await count("Commune")).toBe(3_321);
    expect(await count("FormerProvince")).toBe(63);
    expect(await count("CommuneMapping")).toBe(10_832);
    expect(await count("Ethnicity")).toBe(54);
    expect(await count("Indicator")).toBe(INDICATORS.length);
    expect(await count("ValidationRule")).toBe(VALIDATION_RULES.length);
    expect(await count("ReportingPeriod")).toBe(16);
    expect(await count("Model", `"provinceId" is null`)).toBe(NATIONAL_MODELS.length);
    expect(await count("Model", `"provinceId" is not null`)).toBe(0);
    for (const table of [
      "User",
      "ModelRecognition",
      "ReplicationPoint",
      "Team",
      "Person",
      "Membership",
      "ResidentialArea",
      "Organization",
      "Report",
      "SafetyRegistration",
    ]) {
      expect(await count(table), table).toBe(0);
    }
    const { rows } = await sql.query<{ key: string }>(`select key from "SystemSetting" order by 1`);
    expect(rows.map((r) => r.key)).toEqual(["reference-seed"]);
  }, 120_000);

  it("does not seed again on the next start", async () => {
    const outcome = await seedIfFirstRun(url, { demo: false, log: () => undefined });
    expect(outcome).toMatchObject({ seeded: false, mode: "real", users: 0 });
  });

  it("admin:create makes one ministry administrator with a one-time password, printed once", async () => {
    const run = adminCreate("bo.admin", "--name", "Nguyễn Văn An");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const password = /^\s{4}([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})$/m.exec(run.stdout)?.[1];
    expect(password).toBeDefined();
    expect(run.stdout.split(password ?? "?")).toHaveLength(2);

    const users = await db.user.findMany({
      select: {
        username: true,
        fullName: true,
        role: true,
        provinceId: true,
        communeId: true,
        active: true,
        mustChangePassword: true,
        passwordHash: true,
      },
    });
    expect(users).toHaveLength(1);
    const [user] = users;
    expect(user).toMatchObject({
      username: "bo.admin",
      fullName: "Nguyễn Văn An",
      role: "MINISTRY_ADMIN",
      provinceId: null,
      communeId: null,
      active: true,
      mustChangePassword: true,
    });
    expect(await verifyPassword(user?.passwordHash ?? "", password ?? "")).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entity: "User" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", detail: COMMAND_LINE_DETAIL, userId: null });
  }, 60_000);

  it("admin:create refuses an existing username with exit code 1 and writes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({
      where: { username: "bo.admin" },
      select: { passwordHash: true, updatedAt: true },
    });
    const run = adminCreate("bo.admin");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The username "bo.admin" is taken');
    expect(run.stdout).toBe("");
    expect(await count("User")).toBe(1);
    expect(await count("AuditLog")).toBe(1);
    expect(
      await db.user.findUniqueOrThrow({
        where: { username: "bo.admin" },
        select: { passwordHash: true, updatedAt: true },
      }),
    ).toEqual(before);
  }, 60_000);

  it("refuses a malformed username or a missing one", async () => {
    expect(await createMinistryAdmin(db, { username: "Bo Admin!" })).toMatchObject({
      ok: false,
      reason: "usernameFormat",
    });
    expect(adminCreate().status).toBe(1);
    expect(await count("User")).toBe(1);
  }, 60_000);
});

describe("the demo install", () => {
  it("is recorded as one, for the sign-in page's notice", async () => {
    // This worker's database is a copy of the seeded template, which asked for the demo data.
    expect(await getInstallMode()).toBe("demo");
  });
});
