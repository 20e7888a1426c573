import { describe, expect, it } from "vitest";
import { diffAudit, maskCitizenId } from "@/lib/audit/audit-diff";
import { auditSearch, parseAuditQuery } from "@/lib/audit/audit-query";
import { formatAuditTime, startOfVietnamDay } from "@/lib/audit/format-audit-time";

describe("audit diff", () => {
  const keep = { maskCitizenIds: false };

  it("lists only the fields an update changed", () => {
    expect(
      diffAudit(
        { role: "PROVINCE_OFFICER", active: true, note: null },
        { role: "PROVINCE_ADMIN", active: true, note: "x" },
        keep,
      ),
    ).toEqual([
      { field: "role", kind: "changed", before: "PROVINCE_OFFICER", after: "PROVINCE_ADMIN" },
      { field: "note", kind: "changed", before: null, after: "x" },
    ]);
  });

  it("lists a creation's and a deletion's fields that have a value", () => {
    expect(diffAudit(null, { name: "Tổ 1", leaderId: null }, keep)).toEqual([
      { field: "name", kind: "added", after: "Tổ 1" },
    ]);
    expect(diffAudit({ name: "Tổ 1" }, undefined, keep)).toEqual([
      { field: "name", kind: "removed", before: "Tổ 1" },
    ]);
    expect(diffAudit(null, null, keep)).toEqual([]);
  });

  it("compares nested values as a whole and shows a non-object value as one change", () => {
    expect(diffAudit({ areas: [1, 2] }, { areas: [1, 2] }, keep)).toEqual([]);
    expect(diffAudit({ areas: [1, 2] }, { areas: [2, 1] }, keep)).toHaveLength(1);
    expect(diffAudit("a", "b", keep)).toEqual([
      { field: "", kind: "changed", before: "a", after: "b" },
    ]);
  });

  it("masks citizen IDs, also inside nested values, for a viewer who may not see them", () => {
    expect(maskCitizenId("079201001234")).toBe("********1234");
    expect(
      diffAudit(
        { person: { citizenId: "079201001234" } },
        { person: { citizenId: "079201009999" } },
        { maskCitizenIds: true },
      ),
    ).toEqual([
      {
        field: "person",
        kind: "changed",
        before: { citizenId: "********1234" },
        after: { citizenId: "********9999" },
      },
    ]);
  });
});

describe("audit time", () => {
  it("is dd/MM/yyyy HH:mm:ss in Vietnam's time, whatever the server's zone", () => {
    expect(formatAuditTime(new Date("2026-01-01T17:05:09Z"), "vi")).toBe("02/01/2026 00:05:09");
    expect(formatAuditTime(new Date("2026-01-01T17:05:09Z"), "en")).toBe("2 Jan 2026, 00:05:09");
    expect(startOfVietnamDay("2026-01-02").toISOString()).toBe("2026-01-01T17:00:00.000Z");
  });
});

describe("audit query string", () => {
  it("round-trips the filters it accepts", () => {
    const query = parseAuditQuery(
      {
        action: "UPDATE",
        user: "camau",
        entity: "User",
        from: "2026-01-01",
        to: "2026-01-31",
        province: "7",
      },
      { level: "NATION" },
    );
    expect(query.invalid).toEqual([]);
    expect(auditSearch(query.filters, { before: 99n })).toBe(
      "?action=UPDATE&user=camau&entity=User&from=01%2F01%2F2026&to=31%2F01%2F2026&province=7&before=99",
    );
  });

  it("reads days as Vietnamese write them, or in ISO form, and refuses days that do not exist", () => {
    const nation = { level: "NATION" } as const;
    expect(parseAuditQuery({ from: "2/1/2026", to: "31.01.2026" }, nation).filters).toEqual({
      from: "2026-01-02",
      to: "2026-01-31",
    });
    expect(parseAuditQuery({ from: "29/02/2026", to: "2026-02-28" }, nation)).toMatchObject({
      filters: { to: "2026-02-28" },
      invalid: ["from"],
    });
    expect(parseAuditQuery({ from: "02/29/2024" }, nation).invalid).toEqual(["from"]);
  });

  it("ignores the province of a viewer who is not the ministry", () => {
    const query = parseAuditQuery({ province: "7" }, { level: "PROVINCE", provinceId: 3 });
    expect(query.filters).toEqual({});
    expect(query.invalid).toEqual([]);
  });
});
