// Keyset cursors survive the address bar and refuse what they cannot read.
import { describe, expect, it } from "vitest";
import { afterCursor, decodeCursor, encodeCursor, pageOf } from "@/lib/lists/keyset";

describe("keyset cursors", () => {
  it("round-trip text, numbers and null sort values", () => {
    for (const value of ["câu lạc bộ", 42, null]) {
      const text = encodeCursor({ value, id: "01a2-x" });
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual({ value, id: "01a2-x" });
    }
  });

  it("a cursor that cannot be read is the first page, never an error", () => {
    for (const bad of ["", "%00", "not-base64!!", "eyJ2Ijp7fX0", "x".repeat(2000), null, undefined])
      expect(decodeCursor(bad)).toBeNull();
  });

  it("cuts a page and says whether there is a next one", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, name: `n${n}` }));
    const page = pageOf(rows, 2, (r) => r.name);
    expect(page.rows).toEqual(rows.slice(0, 2));
    expect(decodeCursor(page.next)).toEqual({ value: "n2", id: "id2" });
    expect(pageOf(rows, 3, (r) => r.name).next).toBeNull();
  });

  it("continues after the cursor in the list's order, nulls last", () => {
    expect(afterCursor("name", null)).toEqual({});
    expect(afterCursor("name", { value: "b", id: "7" })).toEqual({
      OR: [{ name: { gt: "b" } }, { name: "b", id: { gt: "7" } }, { name: null }],
    });
    expect(afterCursor("count", { value: 5, id: "7" }, "desc")).toEqual({
      OR: [{ count: { lt: 5 } }, { count: 5, id: { lt: "7" } }],
    });
    expect(afterCursor("name", { value: null, id: "7" })).toEqual({ name: null, id: { gt: "7" } });
  });
});
