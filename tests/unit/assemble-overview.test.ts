import { describe, expect, it } from "vitest";
import {
  assembleSuccessors,
  sectionIndicators,
  successorsWithoutData,
  type FormerProvinceRow,
  type IndicatorRow,
} from "@/lib/overview/assemble-overview";
import type { IndicatorTotal } from "@/lib/overview/types";
import { roleLabelKey } from "@/lib/units/commune-kind";

function former(
  row: Partial<FormerProvinceRow> & Pick<FormerProvinceRow, "id">,
): FormerProvinceRow {
  return {
    shortName: `P${row.id}`,
    successorId: 100,
    successorShortName: "Cà Mau",
    models: 0,
    points: 0,
    teams: 0,
    members: 0,
    ...row,
  };
}

function indicator(row: Partial<IndicatorRow> & Pick<IndicatorRow, "id">): IndicatorRow {
  return {
    code: `i${row.id}`,
    nameVi: `Chỉ tiêu ${row.id}`,
    nameEn: `Indicator ${row.id}`,
    groupVi: null,
    groupEn: null,
    unit: "COUNT",
    ...row,
  };
}

const catalog = [
  indicator({ id: 7, code: "patrols", groupVi: "Tuần tra", groupEn: "Patrols" }),
  indicator({ id: 3, code: "tips" }),
  indicator({ id: 5, code: "mediations", groupVi: "Hòa giải", groupEn: "Mediation" }),
];

describe("assembleSuccessors", () => {
  it("puts each former province with data under its successor", () => {
    const result = assembleSuccessors(
      [
        former({
          id: 1,
          shortName: "Bạc Liêu",
          successorId: 96,
          successorShortName: "Cà Mau",
          points: 263,
        }),
        former({
          id: 2,
          shortName: "Hà Giang",
          successorId: 8,
          successorShortName: "Tuyên Quang",
          teams: 3,
        }),
      ],
      [],
      catalog,
    );
    expect(
      result.map((group) => [group.shortName, group.formerProvinces.map((f) => f.shortName)]),
    ).toEqual([
      ["Cà Mau", ["Bạc Liêu"]],
      ["Tuyên Quang", ["Hà Giang"]],
    ]);
    expect(result[0]?.formerProvinces[0]?.points).toBe(263);
  });

  it("leaves out former provinces without points, teams, members or report values", () => {
    const result = assembleSuccessors(
      [former({ id: 1, members: 5 }), former({ id: 2 }), former({ id: 3 })],
      [{ formerProvinceId: 3, indicatorId: 3, total: 12n }],
      catalog,
    );
    expect(result.flatMap((group) => group.formerProvinces.map((f) => f.id))).toEqual([1, 3]);
  });

  it("drops a successor whose former provinces all lack data", () => {
    const result = assembleSuccessors(
      [former({ id: 1, successorId: 5, successorShortName: "Vĩnh Long" })],
      [],
      catalog,
    );
    expect(result).toEqual([]);
  });

  it("attaches totals to the right former province, in the catalog's order", () => {
    const result = assembleSuccessors(
      [former({ id: 1, points: 1 }), former({ id: 2, points: 1 })],
      [
        { formerProvinceId: 1, indicatorId: 5, total: 384n },
        { formerProvinceId: 2, indicatorId: 3, total: 1370n },
        { formerProvinceId: 1, indicatorId: 3, total: 1994n },
        { formerProvinceId: 1, indicatorId: 7, total: 731n },
      ],
      catalog,
    );
    const [first, second] = result[0]?.formerProvinces ?? [];
    expect(first?.indicators.map((i) => [i.code, i.total])).toEqual([
      ["patrols", 731n],
      ["tips", 1994n],
      ["mediations", 384n],
    ]);
    expect(second?.indicators.map((i) => [i.code, i.total])).toEqual([["tips", 1370n]]);
  });

  it("ignores totals of indicators missing from the catalog", () => {
    const result = assembleSuccessors(
      [former({ id: 1, points: 1 })],
      [{ formerProvinceId: 1, indicatorId: 999, total: 1n }],
      catalog,
    );
    expect(result[0]?.formerProvinces[0]?.indicators).toEqual([]);
  });

  it("sorts successors and former provinces by Vietnamese name", () => {
    const result = assembleSuccessors(
      [
        former({
          id: 1,
          shortName: "Sóc Trăng",
          successorId: 2,
          successorShortName: "Cần Thơ",
          points: 1,
        }),
        former({
          id: 2,
          shortName: "Bạc Liêu",
          successorId: 1,
          successorShortName: "Cà Mau",
          points: 1,
        }),
        former({
          id: 3,
          shortName: "Cà Mau",
          successorId: 1,
          successorShortName: "Cà Mau",
          points: 1,
        }),
        former({
          id: 4,
          shortName: "Đắk Nông",
          successorId: 3,
          successorShortName: "Lâm Đồng",
          points: 1,
        }),
      ],
      [],
      catalog,
    );
    // "Cà" sorts before "Cần" (a before â), and Đ after D-less names but before L.
    expect(result.map((group) => group.shortName)).toEqual(["Cà Mau", "Cần Thơ", "Lâm Đồng"]);
    expect(result[0]?.formerProvinces.map((f) => f.shortName)).toEqual(["Bạc Liêu", "Cà Mau"]);
  });
});

