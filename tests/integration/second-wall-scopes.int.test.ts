// The second wall on its own (1/2: typed scopes, sessions, passwords): SQL sent straight to
// PostgreSQL as the application role, with no application code in between, trying what no request may do. Every attempt must fail and change
// nothing, whatever scope the connection claims for itself.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });

/** Every scope a connection can claim by hand with set_config. */
function typedScopes(ids: { caMau: number; tuyenQuang: number; giaRai: number }) {
  return [
    { level: "AUTH", province: "", commune: "" },
    { level: "NATION", province: "", commune: "" },
    { level: "PROVINCE", province: String(ids.caMau), commune: "" },
    { level: "PROVINCE", province: String(ids.tuyenQuang), commune: "" },
    { level: "COMMUNE", province: String(ids.caMau), commune: String(ids.giaRai) },
  ];
}

async function claim(scope: { level: string; province: string; commune: string }, userId = "") {
  await app.query(
    `select set_config('app.scope_level', $1, true), set_config('app.province_id', $2, true),
            set_config('app.commune_id', $3, true), set_config('app.user_id', $4, true),
            set_config('app.role', $5, true), set_config('app.scope_mac', 'forged', true)`,
    [scope.level, scope.province, scope.commune, userId, "MINISTRY_ADMIN"],
  );
}

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

describe("a scope typed by hand is no scope", () => {
  it("sees no tenant row and no user, whatever level it claims", async () => {
    for (const scope of typedScopes(ids)) {
      await app.query("begin");
      await claim(scope);
      const { rows } = await app.query<{ teams: string; users: string; audit: string }>(
        `select (select count(*) from "Team") as teams, (select count(*) from "User") as users,
                (select count(*) from "AuditLog") as audit`,
      );
      await app.query("rollback");
      expect(rows[0], scope.level).toEqual({ teams: "0", users: "0", audit: "0" });
    }
  });

  it("cannot write a tenant row, a user or the audit trail", async () => {
    const before = await ownerDb().residentialArea.count();
    for (const scope of typedScopes(ids)) {
      const setup = () => claim(scope);
      expect(
        await attempt(
          setup,
          `insert into "ResidentialArea" ("provinceId", "communeId", "name", "kind") values ($1, $2, 'Ấp thử', 'AP')`,
          [ids.caMau, ids.giaRai],
        ),
        scope.level,
      ).toMatch(/row-level security/);
      expect(
        await attempt(setup, `update "User" set "role" = 'MINISTRY_ADMIN' where "id" = $1`, [
          giaRaiOfficer.userId,
        ]),
      ).toBe("no row");
      expect(
        await attempt(setup, `insert into "AuditLog" ("action", "detail") values ('SIGN_IN', 'x')`),
      ).toMatch(/row-level security/);
    }
    expect(await ownerDb().residentialArea.count()).toBe(before);
  });

  it("a real scope changed by hand afterwards, or carried into the next transaction, is refused", async () => {
    // Entered properly, then the commune is swapped for another.
    await app.query("begin");
    await enter(giaRaiOfficer.token)();
    const honest = await app.query<{ n: string }>(`select count(*) as n from "Team"`);
    expect(Number(honest.rows[0]?.n)).toBeGreaterThan(0);
    await app.query(`select set_config('app.commune_id', $1, true)`, [String(ids.nguyenPhich)]);
    const swapped = await app.query<{ n: string }>(`select count(*) as n from "Team"`);
    expect(swapped.rows[0]?.n).toBe("0");
    const settings = await app.query<Record<string, string>>(
      `select current_setting('app.scope_level') as level, current_setting('app.province_id') as province,
              current_setting('app.commune_id') as commune, current_setting('app.user_id') as usr,
              current_setting('app.role') as role, current_setting('app.scope_mac') as mac`,
    );
    await app.query("rollback");

    // The same settings, MAC included, replayed in a new transaction.
    const s = settings.rows[0] ?? {};
    await app.query("begin");
    await app.query(
      `select set_config('app.scope_level', $1, true), set_config('app.province_id', $2, true),
              set_config('app.commune_id', $3, true), set_config('app.user_id', $4, true),
              set_config('app.role', $5, true), set_config('app.scope_mac', $6, true)`,
      [s.level, s.province, String(ids.giaRai), s.usr, s.role, s.mac],
    );
    const replayed = await app.query<{ n: string }>(`select count(*) as n from "Team"`);
    await app.query("rollback");
    expect(replayed.rows[0]?.n).toBe("0");
  });
});

