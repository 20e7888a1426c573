// The audit trail as its readers see it: the ministry every province, a province administrator
// their own province whatever the filters say, everyone else refused — run as real users through
// the page guard and the domain function.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAuditQuery } from "@/lib/audit/audit-query";
import { auditFilterOptions } from "@/lib/audit/audit-filter-options";
import { type AuditRow, auditScopeWhere, listAudit } from "@/lib/audit/list-audit";
import { writeAudit } from "@/lib/audit/write-audit";
import { getCurrentUser, type AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/auth/page-guard";
import { anonymously, type Signed, signInAs } from "../support/sign-in-as";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
// Entity names unique to this run: other test files share the worker's database.
const tag = randomBytes(4).toString("hex");
const PROBE = `Probe${tag}`;
const PAGED = `Paged${tag}`;
const TIMED = `Timed${tag}`;

let caMau: number;
let tuyenQuang: number;
let giaRai: number;
let giaRaiName: string;
const users: Record<
  string,
  { id: string; provinceId: number | null; communeId: number | null; role: Role }
> = {};

async function ownerRows<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await owner.query<T>(sql, params)).rows;
}

/** Appends a row as the application does (its own scope, the writer's identity). */
async function audit(username: string, entry: Parameters<typeof writeAudit>[2], entity = PROBE) {
  const user = users[username];
  if (!user) throw new Error(`no user ${username}`);
  await (
    await signInAs(username)
  ).inScope((tx) =>
    writeAudit(
      tx,
      {
        userId: user.id,
        username,
        role: user.role,
        provinceId: user.provinceId,
        communeId: user.communeId,
        ip: "198.51.100.7",
      },
      { entity, ...entry },
    ),
  );
}

/** The page's own check, then the context it hands the domain function. */
function viewerOf(signed: Signed): Promise<AuthContext> {
  return signed.run(() => requirePermission("vi", "/vi/audit", "audit.view"));
}

const provincesOf = (rows: AuditRow[]) => [...new Set(rows.map((row) => row.province))].sort();

beforeAll(async () => {
  await owner.connect();
  const units = await ownerRows<{ kind: string; code: string; id: number; name: string }>(
    `select 'p' as kind, code, id, "shortName" as name from "Province" where code in ('96', '08')
     union all select 'c', code, id, name from "Commune" where code = '31942'`,
  );
  const unit = (kind: string, code: string) =>
    units.find((u) => u.kind === kind && u.code === code);
  caMau = unit("p", "96")?.id ?? -1;
  tuyenQuang = unit("p", "08")?.id ?? -1;
  giaRai = unit("c", "31942")?.id ?? -1;
  giaRaiName = unit("c", "31942")?.name ?? "";
  for (const row of await ownerRows<{
    username: string;
    id: string;
    provinceId: number | null;
    communeId: number | null;
    role: Role;
  }>(`select username, id, "provinceId", "communeId", role from "User"`)) {
    users[row.username] = row;
  }

  await audit("camau.quantri", {
    action: "UPDATE",
    entityId: "cm-1",
    before: {
      fullName: "Nguyễn Văn A",
      role: "PROVINCE_OFFICER",
      active: true,
      citizenId: "079201001234",
    },
    after: {
      fullName: "Nguyễn Văn A",
      role: "PROVINCE_ADMIN",
      active: true,
      citizenId: "079201005678",
    },
  });
  await audit("giarai.canbo", {
    action: "CREATE",
    entityId: "gr-1",
    after: { name: "Tổ tự quản ấp 1", leaderId: null },
  });
  await audit("tuyenquang.quantri", {
    action: "DELETE",
    entityId: "tq-1",
    before: { name: "Tổ liên gia số 3" },
  });
  await audit("bo.quantri", {
    action: "UPDATE",
    entityId: "nation-1",
    before: { code: "X" },
    after: { code: "Y" },
  });

  for (let i = 0; i < 57; i += 1) {
    await audit("camau.quantri", { action: "UPDATE", entityId: `page-${i}` }, PAGED);
  }

  // Around midnight in Vietnam (UTC+7): 16:59:59Z is still 1 January there, 17:00:00Z is 2 January.
  await owner.query(
    `insert into "AuditLog" (at, action, username, "provinceId", entity, "entityId")
     values ('2026-01-01T16:59:59Z', 'UPDATE', 'camau.quantri', $1, $2, 'late-jan-1'),
            ('2026-01-01T17:00:00Z', 'UPDATE', 'camau.quantri', $1, $2, 'early-jan-2'),
            ('2026-01-02T16:59:59Z', 'UPDATE', 'camau.quantri', $1, $2, 'late-jan-2'),
            ('2026-01-02T17:00:00Z', 'UPDATE', 'camau.quantri', $1, $2, 'early-jan-3')`,
    [caMau, TIMED],
  );
});

