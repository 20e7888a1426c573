// The dashboards' periods and the filter read from the address (lib/dashboards/periods.ts,
// filter.ts): parsing, ranges, the previous period and the same period a year before, the labels
// ("Quý III/2024"), and an address that says nonsense.
import { describe, expect, it } from "vitest";
import { dashboardParams, parseDashboardFilter, queryString } from "@/lib/dashboards/filter";
import {
  aggregate,
  changeRatio,
  inRange,
  kindOf,
  parseQuarterParam,
  perPoint,
  perTenThousand,
  previousRange,
  quarterAt,
  quarterIndex,
  quarterParam,
  quartersOf,
  rangeLength,
  yearBeforeRange,
  yearRange,
} from "@/lib/dashboards/periods";
import { rangeLabel, type Translate } from "@/lib/dashboards/tables";
import { formatQuarter } from "@/lib/i18n/format";

const q = (year: number, quarter: number) => ({ year, quarter });
const quarters = [2023, 2024, 2025].flatMap((year) => [1, 2, 3, 4].map((n) => q(year, n)));
const fallback = yearRange(2024);
const t: Translate = (key, values) =>
  key === "periodYear"
    ? `Năm ${values?.year}`
    : key === "periodRange"
      ? `${values?.from} – ${values?.to}`
      : key;

describe("quarters of the dashboards", () => {
  it("parse the address form 2024-3 and nothing else", () => {
    expect(parseQuarterParam("2024-3")).toEqual(q(2024, 3));
    expect(quarterParam(q(2024, 3))).toBe("2024-3");
    for (const bad of ["2024-5", "2024-0", "2024", "24-3", "2024-3x", " 2024-3", "2024-03", ""])
      expect(parseQuarterParam(bad), bad).toBeNull();
  });

  it("count on one line, so the quarter after IV/2023 is I/2024", () => {
    expect(quarterIndex(q(2024, 1)) - quarterIndex(q(2023, 4))).toBe(1);
    expect(quarterAt(quarterIndex(q(2024, 3)))).toEqual(q(2024, 3));
    expect(quarterAt(quarterIndex(q(2024, 1)) - 1)).toEqual(q(2023, 4));
  });

  it("list the quarters of a range across a year end", () => {
    const range = { from: q(2023, 3), to: q(2024, 2) };
    expect(rangeLength(range)).toBe(4);
    expect(quartersOf(range)).toEqual([q(2023, 3), q(2023, 4), q(2024, 1), q(2024, 2)]);
    expect(inRange(q(2024, 1), range)).toBe(true);
    expect(inRange(q(2024, 3), range)).toBe(false);
    expect(inRange(q(2023, 2), range)).toBe(false);
  });

  it("tell a quarter, a whole year and any other range apart", () => {
    expect(kindOf({ from: q(2024, 3), to: q(2024, 3) })).toBe("quarter");
    expect(kindOf(yearRange(2024))).toBe("year");
    expect(kindOf({ from: q(2024, 1), to: q(2024, 3) })).toBe("range");
    expect(kindOf({ from: q(2023, 2), to: q(2024, 1) })).toBe("range");
  });

  it("compare with the period just before, of the same length", () => {
    expect(previousRange({ from: q(2024, 3), to: q(2024, 3) })).toEqual({
      from: q(2024, 2),
      to: q(2024, 2),
    });
    expect(previousRange({ from: q(2024, 1), to: q(2024, 1) })).toEqual({
      from: q(2023, 4),
      to: q(2023, 4),
    });
    expect(previousRange(yearRange(2024))).toEqual(yearRange(2023));
    expect(previousRange({ from: q(2024, 2), to: q(2024, 4) })).toEqual({
      from: q(2023, 3),
      to: q(2024, 1),
    });
  });

  it("compare with the same quarters a year before", () => {
    expect(yearBeforeRange({ from: q(2024, 3), to: q(2024, 3) })).toEqual({
      from: q(2023, 3),
      to: q(2023, 3),
    });
    expect(yearBeforeRange({ from: q(2023, 4), to: q(2024, 2) })).toEqual({
      from: q(2022, 4),
      to: q(2023, 2),
    });
    expect(yearBeforeRange(yearRange(2024))).toEqual(yearRange(2023));
  });

  it("are labelled the Vietnamese way, Quý III/2024", () => {
    expect(formatQuarter(2024, 3, "vi")).toBe("Quý III/2024");
    expect(formatQuarter(2024, 4, "vi")).toBe("Quý IV/2024");
    expect(formatQuarter(2024, 3, "en")).toBe("Q3 2024");
    expect(rangeLabel({ from: q(2024, 3), to: q(2024, 3) }, "vi", t)).toBe("Quý III/2024");
    expect(rangeLabel(yearRange(2024), "vi", t)).toBe("Năm 2024");
    expect(rangeLabel({ from: q(2023, 4), to: q(2024, 2) }, "vi", t)).toBe(
      "Quý IV/2023 – Quý II/2024",
    );
  });
});