describe("sessions cannot be forged or taken over", () => {
  it("no scope may read, insert, update or delete a session row directly", async () => {
    const sessionsBefore = await ownerDb().session.count();
    const setups: [string, () => Promise<unknown>][] = [
      ...typedScopes(ids).map((s): [string, () => Promise<unknown>] => [
        `typed ${s.level}`,
        () => claim(s, caMauAdminId),
      ]),
      ["sign-in level", () => app.query("select app_enter_auth()")],
      ["province admin", enter(caMauAdmin.token)],
      ["province officer", enter(caMauOfficer.token)],
      ["commune officer", enter(giaRaiOfficer.token)],
    ];
    for (const [name, setup] of setups) {
      expect(await attempt(setup, `select * from "Session"`), name).toMatch(/permission denied/);
      expect(
        await attempt(
          setup,
          `insert into "Session" ("id", "tokenHash", "userId", "expiresAt")
           values (gen_random_uuid(), 'forged', $1, now() + interval '1 day')`,
          [caMauAdminId],
        ),
        name,
      ).toMatch(/permission denied/);
      expect(
        await attempt(setup, `update "Session" set "expiresAt" = now() + interval '1 year'`),
        name,
      ).toMatch(/permission denied/);
      expect(await attempt(setup, `delete from "Session"`), name).toMatch(/permission denied/);
    }
    expect(await ownerDb().session.count()).toBe(sessionsBefore);
  });

  it("signing in needs the password and a reserved attempt: one check per reservation", async () => {
    const before = await ownerDb().session.count({ where: { userId: caMauAdminId } });
    const username = caMauAdmin.username;
    const forged = async (attemptId: string) => {
      const params = await app.query<{ p: string }>(`select auth_password_params($1) as p`, [
        username,
      ]);
      return app.query<{ outcome: string }>(
        `select outcome from auth_sign_in($1, $2, $3, '127.0.0.1', 'attacker', $4)`,
        [
          username,
          `${params.rows[0]?.p ?? ""}$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
          "x".repeat(43),
          attemptId,
        ],
      );
    };
    // No reservation: no password check at all (so no check escapes the throttle).
    expect(await attempt(() => app.query("select app_enter_auth()"), `select 1`)).toBeNull();
    await app.query("begin");
    await expect(forged("0")).rejects.toThrow(/no reserved sign-in attempt/);
    await app.query("rollback");
    // A reservation, a wrong proof: refused, and the reservation is used up.
    await app.query("begin");
    const reserved = await app.query<{ id: string }>(
      `select auth_reserve_attempt($1, '127.0.0.1') as id`,
      [username],
    );
    const id = reserved.rows[0]?.id ?? "0";
    expect(Number(id)).toBeGreaterThan(0);
    expect((await forged(id)).rows[0]?.outcome).toBe("wrong-password");
    await app.query("commit");
    await app.query("begin");
    await expect(forged(id)).rejects.toThrow(/no reserved sign-in attempt/);
    await app.query("rollback");
    expect(await ownerDb().session.count({ where: { userId: caMauAdminId } })).toBe(before);
  });

  it("the password hash is neither readable nor writable by the application role", async () => {
    for (const setup of [enter(caMauAdmin.token), enter(giaRaiOfficer.token)]) {
      expect(await attempt(setup, `select "passwordHash" from "User"`)).toMatch(
        /permission denied/,
      );
      expect(
        await attempt(setup, `update "User" set "passwordHash" = 'x' where "id" = $1`, [
          giaRaiOfficer.userId,
        ]),
      ).toMatch(/permission denied/);
    }
  });

  it("sign-in attempts cannot be written, dated, deleted or changed (that would reset the throttle)", async () => {
    const setup = () => app.query("select app_enter_auth()");
    expect(
      await attempt(
        setup,
        `insert into "SignInAttempt" ("username", "ip", "success", "at")
         values ('camau.quantri', '127.0.0.1', true, now() + interval '100 years')`,
      ),
    ).toMatch(/permission denied/);
    expect(await attempt(setup, `delete from "SignInAttempt"`)).toMatch(/permission denied/);
    expect(await attempt(setup, `update "SignInAttempt" set "success" = true`)).toMatch(
      /permission denied/,
    );
  });
});
