import { describe, expect, it } from "vitest";
import { auditDetail, readAuditDetail } from "@/lib/audit/audit-detail";

describe("audit notes", () => {
  it("stores a code with its values and reads them back", () => {
    const text = auditDetail("account.password-changed", { sessionsEnded: 2 });
    expect(text).toBe("account.password-changed sessionsEnded=2");
    expect(readAuditDetail(text, "UPDATE")).toEqual({
      code: "account.password-changed",
      values: { sessionsEnded: "2" },
    });
    const page = auditDetail("access.page", { path: "/vi/users a", permission: "users.view" });
    expect(readAuditDetail(page, "ACCESS_DENIED")?.values).toEqual({
      path: "/vi/users a",
      permission: "users.view",
    });
  });

  it("reads the English notes of rows written before the codes", () => {
    const cases: [string, string, unknown][] = [
      ["reactivated", "UPDATE", { code: "user.reactivated", values: {} }],
      ["deactivated", "UPDATE", { code: "user.deactivated", values: {} }],
      ["deactivated", "SIGN_IN_FAILED", { code: "sign-in.deactivated", values: {} }],
      ["password reset", "UPDATE", { code: "user.password-reset", values: {} }],
      ["wrong password", "SIGN_IN_FAILED", { code: "sign-in.wrong-password", values: {} }],
      [
        "own password changed; 3 other session(s) ended",
        "UPDATE",
        { code: "account.password-changed", values: { sessionsEnded: "3" } },
      ],
      [
        "permission users.manage",
        "ACCESS_DENIED",
        { code: "access.action", values: { permission: "users.manage" } },
      ],
      [
        "page /vi/audit needs audit.view",
        "ACCESS_DENIED",
        { code: "access.page", values: { path: "/vi/audit", permission: "audit.view" } },
      ],
      [
        "User 0b7c1e2a-0000-4000-8000-000000000000 not in scope",
        "ACCESS_DENIED",
        {
          code: "access.out-of-scope",
          values: { entity: "User", id: "0b7c1e2a-0000-4000-8000-000000000000" },
        },
      ],
    ];
    for (const [text, action, expected] of cases) {
      expect(readAuditDetail(text, action), text).toEqual(expected);
    }
  });

  it("reads the registry's notes as codes, without the ids they name", () => {
    const id = "3bdf1c94-9e6b-448c-834c-93ddf922d081";
    expect(readAuditDetail("roster import", "IMPORT")).toEqual({
      code: "import.committed",
      values: {},
    });
    expect(readAuditDetail("roster import undone", "UNDO")?.code).toBe("import.undone");
    expect(readAuditDetail(`moved from membership ${id}`, "CREATE")).toEqual({
      code: "membership.moved",
      values: {},
    });
    expect(readAuditDetail(`confirmed not a duplicate of ${id}, ${id}`, "CREATE")).toEqual({
      code: "person.not-duplicate",
      values: {},
    });
    expect(readAuditDetail("team dissolved; memberships ended 12", "UPDATE")).toEqual({
      code: "team.dissolved",
      values: { ended: "12" },
    });
    expect(readAuditDetail("status ACTIVE -> DISSOLVED", "UPDATE")).toEqual({
      code: "point.status-changed",
      values: { from: "ACTIVE", to: "DISSOLVED" },
    });
    expect(readAuditDetail("retired", "UPDATE")?.code).toBe("model.retired");
  });

  it("leaves a note it does not know to be shown as written", () => {
    expect(readAuditDetail("imported 12 rows", "CREATE")).toBeNull();
    expect(readAuditDetail(null, "UPDATE")).toBeNull();
  });
});
