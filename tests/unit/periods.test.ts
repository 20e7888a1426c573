import { describe, expect, it } from "vitest";
import {
  addDays,
  day,
  periodDates,
  periodKey,
  periodLabel,
  periodRange,
  quarterEnd,
  quarterOf,
  quarterStart,
} from "@/lib/periods/period-dates";

describe("quarters", () => {
  it("start on the first day and end on the last day of their third month", () => {
    expect(quarterStart(2024, 1).toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(quarterEnd(2024, 1).toISOString().slice(0, 10)).toBe("2024-03-31");
    expect(quarterEnd(2024, 2).toISOString().slice(0, 10)).toBe("2024-06-30");
    expect(quarterStart(2024, 3).toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(quarterEnd(2024, 3).toISOString().slice(0, 10)).toBe("2024-09-30");
    expect(quarterEnd(2024, 4).toISOString().slice(0, 10)).toBe("2024-12-31");
  });

  it("refuse a quarter that is not 1 to 4", () => {
    expect(() => quarterStart(2024, 0)).toThrow(RangeError);
    expect(() => quarterEnd(2024, 5)).toThrow(RangeError);
    expect(() => periodDates(2024, 2.5)).toThrow(RangeError);
  });

  it("hold their dates", () => {
    expect(quarterOf(day(2024, 3, 31))).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf(day(2024, 4, 1))).toEqual({ year: 2024, quarter: 2 });
    expect(quarterOf(day(2024, 12, 31))).toEqual({ year: 2024, quarter: 4 });
    expect(
      addDays(day(2024, 2, 28), 1)
        .toISOString()
        .slice(0, 10),
    ).toBe("2024-02-29");
  });
});

describe("a period's deadline and closing", () => {
  it("is due 15 days after the quarter and closes 15 days later at 23:59:59 in Vietnam", () => {
    const q1 = periodDates(2023, 1);
    expect(q1.startsOn.toISOString()).toBe("2023-01-01T00:00:00.000Z");
    expect(q1.endsOn.toISOString()).toBe("2023-03-31T00:00:00.000Z");
    expect(q1.deadline.toISOString()).toBe("2023-04-15T00:00:00.000Z");
    expect(q1.closesAt.toISOString()).toBe("2023-04-30T16:59:59.000Z");
    const q4 = periodDates(2024, 4);
    expect(q4.deadline.toISOString().slice(0, 10)).toBe("2025-01-15");
    expect(q4.closesAt.toISOString()).toBe("2025-01-30T16:59:59.000Z");
  });

  it("takes another deadline and grace period when given", () => {
    const q3 = periodDates(2024, 3, { deadlineDays: 10, graceDays: 5 });
    expect(q3.deadline.toISOString().slice(0, 10)).toBe("2024-10-10");
    expect(q3.closesAt.toISOString()).toBe("2024-10-15T16:59:59.000Z");
  });

  it("ranges over whole years in order", () => {
    const periods = periodRange(2023, 2024);
    expect(periods.map((p) => periodKey(p.year, p.quarter))).toEqual([
      "2023-Q1",
      "2023-Q2",
      "2023-Q3",
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
    ]);
  });

  it("is labelled the way reports on paper write it", () => {
    expect(periodLabel(2024, 3)).toBe("Quý III/2024");
    expect(periodLabel(2023, 4, "vi")).toBe("Quý IV/2023");
    expect(periodLabel(2024, 1, "en")).toBe("Q1 2024");
  });
});
