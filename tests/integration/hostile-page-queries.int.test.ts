// The query strings of the list pages, hostile: the page's parser must leave a bad value out (and
// say so), and the list must then be read without an error. `/vi/users?q=%00` and
// `/vi/audit?user=%00` answered 500: PostgreSQL refuses a NUL byte in a text parameter. The HTTP
// side (every page route, as a signed-in user) is tests/e2e/hostile-input.spec.ts.
import { describe, expect, it } from "vitest";
import { parseAuditQuery } from "@/lib/audit/audit-query";
import { listAudit } from "@/lib/audit/list-audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listWorklist } from "@/lib/reports/list-worklist";
import { parseWorklistQuery } from "@/lib/reports/worklist-query";
import { listUsers, parseUsersQuery } from "@/lib/users/list-users";
import { signInAs } from "@/tests/support/sign-in-as";

const HOSTILE: [string, string | string[]][] = [
  ["NUL", "\u0000"],
  ["NUL inside", "ng\u0000uyen"],
  ["lone surrogate", "\uD800"],
  ["replacement characters", "\uFFFD\uFFFD"],
  ["zero-width spaces", "\u200B\u200B"],
  ["right-to-left override", "\u202Eabc"],
  ["10 000 characters", "a".repeat(10_000)],
  ["beyond int4", "99999999999"],
  ["beyond int8", "99999999999999999999999"],
  ["hexadecimal", "0x10"],
  ["exponent", "1e3"],
  ["negative", "-1"],
  ["repeated", ["a", "b"]],
  ["percent", "%"],
  ["like wildcards", "%_\\"],
];

async function viewer(username: string) {
  const signed = await signInAs(username);
  const user = await signed.run(() => getCurrentUser());
  if (!user) throw new Error(`${username} has no session`);
  return user;
}

describe.each(["bo.quantri", "camau.quantri"])("as %s", (username) => {
  it.each(HOSTILE)("the users list reads %s in every parameter", async (_label, value) => {
    const ctx = await viewer(username);
    const query = parseUsersQuery({ q: value, province: value, page: value });
    const list = await listUsers(ctx, query);
    expect(list.total).toBeGreaterThanOrEqual(0);
  });

  it.each(HOSTILE)("the audit trail reads %s in every parameter", async (_label, value) => {
    const ctx = await viewer(username);
    const names = ["action", "user", "entity", "from", "to", "province", "before", "after"];
    const query = parseAuditQuery(Object.fromEntries(names.map((n) => [n, value])), ctx.scope);
    const page = await listAudit(ctx, query.filters, query.cursor);
    expect(page.rows.length).toBeGreaterThanOrEqual(0);
  });

  it.each(HOSTILE)("the report worklist reads %s in every parameter", async (_label, value) => {
    const ctx = await viewer(username);
    const names = ["province", "commune", "year", "quarter", "state", "kind", "after"];
    const query = parseWorklistQuery(Object.fromEntries(names.map((n) => [n, value])));
    expect(query.invalid || query.after !== undefined).toBe(true);
    const list = await listWorklist(ctx, {
      provinceId: query.province,
      communeId: query.commune,
      year: query.year,
      quarter: query.quarter,
      state: query.state,
      kind: query.kind,
      after: query.after,
    });
    expect(list.total).toBeGreaterThanOrEqual(0);
  });
});

describe("bad values are named, good ones still apply", () => {
  it("a NUL in the users search is reported and dropped; a province past int4 too", () => {
    expect(parseUsersQuery({ q: "\u0000" })).toMatchObject({ q: undefined, invalid: true });
    expect(parseUsersQuery({ province: "99999999999", q: "an" })).toMatchObject({
      q: "an",
      provinceId: undefined,
      invalid: true,
    });
    expect(parseUsersQuery({ q: " Ng\u200Buyễn " })).toMatchObject({ q: "Nguyễn", invalid: false });
  });

  it("a NUL in the audit user filter is reported and dropped", async () => {
    const ctx = await viewer("bo.quantri");
    const query = parseAuditQuery({ user: "\u0000", action: "SIGN_IN" }, ctx.scope);
    expect(query.filters).toEqual({ action: "SIGN_IN" });
    expect(query.invalid).toEqual(["username"]);
  });

  it("listUsers itself never sends a NUL or an id past int4 to the database", async () => {
    const ctx = await viewer("bo.quantri");
    const all = await listUsers(ctx, {});
    expect(await listUsers(ctx, { q: "\u0000", provinceId: 99_999_999_999 })).toMatchObject({
      total: all.total,
    });
  });
});
