// The second wall against a scope changed in the middle of a statement: a set_config in a WHERE,
// a SELECT list or a RETURNING, after the policies' checks have run for the first rows. The policies
// read the scope once per statement (init-plans) and every reader verifies the MAC, so the changed
// settings are no scope at all. Also: the audit trail cannot be written in anyone else's name.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });

let caMau: { provinceId: number; communeId: number };
let haGiang2: { provinceId: number; communeId: number };
let giaRaiOfficer: Signed;
let caMauAdmin: Signed;

beforeAll(async () => {
  await app.connect();
  const own = await unitIds("96", "31942");
  const other = await unitIds("08", "00691");
  caMau = { provinceId: own.provinceId, communeId: own.communeId ?? -1 };
  haGiang2 = { provinceId: other.provinceId, communeId: other.communeId ?? -1 };
  giaRaiOfficer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  caMauAdmin = await signedInAs("PROVINCE_ADMIN", { provinceCode: "96" });
});

afterAll(async () => {
  await app.end();
});

/** Runs the statements in one transaction entered as `token`; committed when `commit`. */
async function asSession(token: string, statements: string[], params: unknown[][], commit = true) {
  await app.query("begin");
  try {
    await app.query("select * from app_enter_session($1)", [token]);
    const results = [];
    for (const [i, sql] of statements.entries())
      results.push(await app.query(sql, params[i] ?? []));
    await app.query(commit ? "commit" : "rollback");
    return { ok: true as const, results };
  } catch (error) {
    await app.query("rollback");
    return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
  }
}

describe("a scope changed in the middle of a statement", () => {
  it("does not let a commune officer insert into another province (INSERT … SELECT … WHERE set_config)", async () => {
    const name = `Ấp giả ${Date.now()}`;
    await asSession(
      giaRaiOfficer.token,
      [
        `insert into "ResidentialArea" (id, "provinceId", "communeId", name, kind, "updatedAt")
         select gen_random_uuid(), p, c, n, 'AP', now()
           from (values (1, $1::int, $2::int, $3 || ' 1'), (2, $4::int, $5::int, $3 || ' 2')) v(k, p, c, n)
          where k = 1 or (set_config('app.province_id', $4::text, true) is not null
                          and set_config('app.commune_id', $5::text, true) is not null)`,
      ],
      [[caMau.provinceId, caMau.communeId, name, haGiang2.provinceId, haGiang2.communeId]],
    );
    expect(
      await ownerDb().residentialArea.count({
        where: { name: { startsWith: name }, provinceId: haGiang2.provinceId },
      }),
    ).toBe(0);
  });

  it("does not let a commune officer read another province (SELECT … WHERE set_config)", async () => {
    const result = await asSession(
      giaRaiOfficer.token,
      [
        `select "provinceId", count(*)::int as n from "Person"
          where set_config('app.province_id', $1::text, true) is not null
            and set_config('app.scope_level', 'PROVINCE', true) is not null
          group by 1`,
      ],
      [[haGiang2.provinceId]],
      false,
    );
    const rows = result.ok ? (result.results[0]?.rows as { provinceId: number }[]) : [];
    expect(rows.filter((r) => r.provinceId !== caMau.provinceId)).toEqual([]);
  });

  it("does not let a province administrator make themselves ministry administrator (UPDATE … RETURNING set_config)", async () => {
    const officer = await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" });
    const result = await asSession(
      caMauAdmin.token,
      [
        "set local enable_hashjoin = off",
        "set local enable_mergejoin = off",
        `update "User" u set role = case when v.n = 2 then 'MINISTRY_ADMIN'::"Role" else u.role end,
                "provinceId" = case when v.n = 2 then null else u."provinceId" end
           from (values (1, $1::uuid), (2, $2::uuid)) v(n, id) where u.id = v.id
         returning set_config('app.scope_level', 'NATION', true), set_config('app.role', 'MINISTRY_ADMIN', true),
                   set_config('app.user_id', gen_random_uuid()::text, true)`,
      ],
      [[], [], [officer.id, caMauAdmin.userId]],
    );
    expect(result.ok).toBe(false);
    const self = await ownerDb().user.findUniqueOrThrow({ where: { id: caMauAdmin.userId } });
    expect(self).toMatchObject({ role: "PROVINCE_ADMIN", provinceId: caMau.provinceId });
  });
});

describe("the audit trail speaks only for its writer", () => {
  const forge = (level: "auth" | "session", values: unknown[]) =>
    (async () => {
      await app.query("begin");
      try {
        if (level === "auth") await app.query("select app_enter_auth()");
        else await app.query("select * from app_enter_session($1)", [giaRaiOfficer.token]);
        await app.query(
          `insert into "AuditLog" (action, "userId", username, role, "provinceId", detail)
           values ($1, $2, $3, $4, $5, 'forged')`,
          values,
        );
        await app.query("commit");
        return "written";
      } catch (error) {
        await app.query("rollback");
        return error instanceof Error ? error.message : String(error);
      }
    })();

  it("the sign-in level writes failed sign-ins only; a session writes rows of its own user, in reach", async () => {
    const before = await ownerDb().auditLog.count({ where: { detail: "forged" } });
    const someone = "01900000-0000-7000-8000-000000000001";
    expect(
      await forge("auth", [
        "SIGN_IN",
        someone,
        "forged-admin",
        "MINISTRY_ADMIN",
        haGiang2.provinceId,
      ]),
    ).toMatch(/row-level security/);
    expect(
      await forge("session", ["UPDATE", someone, "forged", "MINISTRY_ADMIN", caMau.provinceId]),
    ).toMatch(/row-level security/);
    expect(
      await forge("session", [
        "UPDATE",
        giaRaiOfficer.userId,
        giaRaiOfficer.username,
        "COMMUNE_OFFICER",
        haGiang2.provinceId,
      ]),
    ).toMatch(/row-level security/);
    expect(await ownerDb().auditLog.count({ where: { detail: "forged" } })).toBe(before);
  });
});