afterAll(async () => {
  await owner.end();
});

describe("the ministry", () => {
  it("sees the rows of every province, with province and commune names", async () => {
    const ministry = await viewerOf(await signInAs("bo.quantri"));
    const { rows } = await listAudit(ministry, { entity: PROBE });

    expect(provincesOf(rows)).toEqual(["Cà Mau", "Tuyên Quang", null].sort());
    expect(rows.map((row) => row.entityId)).toEqual(["nation-1", "tq-1", "gr-1", "cm-1"]);
    const commune = rows.find((row) => row.entityId === "gr-1");
    expect(commune).toMatchObject({
      province: "Cà Mau",
      commune: giaRaiName,
      username: "giarai.canbo",
      action: "CREATE",
    });
    expect(giaRai).toBeGreaterThan(0);
  });

  it("narrows to one province with the province filter", async () => {
    const ministry = await viewerOf(await signInAs("bo.quantri"));
    const { rows } = await listAudit(ministry, { entity: PROBE, provinceId: tuyenQuang });
    expect(rows.map((row) => row.entityId)).toEqual(["tq-1"]);
  });

  it("reads changed fields only, with citizen IDs masked (the ministry may not see them)", async () => {
    const ministry = await viewerOf(await signInAs("bo.quantri"));
    const { rows } = await listAudit(ministry, {
      entity: PROBE,
      action: "UPDATE",
      username: "camau",
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.changes).toEqual([
      { field: "role", kind: "changed", before: "PROVINCE_OFFICER", after: "PROVINCE_ADMIN" },
      { field: "citizenId", kind: "changed", before: "********1234", after: "********5678" },
    ]);
  });

  it("is offered every province as a filter, and the kinds of entity in the trail", async () => {
    const options = await auditFilterOptions(await viewerOf(await signInAs("bo.quantri")));
    expect(options.provinces).toHaveLength(34);
    expect(options.provinces.map((p) => p.name)).toContain("Cà Mau");
    expect(options.entities).toEqual(expect.arrayContaining([PROBE, PAGED, TIMED]));
    expect(options.scopeName).toBeNull();
  });
});

describe("a province administrator", () => {
  it("sees only their province's rows, even when filtering by another province's id", async () => {
    const signed = await signInAs("camau.quantri");
    const viewer = await viewerOf(signed);
    // As the page does: the query string names Tuyên Quang; the scope from the session wins.
    const query = parseAuditQuery({ entity: PROBE, province: String(tuyenQuang) }, viewer.scope);
    expect(query.filters.provinceId).toBeUndefined();
    const viaPage = await listAudit(viewer, query.filters, query.cursor);
    const direct = await listAudit(viewer, { entity: PROBE, provinceId: tuyenQuang });
    // The where itself carries the scope (row-level security is the second wall, not the first).
    expect(auditScopeWhere(viewer, tuyenQuang)).toEqual({ provinceId: caMau });

    for (const { rows } of [viaPage, direct]) {
      expect(rows.map((row) => row.entityId).sort()).toEqual(["cm-1", "gr-1"]);
      expect(provincesOf(rows)).toEqual(["Cà Mau"]);
    }
  });

  it("sees citizen IDs (they may), and is offered no province filter", async () => {
    const viewer = await viewerOf(await signInAs("camau.quantri"));
    const { rows } = await listAudit(viewer, { entity: PROBE, action: "UPDATE" });
    expect(rows[0]?.changes).toContainEqual({
      field: "citizenId",
      kind: "changed",
      before: "079201001234",
      after: "079201005678",
    });
    const options = await auditFilterOptions(viewer);
    expect(options.provinces).toEqual([]);
    expect(options.scopeName).toBe("Cà Mau");
  });

  it("of another province sees none of Cà Mau's rows", async () => {
    const viewer = await viewerOf(await signInAs("tuyenquang.quantri"));
    const { rows } = await listAudit(viewer, { entity: PROBE, provinceId: caMau });
    expect(rows.map((row) => row.entityId)).toEqual(["tq-1"]);
    const options = await auditFilterOptions(viewer);
    expect(options.entities).not.toContain(PAGED);
  });
});

describe("pages", () => {
  it("are 50 rows, newest first, with keyset cursors both ways", async () => {
    const viewer = await viewerOf(await signInAs("camau.quantri"));
    const first = await listAudit(viewer, { entity: PAGED });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.entityId).toBe("page-56");
    expect(first.rows[49]?.entityId).toBe("page-7");
    expect(first.newer).toBeNull();
    expect(first.older).toBe(first.rows[49]?.id);

    const second = await listAudit(
      viewer,
      { entity: PAGED },
      { before: BigInt(first.older ?? "0") },
    );
    expect(second.rows.map((row) => row.entityId)).toEqual([
      "page-6",
      "page-5",
      "page-4",
      "page-3",
      "page-2",
      "page-1",
      "page-0",
    ]);
    expect(second.older).toBeNull();
    expect(second.newer).toBe(second.rows[0]?.id);

    const back = await listAudit(viewer, { entity: PAGED }, { after: BigInt(second.newer ?? "0") });
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(back.newer).toBeNull();
    expect(back.older).toBe(first.older);
  });
});

