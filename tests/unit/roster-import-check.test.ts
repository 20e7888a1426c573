import { describe, expect, it } from "vitest";
import { checkRows } from "@/lib/rosters/import/check-rows";
import type { Lookups } from "@/lib/rosters/import/lookups";
import type { ImportRow } from "@/lib/rosters/import/read-rows";

// The checks against the commune's data, on made-up lookups (no database).

const lookups = (): Lookups => ({
  commune: { id: 1, provinceId: 96, name: "Phường Giá Rai" },
  communeNames: new Map([
    [1, "Phường Giá Rai"],
    [2, "Phường Láng Tròn"],
  ]),
  teams: new Map([
    ["to so 1", [{ id: "t1", name: "Tổ số 1", kind: "GRASSROOTS_SECURITY", leader: null }]],
    [
      "to so 2",
      [{ id: "t2", name: "Tổ số 2", kind: "GRASSROOTS_SECURITY", leader: "Lê Văn Trưởng" }],
    ],
    [
      "to trung",
      [
        { id: "t3", name: "Tổ Trùng", kind: "MODEL", leader: null },
        { id: "t4", name: "Tổ Trùng", kind: "MODEL", leader: null },
      ],
    ],
  ]),
  areas: new Map([
    [
      "ap 1",
      [
        { id: "a1", name: "Ấp 1", formerCommuneId: 10 },
        { id: "a2", name: "Ấp 1", formerCommuneId: 11 },
      ],
    ],
  ]),
  ethnicities: new Map([["kinh", 1]]),
  formerCommunes: [
    {
      id: 10,
      code: "31960",
      nameKey: "phong thanh",
      districtKey: "gia rai",
      provinceKey: "bac lieu",
      label: "Xã Phong Thạnh, Thị xã Giá Rai, Tỉnh Bạc Liêu",
      communeIds: [1],
    },
    {
      id: 11,
      code: null,
      nameKey: "tach",
      districtKey: "gia rai",
      provinceKey: "bac lieu",
      label: "Xã Tách, Thị xã Giá Rai, Tỉnh Bạc Liêu",
      communeIds: [1, 2],
    },
  ],
  persons: new Map(),
});

