import { describe, expect, it } from "vitest";
import {
  expectedSubjects,
  isPointExpected,
  type PointLifecycle,
  statusTimeline,
} from "@/lib/reports/expected";
import { day, periodDates } from "@/lib/periods/period-dates";

// 2024 Q3: 01/07/2024 – 30/09/2024.
const q3 = periodDates(2024, 3);
const active = (establishedOn: Date, ...changes: PointLifecycle["changes"]): PointLifecycle => ({
  establishedOn,
  changes: [{ toStatus: "ACTIVE", effectiveOn: establishedOn }, ...changes],
});

describe("isPointExpected", () => {
  it("expects a point active the whole quarter, not one established after it", () => {
    expect(isPointExpected(active(day(2020, 1, 1)), q3)).toBe(true);
    expect(isPointExpected(active(day(2024, 10, 1)), q3)).toBe(false);
  });

  it("expects a point established during the quarter, even on its last day", () => {
    expect(isPointExpected(active(day(2024, 8, 15)), q3)).toBe(true);
    expect(isPointExpected(active(day(2024, 9, 30)), q3)).toBe(true);
    expect(isPointExpected(active(day(2024, 7, 1)), q3)).toBe(true);
  });

  it("expects a point dissolved during the quarter; not one dissolved on its first day or before", () => {
    const dissolvedOn = (d: Date) =>
      active(day(2020, 1, 1), { toStatus: "DISSOLVED", effectiveOn: d });
    expect(isPointExpected(dissolvedOn(day(2024, 9, 30)), q3)).toBe(true);
    expect(isPointExpected(dissolvedOn(day(2024, 7, 2)), q3)).toBe(true);
    // A change takes effect on its day: dissolved on 01/07 was last active on 30/06.
    expect(isPointExpected(dissolvedOn(day(2024, 7, 1)), q3)).toBe(false);
    expect(isPointExpected(dissolvedOn(day(2024, 3, 1)), q3)).toBe(false);
  });

  it("does not expect a point suspended for the whole quarter; does if it resumed in it", () => {
    const suspended = active(day(2020, 1, 1), {
      toStatus: "SUSPENDED",
      effectiveOn: day(2024, 5, 10),
    });
    expect(isPointExpected(suspended, q3)).toBe(false);
    // Suspended in Q2 and still suspended: expected in Q2 (active until 09/05), not Q3.
    expect(isPointExpected(suspended, periodDates(2024, 2))).toBe(true);
    const resumed = active(
      day(2020, 1, 1),
      { toStatus: "SUSPENDED", effectiveOn: day(2024, 5, 10) },
      { toStatus: "ACTIVE", effectiveOn: day(2024, 9, 20) },
    );
    expect(isPointExpected(resumed, q3)).toBe(true);
    expect(isPointExpected(resumed, periodDates(2024, 4))).toBe(true);
  });

  it("expects a point suspended in the middle of the quarter and never resumed", () => {
    const suspended = active(day(2020, 1, 1), {
      toStatus: "SUSPENDED",
      effectiveOn: day(2024, 8, 1),
    });
    expect(isPointExpected(suspended, q3)).toBe(true);
    expect(isPointExpected(suspended, periodDates(2024, 4))).toBe(false);
  });

  it("does not expect a point opened and closed on the same day (never active a whole day)", () => {
    const sameDay = active(day(2024, 8, 1), {
      toStatus: "DISSOLVED",
      effectiveOn: day(2024, 8, 1),
    });
    expect(isPointExpected(sameDay, q3)).toBe(false);
  });

  it("takes the last change recorded for one day", () => {
    const point = active(
      day(2020, 1, 1),
      { toStatus: "SUSPENDED", effectiveOn: day(2024, 6, 1) },
      { toStatus: "SUSPENDED", effectiveOn: day(2024, 7, 1) },
      { toStatus: "ACTIVE", effectiveOn: day(2024, 7, 1) },
      { toStatus: "DISSOLVED", effectiveOn: day(2024, 7, 2) },
    );
    expect(statusTimeline(point).map((e) => e.toStatus)).toEqual([
      "ACTIVE",
      "SUSPENDED",
      "ACTIVE",
      "DISSOLVED",
    ]);
    // Active on 01/07 only.
    expect(isPointExpected(point, q3)).toBe(true);
  });

  it("falls back on the point's own fields when it has no history rows", () => {
    const dissolved: PointLifecycle = {
      establishedOn: day(2020, 1, 1),
      changes: [],
      status: "DISSOLVED",
      dissolvedOn: day(2024, 6, 30),
    };
    expect(isPointExpected(dissolved, q3)).toBe(false);
    expect(isPointExpected(dissolved, periodDates(2024, 2))).toBe(true);
    const suspended: PointLifecycle = {
      establishedOn: day(2024, 7, 5),
      changes: [],
      status: "SUSPENDED",
      suspendedOn: day(2024, 7, 10),
    };
    expect(isPointExpected(suspended, q3)).toBe(true);
  });

  it("ignores history dated before the point was established", () => {
    const point = active(day(2024, 8, 1), { toStatus: "DISSOLVED", effectiveOn: day(2024, 1, 1) });
    expect(isPointExpected(point, q3)).toBe(true);
  });
});

describe("expectedSubjects", () => {
  it("lists every commune's report and the expected points' reports", () => {
    const rows = expectedSubjects(
      { id: 9, ...q3 },
      [
        { id: 1, provinceId: 5 },
        { id: 2, provinceId: 5 },
      ],
      [
        { id: "a", provinceId: 5, communeId: 1, ...active(day(2024, 9, 1)) },
        { id: "b", provinceId: 5, communeId: 1, ...active(day(2024, 10, 1)) },
        {
          id: "c",
          provinceId: 5,
          communeId: 2,
          ...active(day(2021, 1, 1), { toStatus: "DISSOLVED", effectiveOn: day(2024, 8, 31) }),
        },
      ],
    );
    expect(rows).toEqual([
      { periodId: 9, provinceId: 5, communeId: 1, kind: "COMMUNE", pointId: null },
      { periodId: 9, provinceId: 5, communeId: 2, kind: "COMMUNE", pointId: null },
      { periodId: 9, provinceId: 5, communeId: 1, kind: "POINT", pointId: "a" },
      { periodId: 9, provinceId: 5, communeId: 2, kind: "POINT", pointId: "c" },
    ]);
  });
});