describe("figures over a period", () => {
  const totals = new Map([
    [quarterIndex(q(2024, 1)), 10],
    [quarterIndex(q(2024, 2)), 20],
    [quarterIndex(q(2024, 4)), 5],
  ]);

  it("add the quarters of a flow and take the last quarter of a stock", () => {
    expect(aggregate("FLOW", yearRange(2024), totals)).toBe(35);
    expect(aggregate("STOCK", yearRange(2024), totals)).toBe(5);
    // A stock's last quarter without a report has no figure, not the one before it.
    expect(aggregate("STOCK", { from: q(2024, 1), to: q(2024, 3) }, totals)).toBeNull();
    expect(aggregate("FLOW", yearRange(2023), totals)).toBeNull();
  });

  it("give changes, per point and per 10,000 people, or nothing to compare with", () => {
    expect(changeRatio(125, 100)).toBe(0.25);
    expect(changeRatio(50, 100)).toBe(-0.5);
    expect(changeRatio(10, 0)).toBeNull();
    expect(changeRatio(10, null)).toBeNull();
    expect(changeRatio(null, 10)).toBeNull();
    expect(perPoint(1994, 263)).toBeCloseTo(7.5817, 4);
    expect(perPoint(10, 0)).toBeNull();
    expect(perTenThousand(1994, 2_606_672)).toBeCloseTo(7.6496, 4);
    expect(perTenThousand(10, null)).toBeNull();
  });
});

describe("the dashboard filter in the address", () => {
  it("reads indicator, range and place", () => {
    const { filter, invalid } = parseDashboardFilter(
      { ind: "3", from: "2024-3", to: "2024-3", province: "96", commune: "1234", fp: "12" },
      quarters,
      fallback,
    );
    expect(invalid).toEqual([]);
    expect(filter).toEqual({
      indicatorId: 3,
      range: { from: q(2024, 3), to: q(2024, 3) },
      provinceId: 96,
      communeId: 1234,
      formerProvinceId: 12,
    });
  });

  it("takes a whole year, and the default year without a period", () => {
    expect(parseDashboardFilter({ year: "2023" }, quarters, fallback).filter.range).toEqual(
      yearRange(2023),
    );
    expect(parseDashboardFilter({}, quarters, fallback).filter.range).toEqual(fallback);
  });

  it("turns a reversed range around and completes a half-given one", () => {
    expect(
      parseDashboardFilter({ from: "2024-4", to: "2023-2" }, quarters, fallback).filter.range,
    ).toEqual({ from: q(2023, 2), to: q(2024, 4) });
    expect(parseDashboardFilter({ from: "2023-2" }, quarters, fallback).filter.range).toEqual({
      from: q(2023, 2),
      to: q(2023, 2),
    });
    expect(parseDashboardFilter({ to: "2025-1" }, quarters, fallback).filter.range).toEqual({
      from: q(2025, 1),
      to: q(2025, 1),
    });
  });

  it("leaves out what it cannot read and says which", () => {
    const { filter, invalid } = parseDashboardFilter(
      {
        ind: "abc",
        from: "2031-1",
        to: "'; drop table x",
        province: "-4",
        commune: "1e3",
        year: "1900",
      },
      quarters,
      fallback,
    );
    expect(invalid).toEqual(expect.arrayContaining(["ind", "from", "to", "province", "commune"]));
    expect(filter.range).toEqual(fallback);
    expect(filter.indicatorId).toBeUndefined();
    expect(filter.provinceId).toBeUndefined();
    expect(parseDashboardFilter({ year: "2019" }, quarters, fallback).invalid).toEqual(["year"]);
  });

  it("keeps the points' indicator of a commune view (pind) in its links, unless it is the indicator", () => {
    const { filter, invalid } = parseDashboardFilter(
      { ind: "19", from: "2024-1", to: "2024-4", commune: "1234", pind: "6" },
      quarters,
      fallback,
    );
    expect(invalid).toEqual([]);
    expect(filter.pointIndicatorId).toBe(6);
    expect(dashboardParams(filter)).toEqual({
      ind: "19",
      from: "2024-1",
      to: "2024-4",
      commune: "1234",
      pind: "6",
    });
    expect(dashboardParams({ ...filter, indicatorId: 6 })).not.toHaveProperty("pind");
    expect(parseDashboardFilter({ pind: "x'" }, quarters, fallback).invalid).toEqual(["pind"]);
  });

  it("writes itself back into links, with the place changed for a drill-down", () => {
    const { filter } = parseDashboardFilter(
      { ind: "3", from: "2024-3", to: "2024-3", province: "96" },
      quarters,
      fallback,
    );
    expect(dashboardParams(filter)).toEqual({
      ind: "3",
      from: "2024-3",
      to: "2024-3",
      province: "96",
    });
    expect(dashboardParams(filter, { commune: 1234 })).toEqual({
      ind: "3",
      from: "2024-3",
      to: "2024-3",
      province: "96",
      commune: "1234",
    });
    expect(dashboardParams(filter, { province: null })).toEqual({
      ind: "3",
      from: "2024-3",
      to: "2024-3",
    });
    expect(queryString(dashboardParams(filter))).toBe("?ind=3&from=2024-3&to=2024-3&province=96");
    expect(queryString({})).toBe("");
  });
});
