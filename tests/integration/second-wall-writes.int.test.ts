// The second wall on its own (2/2: powers, provinces, policies): SQL sent straight to
// PostgreSQL as the application role, with no application code in between, trying what no request may do. Every attempt must fail and change
// nothing, whatever scope the connection claims for itself.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs, signedInAs } from "../support/sign-in-as";

const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });

/** Runs `sql` in its own transaction after `setup`, rolled back; the error, or null if it passed. */
async function attempt(setup: () => Promise<unknown>, sql: string, params: unknown[] = []) {
  await app.query("begin");
  try {
    await setup();
    const result = await app.query(sql, params);
    return result.rowCount === 0 ? "no row" : null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await app.query("rollback");
  }
}

const enter = (token: string) => () => app.query("select * from app_enter_session($1)", [token]);

let ids: { caMau: number; tuyenQuang: number; giaRai: number; nguyenPhich: number };
let caMauAdmin: Signed;
let caMauOfficer: Signed;
let giaRaiOfficer: Signed;
let caMauAdminId: string;

beforeAll(async () => {
  await app.connect();
  const caMau = await unitIds("96", "31942");
  const other = await unitIds("96", "31906");
  ids = {
    caMau: caMau.provinceId,
    tuyenQuang: (await unitIds("08")).provinceId,
    giaRai: caMau.communeId ?? -1,
    nguyenPhich: other.communeId ?? -1,
  };
  caMauAdmin = await signedInAs("PROVINCE_ADMIN", { provinceCode: "96" });
  caMauAdminId = caMauAdmin.userId;
  caMauOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  giaRaiOfficer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
});

afterAll(async () => {
  await app.end();
});

describe("nobody raises their own powers", () => {
  it("a commune officer cannot make themselves ministry administrator, move or reactivate themselves", async () => {
    const self = giaRaiOfficer.userId;
    const before = await ownerDb().user.findUniqueOrThrow({ where: { id: self } });
    const setup = enter(giaRaiOfficer.token);
    for (const change of [
      `"role" = 'MINISTRY_ADMIN', "provinceId" = null, "communeId" = null`,
      `"role" = 'PROVINCE_ADMIN', "communeId" = null`,
      `"communeId" = ${ids.nguyenPhich}`,
      `"active" = false`,
    ]) {
      expect(
        await attempt(setup, `update "User" set ${change} where "id" = $1`, [self]),
        change,
      ).toMatch(/cannot change their own|row-level security|violates/);
    }
    expect(
      await attempt(setup, `update "User" set "mustChangePassword" = false where "id" = $1`, [
        self,
      ]),
    ).toMatch(/permission denied/);
    expect(await ownerDb().user.findUniqueOrThrow({ where: { id: self } })).toEqual(before);
  });

  it("a province administrator cannot raise themselves or another user to administrator", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const setup = enter(caMauAdmin.token);
    expect(
      await attempt(
        setup,
        `update "User" set "role" = 'MINISTRY_ADMIN', "provinceId" = null where "id" = $1`,
        [caMauAdminId],
      ),
    ).toMatch(/cannot change their own|row-level security/);
    for (const role of ["PROVINCE_ADMIN", "MINISTRY_ADMIN", "MINISTRY_ANALYST"]) {
      expect(
        await attempt(setup, `update "User" set "role" = $2 where "id" = $1`, [officer.id, role]),
        role,
      ).toMatch(/row-level security|violates/);
    }
    expect(
      await attempt(
        setup,
        `insert into "User" ("id", "username", "passwordHash", "fullName", "role", "updatedAt")
         values (gen_random_uuid(), 'forged.admin', '$argon2id$x', 'Giả Mạo', 'MINISTRY_ADMIN', now())`,
      ),
    ).toMatch(/row-level security|violates/);
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: officer.id } })).role).toBe(
      "PROVINCE_OFFICER",
    );
    expect(await ownerDb().user.count({ where: { username: "forged.admin" } })).toBe(0);
  });

  it("a province officer (not an administrator) cannot manage users or reset a password", async () => {
    const officer = await createUser({
      role: "COMMUNE_OFFICER",
      provinceCode: "96",
      communeCode: "31942",
    });
    const setup = enter(caMauOfficer.token);
    expect(
      await attempt(setup, `update "User" set "fullName" = 'Đổi Tên' where "id" = $1`, [
        officer.id,
      ]),
    ).toBe("no row");
    await app.query("begin");
    await enter(caMauOfficer.token)();
    const reset = await app.query<{ ended: number | null }>(
      `select app_reset_password($1, '$argon2id$v=19$m=19456,t=2,p=1$AAAA$BBBB') as ended`,
      [officer.id],
    );
    await app.query("commit");
    expect(reset.rows[0]?.ended).toBeNull();
  });
});

