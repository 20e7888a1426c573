import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatSavedAt,
  formatNumber,
  formatChange,
  formatPercent,
  formatQuarter,
  formatVnd,
} from "@/lib/i18n/format";

describe("formatNumber", () => {
  it("groups thousands with a dot in Vietnamese", () => {
    expect(formatNumber(1522, "vi")).toBe("1.522");
    expect(formatNumber(131274, "vi")).toBe("131.274");
    expect(formatNumber(1_500_000, "vi")).toBe("1.500.000");
  });

  it("groups thousands with a comma in English", () => {
    expect(formatNumber(1994, "en")).toBe("1,994");
    expect(formatNumber(155853, "en")).toBe("155,853");
  });

  it("leaves small numbers and zero ungrouped", () => {
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(384, "vi")).toBe("384");
  });

  it("formats bigint sums beyond Number.MAX_SAFE_INTEGER exactly", () => {
    expect(formatNumber(12_345_678_901_234_567_890n, "vi")).toBe("12.345.678.901.234.567.890");
  });

  it("uses a decimal comma in Vietnamese when fractions are asked for", () => {
    expect(formatNumber(1234.5, "vi", 2)).toBe("1.234,5");
    expect(formatNumber(1234.5, "en", 2)).toBe("1,234.5");
  });

  it("rounds to whole numbers by default", () => {
    expect(formatNumber(1234.6, "vi")).toBe("1.235");
  });
});

describe("formatPercent", () => {
  it("writes a ratio as a percentage with the language's decimal mark, Vietnamese with a space", () => {
    expect(formatPercent(1048 / 1063, "vi")).toBe("98,59 %");
    expect(formatPercent(1048 / 1063, "en")).toBe("98.59%");
  });

  it("drops trailing zeros and groups thousands", () => {
    expect(formatPercent(0.91, "vi")).toBe("91 %");
    expect(formatPercent(1, "en")).toBe("100%");
    expect(formatPercent(12.345, "vi")).toBe("1.234,5 %");
    expect(formatPercent(-0.125, "vi")).toBe("-12,5 %");
  });
});

describe("formatChange", () => {
  it("signs a change, and leaves a change that rounds to nothing unsigned", () => {
    expect(formatChange(0.125, "vi")).toBe("+12,5 %");
    expect(formatChange(-0.03, "vi")).toBe("-3 %");
    expect(formatChange(0.125, "en")).toBe("+12.5%");
    expect(formatChange(0.000001, "vi")).toBe("0 %");
  });
});

describe("formatVnd", () => {
  it("appends the currency in each language", () => {
    expect(formatVnd(1_500_000n, "vi")).toBe("1.500.000 đ");
    expect(formatVnd(1_500_000, "en")).toBe("1,500,000 VND");
  });
});

describe("formatDate", () => {
  it("writes dd/mm/yyyy in Vietnamese", () => {
    expect(formatDate(new Date(Date.UTC(2016, 3, 20)), "vi")).toBe("20/04/2016");
    expect(formatDate("2014-10-10", "vi")).toBe("10/10/2014");
  });

  it("writes a day-first date with the month's name in English", () => {
    expect(formatDate(new Date(Date.UTC(2016, 3, 20)), "en")).toBe("20 Apr 2016");
  });

  describe("on a server west of Greenwich", () => {
    let savedTz: string | undefined;
    beforeEach(() => {
      savedTz = process.env.TZ;
      process.env.TZ = "America/Los_Angeles";
    });
    afterEach(() => {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    });

    it("never shifts a calendar date by the server's time zone", () => {
      // A @db.Date column arrives as UTC midnight, which is still the 19th in Los Angeles.
      const date = new Date("2016-04-20T00:00:00Z");
      expect(date.getDate()).toBe(19);
      expect(formatDate(date, "vi")).toBe("20/04/2016");
      expect(formatDate(date, "en")).toBe("20 Apr 2016");
    });
  });

  it("refuses something that is not a date", () => {
    expect(() => formatDate("not a date", "vi")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("shows the moment in Vietnam's time zone (UTC+7)", () => {
    const moment = new Date("2025-06-30T17:30:00Z");
    expect(formatDateTime(moment, "vi")).toBe("01/07/2025 00:30");
    expect(formatDateTime(moment, "en")).toBe("1 Jul 2025, 00:30");
  });
});

describe("formatQuarter", () => {
  it("uses Roman numerals in Vietnamese", () => {
    expect(formatQuarter(2024, 1, "vi")).toBe("Quý I/2024");
    expect(formatQuarter(2024, 2, "vi")).toBe("Quý II/2024");
    expect(formatQuarter(2024, 3, "vi")).toBe("Quý III/2024");
    expect(formatQuarter(2024, 4, "vi")).toBe("Quý IV/2024");
  });

  it("uses Qn yyyy in English", () => {
    expect(formatQuarter(2024, 3, "en")).toBe("Q3 2024");
  });

  it("refuses a quarter outside 1 to 4", () => {
    expect(() => formatQuarter(2024, 0, "vi")).toThrow(RangeError);
    expect(() => formatQuarter(2024, 5, "en")).toThrow(RangeError);
    expect(() => formatQuarter(2024, 2.5, "vi")).toThrow(RangeError);
  });
});

describe("formatSavedAt", () => {
  // 14:53 on 28/11/2026 in Vietnam (07:53 UTC).
  const saved = new Date("2026-11-28T07:53:00Z");
  it("shows the time alone on the same day (Vietnam time), in either language", () => {
    const sameDay = new Date("2026-11-28T16:00:00Z"); // 23:00 in Vietnam
    expect(formatSavedAt(saved, "vi", sameDay)).toBe("14:53");
    expect(formatSavedAt(saved, "en", sameDay)).toBe("14:53");
  });
  it("adds the day in each language's own format on another day", () => {
    const nextDay = new Date("2026-11-28T17:30:00Z"); // 00:30 on 29/11 in Vietnam
    expect(formatSavedAt(saved, "vi", nextDay)).toBe("14:53 28/11/2026");
    expect(formatSavedAt(saved, "en", nextDay)).toBe("28 Nov 2026, 14:53");
  });
});
