import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/lib/points/fields";
import { mayChangeStatus, nextStatuses, today } from "@/lib/points/rules";
import { searchKey } from "@/lib/search/search-key";

describe("a point's lifecycle", () => {
  it.each([
    ["ACTIVE", "SUSPENDED"],
    ["ACTIVE", "DISSOLVED"],
    ["SUSPENDED", "ACTIVE"],
    ["SUSPENDED", "DISSOLVED"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(mayChangeStatus(from, to)).toBe(true);
  });

  it.each([
    ["ACTIVE", "ACTIVE"],
    ["SUSPENDED", "SUSPENDED"],
    ["DISSOLVED", "ACTIVE"],
    ["DISSOLVED", "SUSPENDED"],
    ["DISSOLVED", "DISSOLVED"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(mayChangeStatus(from, to)).toBe(false);
  });

  it("ends at dissolved: nothing follows it", () => {
    expect(nextStatuses("DISSOLVED")).toEqual([]);
    expect(nextStatuses("ACTIVE")).toEqual(["SUSPENDED", "DISSOLVED"]);
  });
});

describe("calendar dates as officers type them", () => {
  it("reads a date input and the Vietnamese day/month/year", () => {
    expect(parseCalendarDate("2016-04-20")?.toISOString()).toBe("2016-04-20T00:00:00.000Z");
    expect(parseCalendarDate("20/04/2016")?.toISOString()).toBe("2016-04-20T00:00:00.000Z");
    expect(parseCalendarDate("20/4/2016")?.toISOString()).toBe("2016-04-20T00:00:00.000Z");
    expect(parseCalendarDate(" 10.10.2014 ")?.toISOString()).toBe("2014-10-10T00:00:00.000Z");
  });

  it("refuses days that do not exist and other text", () => {
    expect(parseCalendarDate("31/02/2016")).toBeNull();
    expect(parseCalendarDate("2016-13-01")).toBeNull();
    expect(parseCalendarDate("hôm qua")).toBeNull();
    expect(parseCalendarDate("")).toBeNull();
  });

  it("takes today in Vietnam's time zone (UTC+7)", () => {
    // 20:00 UTC on 31 Dec is already 1 Jan in Vietnam.
    expect(today(new Date("2025-12-31T20:00:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(today(new Date("2025-12-31T10:00:00Z")).toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });
});

describe("search keys", () => {
  it("ignore diacritics and case, đ as d", () => {
    expect(searchKey("Câu lạc bộ Hội Cựu chiến binh")).toContain(searchKey("cuu chien binh"));
    expect(searchKey("Đội")).toBe("doi");
  });
});