describe("no write reaches another province", () => {
  it("a province scope writes no row of another province, directly or by moving one there", async () => {
    const tuyenQuangOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
    const setup = enter(tuyenQuangOfficer.token);
    const tables = ["ResidentialArea", "Team", "Person", "ReplicationPoint", "Report", "Award"];
    const before = await Promise.all(tables.map((t) => ownerCount(t, ids.caMau)));
    for (const table of tables) {
      expect(
        await attempt(
          setup,
          `update "${table}" set "provinceId" = "provinceId" where "provinceId" = $1`,
          [ids.caMau],
        ),
        table,
      ).toBe("no row");
      expect(
        await attempt(setup, `delete from "${table}" where "provinceId" = $1`, [ids.caMau]),
      ).toBe("no row");
    }
    expect(
      await attempt(
        setup,
        `insert into "ResidentialArea" ("provinceId", "communeId", "name", "kind") values ($1, $2, 'Ấp thử', 'AP')`,
        [ids.caMau, ids.giaRai],
      ),
    ).toMatch(/row-level security/);
    // Its own row moved into another province is refused too.
    expect(
      await attempt(
        setup,
        `update "ResidentialArea" set "provinceId" = $1 where "provinceId" = $2`,
        [ids.caMau, ids.tuyenQuang],
      ),
    ).toMatch(/row-level security|violates|no row/);
    expect(await Promise.all(tables.map((t) => ownerCount(t, ids.caMau)))).toEqual(before);
  });

  it("the ministry's catalogs are written by the ministry administrator only", async () => {
    const analyst = await signInAs((await createUser({ role: "MINISTRY_ANALYST" })).username);
    for (const signed of [caMauAdmin, giaRaiOfficer, analyst]) {
      expect(await attempt(enter(signed.token), `update "Indicator" set "nameVi" = 'Đổi'`)).toBe(
        "no row",
      );
      expect(
        await attempt(
          enter(signed.token),
          `update "Model" set "name" = 'Đổi' where "provinceId" is null`,
        ),
      ).toBe("no row");
    }
  });
});

describe("period exceptions are the province administrator's", () => {
  it("a province officer can neither extend, reopen, change nor revoke a period; the administrator can", async () => {
    const db = ownerDb();
    const period = await db.reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2026, quarter: 4 } },
    });
    const existing = await db.periodReopening.create({
      data: {
        provinceId: ids.caMau,
        periodId: period.id,
        kind: "EXTENSION",
        until: new Date("2027-01-25T16:59:59Z"),
        reason: "Gia hạn của quản trị tỉnh (kiểm thử).",
        createdById: caMauAdminId,
      },
    });
    const insert = `insert into "PeriodReopening" ("id", "provinceId", "periodId", "kind", "until", "reason")
      values (gen_random_uuid(), $1, $2, 'REOPENING', '2027-02-28T16:59:59Z', 'Mở lại (kiểm thử)')`;
    const before = await db.periodReopening.count();
    for (const signed of [caMauOfficer, giaRaiOfficer]) {
      expect(await attempt(enter(signed.token), insert, [ids.caMau, period.id])).toMatch(
        /row-level security/,
      );
      expect(
        await attempt(
          enter(signed.token),
          `update "PeriodReopening" set "until" = '2027-03-31T16:59:59Z' where "id" = $1`,
          [existing.id],
        ),
      ).toBe("no row");
      expect(
        await attempt(enter(signed.token), `delete from "PeriodReopening" where "id" = $1`, [
          existing.id,
        ]),
      ).toBe("no row");
    }
    // The province's administrator: allowed (rolled back by attempt).
    expect(await attempt(enter(caMauAdmin.token), insert, [ids.caMau, period.id])).toBeNull();
    expect(
      await attempt(enter(caMauAdmin.token), `delete from "PeriodReopening" where "id" = $1`, [
        existing.id,
      ]),
    ).toBeNull();
    expect(await db.periodReopening.count()).toBe(before);
    expect(await db.periodReopening.findFirstOrThrow({ where: { id: existing.id } })).toEqual(
      existing,
    );
    await db.periodReopening.deleteMany({ where: { id: existing.id } });
  });
});

describe("every policy checks that the scope was entered", () => {
  it("no policy of the application role lacks app_scope_verified()", async () => {
    const { rows } = await ownerQuery<{ tablename: string; policyname: string }>(
      `select tablename, policyname from pg_policies
        where schemaname = 'public' and 'portal_app' = any (roles)
          and ((qual is not null and qual not like '%app_scope_verified()%')
               or (with_check is not null and with_check not like '%app_scope_verified()%'))`,
    );
    expect(rows).toEqual([]);
  });

  it("no policy reads the scope outside a sub-select (once per statement, never per row)", async () => {
    const { rows } = await ownerQuery<{ tablename: string; policyname: string }>(
      `select tablename, policyname from pg_policies
        where schemaname = 'public' and 'portal_app' = any (roles)
          and (coalesce(qual, '') || ' ' || coalesce(with_check, '')) ~
              '(app_can_(read|write)|(?<!SELECT )app_(scope_level|province_id|commune_id|user_id|role)\\(\\))'`,
    );
    expect(rows).toEqual([]);
  });
});

async function ownerQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
  try {
    return await owner.query<T>(sql, params);
  } finally {
    await owner.end();
  }
}

async function ownerCount(table: string, provinceId: number): Promise<number> {
  const { rows } = await ownerQuery<{ n: string }>(
    `select count(*) as n from "${table}" where "provinceId" = $1`,
    [provinceId],
  );
  return Number(rows[0]?.n);
}