describe("filters", () => {
  it("read dates as days in Vietnam's time, both ends included", async () => {
    const viewer = await viewerOf(await signInAs("camau.quantri"));
    const day = await listAudit(viewer, { entity: TIMED, from: "2026-01-02", to: "2026-01-02" });
    expect(day.rows.map((row) => row.entityId)).toEqual(["late-jan-2", "early-jan-2"]);
    const from = await listAudit(viewer, { entity: TIMED, from: "2026-01-02" });
    expect(from.rows.map((row) => row.entityId)).toEqual([
      "early-jan-3",
      "late-jan-2",
      "early-jan-2",
    ]);
  });

  it("drop what cannot be read, and say which", () => {
    const query = parseAuditQuery(
      {
        action: "HACK",
        user: " CaMau ",
        entity: "x'; drop",
        from: "2026-02-30",
        to: "2026-01-05",
        province: "abc",
        before: "12",
      },
      { level: "NATION" },
    );
    expect(query.filters).toEqual({ username: "camau", to: "2026-01-05" });
    expect(query.invalid.sort()).toEqual(["action", "entity", "from", "provinceId"]);
    expect(query.cursor).toEqual({ before: 12n });
    const reversed = parseAuditQuery({ from: "2026-03-01", to: "2026-01-01" }, { level: "NATION" });
    expect(reversed.filters).toEqual({});
    expect(reversed.invalid).toEqual(["range"]);
  });
});

describe("everyone else is refused", () => {
  async function deniedCount(username: string): Promise<number> {
    const [row] = await ownerRows<{ n: string }>(
      `select count(*) as n from "AuditLog" where username = $1 and action = 'ACCESS_DENIED'`,
      [username],
    );
    return Number(row?.n);
  }

  for (const username of ["camau.canbo", "giarai.canbo", "bo.phantich"]) {
    it(`${username}: the page is "not found" (and the refusal audited), the domain function refuses`, async () => {
      const signed = await signInAs(username);
      const before = await deniedCount(username);
      await expect(viewerOf(signed)).rejects.toMatchObject({
        digest: "NEXT_HTTP_ERROR_FALLBACK;404",
      });
      expect(await deniedCount(username)).toBe(before + 1);

      const context = await signed.run(() => getCurrentUser());
      expect(context?.user.username).toBe(username);
      if (!context) return;
      await expect(listAudit(context, { entity: PROBE })).rejects.toBeInstanceOf(FormError);
      await expect(auditFilterOptions(context)).rejects.toBeInstanceOf(FormError);
    });
  }

  it("a signed-out visitor is sent to sign in", async () => {
    await expect(
      anonymously(() => requirePermission("vi", "/vi/audit", "audit.view")),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/vi/sign-in?next=%2Fvi%2Faudit") as unknown,
    });
  });

  it("row-level security holds without the where: a province scope reads no other province's row", async () => {
    const rows = await (
      await signInAs("camau.quantri")
    ).inScope((tx) =>
      tx.auditLog.findMany({ where: { entity: PROBE }, select: { provinceId: true } }),
    );
    expect(new Set(rows.map((row) => row.provinceId))).toEqual(new Set([caMau]));
    const none = await (
      await signInAs("giarai.canbo")
    ).inScope((tx) => tx.auditLog.count({ where: { entity: PROBE } }));
    expect(none).toBe(0);
  });
});