describe("sectionIndicators", () => {
  const totals: IndicatorTotal[] = [
    { ...indicator({ id: 1, groupVi: "Tuần tra", groupEn: "Patrols" }), indicatorId: 1, total: 1n },
    { ...indicator({ id: 2, groupVi: "Tuần tra", groupEn: "Patrols" }), indicatorId: 2, total: 2n },
    { ...indicator({ id: 3 }), indicatorId: 3, total: 3n },
    { ...indicator({ id: 4, groupVi: "Hòa giải", groupEn: null }), indicatorId: 4, total: 4n },
    { ...indicator({ id: 5, groupVi: "Tuần tra", groupEn: "Patrols" }), indicatorId: 5, total: 5n },
  ];

  it("groups by the Vietnamese group name in order of first appearance, ungrouped last", () => {
    const sections = sectionIndicators(totals, "vi");
    expect(sections.map((s) => [s.group, s.indicators.map((i) => i.indicatorId)])).toEqual([
      ["Tuần tra", [1, 2, 5]],
      ["Hòa giải", [4]],
      [null, [3]],
    ]);
  });

  it("uses the English group name, falling back to the Vietnamese one", () => {
    const sections = sectionIndicators(totals, "en");
    expect(sections.map((s) => s.group)).toEqual(["Patrols", "Hòa giải", null]);
  });

  it("returns no section for no indicators", () => {
    expect(sectionIndicators([], "vi")).toEqual([]);
  });
});

describe("sections in both languages", () => {
  const both = [
    {
      ...indicator({ id: 1, groupVi: "Tuần tra, canh gác", groupEn: "Patrols" }),
      indicatorId: 1,
      total: 1n,
    },
    {
      ...indicator({ id: 2, groupVi: "Tuyên truyền", groupEn: "Outreach" }),
      indicatorId: 2,
      total: 2n,
    },
    // A group named differently in Vietnamese but the same in English (a catalog seeded before
    // the fix): one section in both languages, not two in one and one in the other.
    { ...indicator({ id: 3, groupVi: "Tuần tra", groupEn: "Patrols" }), indicatorId: 3, total: 3n },
  ];

  it("makes the same sections whatever the language", () => {
    const shape = (locale: "vi" | "en") =>
      sectionIndicators(both, locale).map((s) => s.indicators.map((i) => i.indicatorId));
    expect(shape("vi")).toEqual([[1, 3], [2]]);
    expect(shape("en")).toEqual(shape("vi"));
    expect(sectionIndicators(both, "vi").map((s) => s.group)).toEqual([
      "Tuần tra, canh gác",
      "Tuyên truyền",
    ]);
    expect(sectionIndicators(both, "en").map((s) => s.group)).toEqual(["Patrols", "Outreach"]);
  });
});

describe("successors without data", () => {
  it("names the former provinces and the successors that have no data yet", () => {
    const rows = [
      former({ id: 1, shortName: "Bạc Liêu", points: 263 }),
      former({ id: 2, shortName: "Cà Mau" }),
      former({ id: 3, shortName: "Hà Giang", successorId: 200, successorShortName: "Tuyên Quang" }),
      former({ id: 4, shortName: "An Giang", successorId: 300, successorShortName: "An Giang" }),
    ];
    const groups = assembleSuccessors(rows, [], catalog);
    expect(groups.map((g) => [g.shortName, g.formerWithoutData])).toEqual([["Cà Mau", ["Cà Mau"]]]);
    expect(successorsWithoutData(rows, groups)).toEqual(["An Giang", "Tuyên Quang"]);
  });
});

describe("role names", () => {
  it("names a commune officer after the kind of their unit", () => {
    expect(roleLabelKey("COMMUNE_OFFICER", "WARD")).toBe("communeOfficer.WARD");
    expect(roleLabelKey("COMMUNE_OFFICER", "COMMUNE")).toBe("communeOfficer.COMMUNE");
    expect(roleLabelKey("COMMUNE_OFFICER", null)).toBe("COMMUNE_OFFICER");
    expect(roleLabelKey("PROVINCE_OFFICER", "WARD")).toBe("PROVINCE_OFFICER");
  });
});
