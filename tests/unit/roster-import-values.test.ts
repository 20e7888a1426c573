import { describe, expect, it } from "vitest";
import { mapHeader } from "@/lib/rosters/import/columns";
import {
  cellText,
  fullYear,
  normaliseName,
  parseDate,
  parseGender,
  parseReligion,
  parseRole,
  unitKey,
} from "@/lib/rosters/import/values";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("roster import: dates in every form offices write them", () => {
  it.each([
    ["20/4/1965", day(1965, 4, 20)],
    ["20/04/1965", day(1965, 4, 20)],
    ["20-04-1965", day(1965, 4, 20)],
    ["20.04.1965", day(1965, 4, 20)],
    [" 20 / 4 / 1965 ", day(1965, 4, 20)],
    ["1965-04-20", day(1965, 4, 20)],
    ["1965/4/20", day(1965, 4, 20)],
    ["20/04/1965 00:00:00", day(1965, 4, 20)],
    ["1965-04-20T00:00:00", day(1965, 4, 20)],
    ["29/02/2024", day(2024, 2, 29)],
  ])("reads %j", (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it("reads an Excel date cell, also one saved at local midnight in UTC+7", () => {
    expect(parseDate(day(1965, 4, 20))).toEqual(day(1965, 4, 20));
    expect(parseDate(new Date("1965-04-19T17:00:00.000Z"))).toEqual(day(1965, 4, 20));
  });

  it("reads an Excel serial number (a date cell without its format)", () => {
    expect(parseDate(23852)).toEqual(day(1965, 4, 20));
    expect(parseDate(45292)).toEqual(day(2024, 1, 1));
  });

  it("reads a two-digit year as the latest such year not after today", () => {
    expect(parseDate("20/04/65")).toEqual(day(1965, 4, 20));
    expect(parseDate("20.4.65")).toEqual(day(1965, 4, 20));
    expect(parseDate("05/11/02")).toEqual(day(2002, 11, 5));
    const now = new Date(Date.UTC(2026, 0, 1));
    expect(fullYear("26", now)).toBe(2026);
    expect(fullYear("27", now)).toBe(1927);
    expect(fullYear("1965", now)).toBe(1965);
  });

  it.each(["31/02/1965", "1965", "20/13/1965", "20/04/5", "31/02/65", "hai mươi", "4/20/1965x"])(
    "refuses %j",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it("is null for an empty cell", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate("")).toBeNull();
  });
});

describe("roster import: names, genders, roles, religions", () => {
  it("stores names in NFC with single spaces, whatever the file had", () => {
    const nfd = "Nguyễn  Thị   Hồng ".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn Thị Hồng");
    expect(normaliseName(nfd)).toBe("Nguyễn Thị Hồng");
    expect(normaliseName("\u00a0Lâm\tVăn Sơn\u00a0")).toBe("Lâm Văn Sơn");
    expect(normaliseName("Danh  Thị Sa - Rươne")).toBe("Danh Thị Sa-Rươne");
  });

  it("drops the invisible characters that text copied from the web or Zalo carries", () => {
    // A zero-width space, a soft hyphen, a word joiner and a byte-order mark inside the cell.
    expect(normaliseName("Lý\u200B Văn Tám")).toBe("Lý Văn Tám");
    expect(normaliseName("Mai Thị\u00AD Chín\u2060")).toBe("Mai Thị Chín");
    expect(cellText("\uFEFFTổ số 1, khóm 1")).toBe("Tổ số 1, khóm 1");
  });

  it("writes a name typed all in capitals as names are written, and keeps any other as typed", () => {
    expect(normaliseName("TRẦN  VĂN MƯỜI")).toBe("Trần Văn Mười");
    expect(normaliseName("ĐẶNG THỊ ÁNH - TUYẾT".normalize("NFD"))).toBe("Đặng Thị Ánh-Tuyết");
    expect(normaliseName("Ksor H'Bia")).toBe("Ksor H'Bia");
    expect(normaliseName("Nguyễn Văn A")).toBe("Nguyễn Văn A");
  });

  it("reads genders and roles by their Vietnamese names, with or without diacritics", () => {
    expect(parseGender("Nam")).toBe("MALE");
    expect(parseGender("NỮ".normalize("NFD"))).toBe("FEMALE");
    expect(parseGender("nu")).toBe("FEMALE");
    expect(parseGender("khác")).toBeNull();
    expect(parseRole("Tổ trưởng")).toBe("LEADER");
    expect(parseRole("to pho")).toBe("DEPUTY");
    expect(parseRole("Tổ viên")).toBe("MEMBER");
    expect(parseRole("")).toBe("MEMBER");
    expect(parseRole("Chủ nhiệm")).toBeNull();
    expect(parseReligion("Phật giáo Hòa Hảo")).toBe("HOA_HAO");
    expect(parseReligion("Công giáo")).toBe("CATHOLICISM");
    expect(parseReligion("")).toBe("NONE");
  });

  it("compares old units without their kind", () => {
    expect(unitKey("Xã Phong Thạnh")).toBe("phong thanh");
    expect(unitKey("xa phong thanh")).toBe("phong thanh");
    expect(unitKey("Thị xã Giá Rai")).toBe("gia rai");
    expect(unitKey("tỉnh Bạc Liêu")).toBe("bac lieu");
  });
});

describe("roster import: header mapping", () => {
  it("finds columns whatever the case, diacritics, spacing or NFD", () => {
    const map = mapHeader([
      "STT",
      "HỌ VÀ TÊN",
      " ngay  sinh ",
      "Giới tính".normalize("NFD"),
      "Số CCCD",
      "SĐT",
      "Dân tộc",
      "Tôn giáo",
      "Thôn/Ấp/Tổ dân phố",
      "Tổ",
      "Chức vụ trong tổ",
      "Ngày vào tổ",
      "Xã/Phường (cũ)",
      "Huyện (cũ)",
      "Tỉnh (cũ)",
    ]);
    expect(map.index).toEqual({
      fullName: 1,
      birthDate: 2,
      gender: 3,
      citizenId: 4,
      phone: 5,
      ethnicity: 6,
      religion: 7,
      area: 8,
      team: 9,
      role: 10,
      joinedOn: 11,
      formerCommune: 12,
      formerDistrict: 13,
      formerProvince: 14,
    });
    expect(map.unknown).toEqual(["STT"]);
    expect(map.missing).toEqual([]);
  });

  it("knows the other names real lists give the columns", () => {
    const map = mapHeader([
      "Họ tên thành viên",
      "Giới tính (Nam/Nữ)",
      "Số CMND/CCCD",
      "Điện thoại liên hệ",
      "Ấp",
      "Tên tổ bảo vệ ANTT",
      "Chức danh",
      "Ngày tham gia tổ",
    ]);
    expect(map.index).toEqual({
      fullName: 0,
      gender: 1,
      citizenId: 2,
      phone: 3,
      area: 4,
      team: 5,
      role: 6,
      joinedOn: 7,
    });
    expect(mapHeader(["Họ và tên", "Số định danh", "Tổ", "Khóm"]).index).toMatchObject({
      citizenId: 1,
      area: 3,
    });
  });

  it("names the required columns a file lacks", () => {
    expect(mapHeader(["Họ tên", "Ngày sinh"]).missing).toEqual(["citizenId", "team"]);
  });
});
