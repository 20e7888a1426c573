// The reporting calendar is extended ahead: the quarters up to the one after the current exist, with
// the deadline and closing days of the latest period (the ministry's choice) or the defaults.
import { describe, expect, it } from "vitest";
import { periodDates, periodRange } from "@/lib/periods/period-dates";
import { periodsAhead } from "@/lib/periods/periods-ahead";

const key = (p: { year: number; quarter: number }) => `${p.year}-${p.quarter}`;

describe("periodsAhead", () => {
  it("adds the quarters up to the one after the current, after the latest one", () => {
    const existing = periodRange(2023, 2026);
    const added = periodsAhead(existing, new Date("2026-12-01T05:00:00Z"));
    expect(added.map(key)).toEqual(["2027-1"]);
    expect(added[0]).toEqual(periodDates(2027, 1));
  });

  it("adds nothing when the next quarter is already there", () => {
    const existing = periodRange(2023, 2026);
    expect(periodsAhead(existing, new Date("2026-06-01T00:00:00Z"))).toEqual([]);
    expect(periodsAhead(existing, new Date("2026-09-30T00:00:00Z"))).toEqual([]);
  });

  it("counts the year in Vietnam: 31 December 18:00 UTC is already the new year there", () => {
    const existing = [...periodRange(2023, 2027), periodDates(2028, 1)];
    expect(periodsAhead(existing, new Date("2027-12-31T16:00:00Z"))).toEqual([]);
    const added = periodsAhead(existing, new Date("2027-12-31T18:00:00Z"));
    expect(added.map(key)).toEqual(["2028-2"]);
  });

  it("carries the ministry's deadline and closing days of the latest period over", () => {
    const existing = [
      ...periodRange(2023, 2025),
      periodDates(2026, 1, { deadlineDays: 20, graceDays: 10 }),
    ];
    const added = periodsAhead(existing, new Date("2026-08-01T00:00:00Z"));
    expect(added.map(key)).toEqual(["2026-2", "2026-3", "2026-4"]);
    for (const p of added)
      expect(p).toEqual(periodDates(p.year, p.quarter, { deadlineDays: 20, graceDays: 10 }));
  });

  it("starts from the current year's first quarter when there is no period at all", () => {
    const added = periodsAhead([], new Date("2026-12-01T00:00:00Z"));
    expect(added[0]).toEqual(periodDates(2026, 1));
    expect(added.map(key)).toEqual(["2026-1", "2026-2", "2026-3", "2026-4", "2027-1"]);
  });
});
