// The second wall: PostgreSQL's row-level security, as the application role sees it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { type Signed, signedInAs } from "../support/sign-in-as";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
const app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });

async function ownerCount(table: string, where = "true", params: unknown[] = []): Promise<number> {
  const { rows } = await owner.query<{ n: string }>(
    `select count(*) as n from "${table}" where ${where}`,
    params,
  );
  return Number(rows[0]?.n);
}

let tenantTables: string[] = [];
let caMau: number;
let giaRai: number;
let caMauOfficer: Signed;
let tuyenQuangOfficer: Signed;
let giaRaiOfficer: Signed;
let analyst: Signed;

beforeAll(async () => {
  await owner.connect();
  await app.connect();
  const { rows } = await owner.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'provinceId' order by 1`,
  );
  // Communes are national reference data: every scope reads them.
  const REFERENCE = ["Commune"];
  tenantTables = rows.map((r) => r.table_name).filter((t) => !REFERENCE.includes(t));
  const ids = await owner.query<{ code: string; id: number }>(
    `select code, id from "Province" where code in ('96', '08') union all
     select code, id from "Commune" where code = '31942'`,
  );
  const id = (code: string) => ids.rows.find((r) => r.code === code)?.id ?? -1;
  caMauOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  tuyenQuangOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
  giaRaiOfficer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  analyst = await signedInAs("MINISTRY_ANALYST");
  caMau = id("96");
  giaRai = id("31942");
});

afterAll(async () => {
  await owner.end();
  await app.end();
});

describe("row-level security", () => {
  it("is enabled and forced on every table that carries provinceId", async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(19);
    const { rows } = await owner.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class
        where relnamespace = 'public'::regnamespace and relname = any($1)`,
      [tenantTables],
    );
    expect(rows).toHaveLength(tenantTables.length);
    for (const row of rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
  });

  it("the application role cannot bypass it: no superuser, no BYPASSRLS, owns no table", async () => {
    const { rows } = await app.query<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>(
      `select rolsuper, rolbypassrls,
        (select count(*) from pg_class where relowner = r.oid) as owned
       from pg_roles r where rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: "0" });
  });

  it("with no scope set, the application role sees no tenant row", async () => {
    for (const table of tenantTables) {
      const { rows } = await app.query<{ n: string }>(`select count(*) as n from "${table}"`);
      expect(Number(rows[0]?.n), table).toBe(0);
    }
    // …while the data is there.
    expect(await ownerCount("Person")).toBeGreaterThan(30_000);
    expect(await ownerCount("ReportValue")).toBeGreaterThan(10_000);
  });

  it("a province scope sees its own province only, a commune scope its own commune only", async () => {
    const province = await caMauOfficer.inScope((tx) =>
      tx.person.groupBy({ by: ["provinceId"], _count: true }),
    );
    expect(province).toEqual([
      { provinceId: caMau, _count: await ownerCount("Person", `"provinceId" = $1`, [caMau]) },
    ]);

    const commune = await giaRaiOfficer.inScope((tx) =>
      tx.team.groupBy({ by: ["communeId"], _count: true }),
    );
    expect(commune).toEqual([
      { communeId: giaRai, _count: await ownerCount("Team", `"communeId" = $1`, [giaRai]) },
    ]);

    const values = await giaRaiOfficer.inScope((tx) => tx.reportValue.count());
    expect(values).toBe(
      await ownerCount(
        "ReportValue",
        `"reportId" in (select id from "Report" where "communeId" = $1)`,
        [giaRai],
      ),
    );
  });

  it("the ministry reads every province by policy, and changes no tenant row", async () => {
    const seen = await analyst.inScope((tx) => tx.team.count());
    expect(seen).toBe(await ownerCount("Team"));
    const before = await ownerCount("ResidentialArea");
    await expect(
      analyst.inScope((tx) =>
        tx.residentialArea.create({
          data: { provinceId: caMau, communeId: giaRai, name: "Khóm thử", kind: "KHOM" },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerCount("ResidentialArea")).toBe(before);
  });

  it("a province cannot write a row into another province", async () => {
    const before = await ownerCount("ResidentialArea");
    await expect(
      tuyenQuangOfficer.inScope((tx) =>
        tx.residentialArea.create({
          data: { provinceId: caMau, communeId: giaRai, name: "Khóm thử", kind: "KHOM" },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerCount("ResidentialArea")).toBe(before);
  });

  it("the scope ends with its transaction: the pooled connection is clean afterwards", async () => {
    await analyst.inScope((tx) => tx.person.count());
    const rows = await db.$queryRaw<
      { level: string | null }[]
    >`select current_setting('app.scope_level', true) as level`;
    expect(rows[0]?.level ?? "").toBe("");
    expect(await db.person.count()).toBe(0);
  });

  it("the audit trail is append-only for the application role", async () => {
    await app.query(`begin`);
    await app.query(`select app_enter_auth()`);
    await app.query(
      `insert into "AuditLog" (action, detail) values ('SIGN_IN_FAILED', 'rls test')`,
    );
    await expect(app.query(`update "AuditLog" set detail = 'changed'`)).rejects.toThrow(
      /permission denied/,
    );
    await app.query(`rollback`);
    await app.query(`begin`);
    await expect(app.query(`delete from "AuditLog"`)).rejects.toThrow(/permission denied/);
    await app.query(`rollback`);
  });
});
