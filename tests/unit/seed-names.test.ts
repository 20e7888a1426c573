import { normalisePhone } from "@/lib/rosters/phone";
import { describe, expect, it } from "vitest";
import { generateName, nameStyleFor, type NameStyle } from "@/prisma/seed/generators/names";
import {
  ageOn,
  birthDate,
  birthdayAt,
  citizenId,
  phoneNumber,
  TEST_CITIZEN_SERIALS_FROM,
} from "@/prisma/seed/generators/people";
import { createRng } from "@/prisma/seed/generators/random";

const STYLES: NameStyle[] = [
  "KINH_SOUTH",
  "KINH_NORTH",
  "KHMER",
  "HOA",
  "MONG",
  "TAY",
  "DAO",
  "NUNG",
];

describe("generateName", () => {
  it("builds NFC names of two to five words in every style and gender", () => {
    const rng = createRng("names");
    for (const style of STYLES) {
      for (const gender of ["MALE", "FEMALE"] as const) {
        for (let i = 0; i < 200; i++) {
          const name = generateName(style, gender, rng);
          expect(name).toBe(name.normalize("NFC"));
          expect(name.split(" ").length).toBeGreaterThanOrEqual(2);
          expect(name.split(" ").length).toBeLessThanOrEqual(5);
          expect(name).not.toMatch(/\s{2}|^\s|\s$/);
        }
      }
    }
  });

  it("follows each tradition's family names and markers", () => {
    const rng = createRng("traditions");
    const family = (style: NameStyle, gender: "MALE" | "FEMALE" = "MALE") =>
      new Set(Array.from({ length: 300 }, () => generateName(style, gender, rng).split(" ")[0]));
    expect(family("KHMER")).toContain("Thạch");
    expect(
      [...family("KHMER")].every((f) =>
        [
          "Thạch",
          "Danh",
          "Sơn",
          "Lâm",
          "Kim",
          "Châu",
          "Lý",
          "Triệu",
          "Huỳnh",
          "Trần",
          "Dương",
          "Kiên",
          "Tăng",
          "Mã",
        ].includes(f ?? ""),
      ),
    ).toBe(true);
    expect(family("MONG")).toContain("Giàng");
    expect(family("KINH_SOUTH")).toContain("Nguyễn");
    expect(family("KINH_SOUTH")).not.toContain("Hoàng");
    expect(family("KINH_NORTH")).not.toContain("Huỳnh");
    const kinhWomen = Array.from({ length: 300 }, () => generateName("KINH_SOUTH", "FEMALE", rng));
    expect(kinhWomen.filter((n) => n.includes(" Thị ")).length).toBeGreaterThan(100);
    const mongWomen = Array.from({ length: 50 }, () => generateName("MONG", "FEMALE", rng));
    expect(mongWomen.every((n) => n.split(" ")[1] === "Thị")).toBe(true);
  });

  it("maps ethnic groups to naming traditions", () => {
    expect(nameStyleFor(5, false)).toBe("KHMER");
    expect(nameStyleFor(4, false)).toBe("HOA");
    expect(nameStyleFor(8, true)).toBe("MONG");
    expect(nameStyleFor(1, true)).toBe("KINH_NORTH");
    expect(nameStyleFor(1, false)).toBe("KINH_SOUTH");
  });
});

describe("citizenId", () => {
  it("encodes province of birth, gender and century, and year of birth", () => {
    const rng = createRng("ids");
    const used = new Set<string>();
    expect(citizenId("095", "MALE", 1968, rng, used)).toMatch(/^095068\d{6}$/);
    expect(citizenId("095", "FEMALE", 1968, rng, used)).toMatch(/^095168\d{6}$/);
    expect(citizenId("002", "MALE", 2003, rng, used)).toMatch(/^002203\d{6}$/);
    expect(citizenId("094", "FEMALE", 2001, rng, used)).toMatch(/^094301\d{6}$/);
    expect(() => citizenId("95", "MALE", 1968, rng, used)).toThrow(RangeError);
  });

  it("never repeats an ID within one set", () => {
    const rng = createRng("unique");
    const used = new Set<string>();
    for (let i = 0; i < 5_000; i++) citizenId("095", "MALE", 1970, rng, used);
    expect(used.size).toBe(5_000);
  });

  it("leaves the serial numbers tests take their citizen IDs from to the tests", () => {
    const rng = createRng("reserved");
    const used = new Set<string>();
    for (let i = 0; i < 20_000; i++) citizenId("096", "FEMALE", 1985, rng, used);
    const highest = Math.max(...[...used].map((id) => Number(id.slice(6))));
    expect(highest).toBeLessThan(TEST_CITIZEN_SERIALS_FROM);
    expect(highest).toBeGreaterThan(TEST_CITIZEN_SERIALS_FROM - 1_000);
  });
});

describe("phone numbers and birth dates", () => {
  it("gives mobile numbers stored as the portal stores them (E.164), that its validator accepts", () => {
    const rng = createRng("phones");
    for (let i = 0; i < 500; i++) {
      const phone = phoneNumber(rng);
      expect(phone).toMatch(/^\+84[35789]\d{8}$/);
      expect(normalisePhone(phone)).toBe(phone);
    }
  });

  it("draws birth dates within the years and computes ages", () => {
    const rng = createRng("births");
    for (let i = 0; i < 1_000; i++) {
      const d = birthDate(rng, 1957, 2005);
      expect(d.getUTCFullYear()).toBeGreaterThanOrEqual(1957);
      expect(d.getUTCFullYear()).toBeLessThanOrEqual(2005);
      expect(d.getUTCHours()).toBe(0);
    }
    const birth = new Date(Date.UTC(1970, 5, 15));
    expect(ageOn(birth, new Date(Date.UTC(2020, 5, 14)))).toBe(49);
    expect(ageOn(birth, new Date(Date.UTC(2020, 5, 15)))).toBe(50);
    expect(birthdayAt(birth, 18).toISOString().slice(0, 10)).toBe("1988-06-15");
  });
});