let next = 2;
function row(over: Partial<ImportRow>): ImportRow {
  next += 1;
  return {
    rowNumber: next,
    fullName: "Nguyễn Văn A",
    birthDate: new Date(Date.UTC(1980, 5, 15)),
    gender: "MALE",
    citizenId: `09508000${String(next).padStart(4, "0")}`,
    phone: null,
    ethnicityKey: "kinh",
    ethnicityText: "Kinh",
    religion: "NONE",
    areaName: "",
    teamName: "Tổ số 1",
    role: "MEMBER",
    joinedOn: new Date(Date.UTC(2024, 0, 1)),
    former: { commune: "", district: "", province: "" },
    problems: [],
    ...over,
  };
}
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe("roster import checks", () => {
  it("tells apart two areas of one name by the former commune", () => {
    const { rows } = checkRows(
      [
        row({ areaName: "Ấp 1", former: { commune: "Phong Thạnh", district: "", province: "" } }),
        row({ areaName: "ap 1" }),
      ],
      lookups(),
    );
    expect(rows[0]?.areaId).toBe("a1");
    expect(codes(rows[1]!)).toEqual(["areaAmbiguous"]);
  });

  it("reads an old name several old communes had as the one that became the importing commune", () => {
    const phuong1 = (id: number, district: string, communeIds: number[]) => ({
      id,
      code: null,
      nameKey: "1",
      districtKey: district,
      provinceKey: "bac lieu",
      label: `Phường 1, ${district}, Tỉnh Bạc Liêu`,
      communeIds,
    });
    const own = lookups();
    own.formerCommunes.push(phuong1(20, "bac lieu", [2]), phuong1(21, "gia rai", [1]));
    const typed = { commune: "Phường 1", district: "", province: "" };
    const { rows } = checkRows([row({ former: typed })], own);
    expect(rows[0]).toMatchObject({ formerCommuneId: 21, communeId: 1, problems: [] });
    // Neither became this commune: the name stays ambiguous.
    const other = lookups();
    other.formerCommunes.push(phuong1(20, "bac lieu", [2]), phuong1(21, "vinh loi", [2]));
    expect(codes(checkRows([row({ former: typed })], other).rows[0]!)).toEqual([
      "formerCommuneAmbiguous",
    ]);
  });

  it("asks about a split former commune, once for all its rows, and applies the answer", () => {
    const file = [
      row({ former: { commune: "Xã Tách", district: "", province: "" } }),
      row({ former: { commune: "xa tach", district: "Giá Rai", province: "Bạc Liêu" } }),
    ];
    const asked = checkRows(file, lookups());
    expect(asked.questions).toHaveLength(1);
    expect(asked.questions[0]?.rows).toEqual([file[0]?.rowNumber, file[1]?.rowNumber]);
    expect(asked.rows.map(codes)).toEqual([["formerCommuneSplit"], ["formerCommuneSplit"]]);
    const answered = checkRows(file, lookups(), { "11": 1 });
    expect(answered.rows.map(codes)).toEqual([[], []]);
    const elsewhere = checkRows(file, lookups(), { "11": 2 });
    expect(elsewhere.rows.map(codes)).toEqual([["outsideScope"], ["outsideScope"]]);
  });

  it("refuses two leaders of one team in the file, and a leader for a team that has one", () => {
    const { rows } = checkRows(
      [
        row({ role: "LEADER" }),
        row({ role: "LEADER" }),
        row({ role: "LEADER", teamName: "Tổ số 2" }),
      ],
      lookups(),
    );
    expect(rows.map(codes)).toEqual([
      ["twoLeadersInFile"],
      ["twoLeadersInFile"],
      ["teamHasLeader"],
    ]);
  });

  it("names an unknown or ambiguous team, an unknown old commune and ethnic group", () => {
    const { rows } = checkRows(
      [
        row({ teamName: "Tổ không có" }),
        row({ teamName: "Tổ Trùng" }),
        row({ former: { commune: "Xã Không Có", district: "", province: "" } }),
        row({ ethnicityKey: "khongco", ethnicityText: "Không Có" }),
      ],
      lookups(),
    );
    expect(rows.map(codes)).toEqual([
      ["teamUnknown"],
      ["teamAmbiguous"],
      ["formerCommuneUnknown"],
      ["ethnicityUnknown"],
    ]);
  });

  it("warns about a grassroots security member outside 18–70", () => {
    const { rows } = checkRows([row({ birthDate: new Date(Date.UTC(1940, 0, 1)) })], lookups());
    expect(rows[0]?.problems).toEqual([
      { code: "ageOutside", severity: "warning", column: "birthDate" },
    ]);
  });

  it("finds a person on record by citizen ID, in this team, another of its kind, or of another kind", () => {
    const l = lookups();
    const memberOf = (teamId: string, teamKind: "MODEL" | "GRASSROOTS_SECURITY") => ({
      id: `p-${teamId}`,
      fullName: "Nguyễn Văn A",
      nameMasked: false,
      birthDate: null,
      communeName: "Phường Giá Rai",
      memberships: [{ teamId, teamName: teamId, teamKind, role: "MEMBER" as const }],
    });
    const same = row({});
    const kind = row({});
    const other = row({});
    l.persons.set(same.citizenId, memberOf("t1", "GRASSROOTS_SECURITY"));
    l.persons.set(kind.citizenId, memberOf("t2", "GRASSROOTS_SECURITY"));
    l.persons.set(other.citizenId, memberOf("t3", "MODEL"));
    const { rows } = checkRows([same, kind, other], l);
    expect(rows.map(codes)).toEqual([["alreadyInTeam"], ["inOtherTeam"], ["alsoInOtherTeam"]]);
    expect(rows[2]?.personId).toBe("p-t3");
  });
});
