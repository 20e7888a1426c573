import { describe, expect, it } from "vitest";
import { detectDelimiter, readRosterFile, RosterFileError } from "@/lib/rosters/import/read-file";
import { readRow } from "@/lib/rosters/import/read-rows";
import { buildTemplate } from "@/lib/rosters/import/template";
import { csvBytes, readXlsxText, TEMPLATE_HEADER, xlsxBytes } from "../support/roster-files";

const DAY = new Date(Date.UTC(2026, 11, 1));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const ROW = [
  "Nguyễn Văn Bình".normalize("NFD"),
  "20/4/1965",
  "Nam",
  "095 065 001 234",
  "0912.345.678",
  "Khơ-me",
  "Phật giáo",
  "Khóm 1",
  "Tổ số 1, khóm 8",
  "Tổ trưởng",
  "1965-04-20",
  "Xã Phong Thạnh",
  "Thị xã Giá Rai",
  "Tỉnh Bạc Liêu",
];

describe("roster import: reading files", () => {
  it("reads CSV as Vietnamese Excel saves it: BOM, semicolons, CRLF, NFD names", async () => {
    const bytes = csvBytes([TEMPLATE_HEADER, ROW]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = await readRosterFile("danh-sach.csv", bytes);
    expect(sheet.header.index.fullName).toBe(0);
    expect(sheet.rows).toHaveLength(1);
    const row = readRow(sheet.rows[0]!, sheet.header, DAY);
    expect(row).toMatchObject({
      rowNumber: 2,
      fullName: "Nguyễn Văn Bình",
      birthDate: day(1965, 4, 20),
      gender: "MALE",
      citizenId: "095065001234",
      phone: "+84912345678",
      ethnicityKey: "khome",
      religion: "BUDDHISM",
      areaName: "Khóm 1",
      teamName: "Tổ số 1, khóm 8",
      role: "LEADER",
      joinedOn: day(1965, 4, 20),
      former: { commune: "Xã Phong Thạnh", district: "Thị xã Giá Rai", province: "Tỉnh Bạc Liêu" },
      problems: [],
    });
  });

  it("reads comma-separated CSV without a BOM, with quoted fields", async () => {
    const bytes = csvBytes([TEMPLATE_HEADER, ROW], { delimiter: ",", bom: false });
    const sheet = await readRosterFile("danh-sach.csv", bytes);
    expect(readRow(sheet.rows[0]!, sheet.header, DAY).teamName).toBe("Tổ số 1, khóm 8");
  });

  it("detects the separator from the header line", () => {
    expect(detectDelimiter('Họ và tên;Số CCCD;"Tổ, ấp"\r\n')).toBe(";");
    expect(detectDelimiter("Họ và tên,Số CCCD,Tổ\n")).toBe(",");
    expect(detectDelimiter("Họ và tên\tSố CCCD\tTổ\n")).toBe("\t");
  });

  it("reads .xlsx with real date cells and a title row above the header", async () => {
    const cells = [...ROW];
    const xlsxRow: (string | Date)[] = cells.map((c, i) => (i === 1 ? day(1965, 4, 20) : c));
    const bytes = await xlsxBytes([TEMPLATE_HEADER, xlsxRow], {
      title: "DANH SÁCH THÀNH VIÊN TỔ",
    });
    const sheet = await readRosterFile("Danh sách.xlsx", bytes);
    expect(sheet.headerRowNumber).toBe(2);
    const row = readRow(sheet.rows[0]!, sheet.header, DAY);
    expect(row.rowNumber).toBe(3);
    expect(row.birthDate).toEqual(day(1965, 4, 20));
    expect(row.fullName).toBe("Nguyễn Văn Bình");
  });

  it("gives back the leading zeros Excel drops from a citizen ID or phone typed as a number", async () => {
    const cells: (string | number | Date)[] = [...ROW];
    cells[3] = 95065001234;
    cells[4] = 912345678;
    const sheet = await readRosterFile("so.xlsx", await xlsxBytes([TEMPLATE_HEADER, cells]));
    const row = readRow(sheet.rows[0]!, sheet.header, DAY);
    expect(row).toMatchObject({ citizenId: "095065001234", phone: "+84912345678", problems: [] });
  });

  it("names a bad citizen ID, an unreadable date and an unknown role at their columns", async () => {
    const bad = [...ROW];
    bad[1] = "31/02/1965";
    bad[3] = "09506500123";
    bad[9] = "Chủ nhiệm";
    const sheet = await readRosterFile("x.csv", csvBytes([TEMPLATE_HEADER, bad]));
    const row = readRow(sheet.rows[0]!, sheet.header, DAY);
    expect(row.problems.map((p) => [p.code, p.column])).toEqual([
      ["birthDateInvalid", "birthDate"],
      ["citizenIdFormat", "citizenId"],
      ["roleUnknown", "role"],
    ]);
  });

  it("refuses a file without the required columns, and other file types", async () => {
    await expect(
      readRosterFile(
        "x.csv",
        csvBytes([
          ["Họ và tên", "Ngày sinh"],
          ["A", "1/1/1990"],
        ]),
      ),
    ).rejects.toMatchObject({ problem: "noHeader", missing: ["citizenId", "team"] });
    await expect(readRosterFile("x.pdf", new Uint8Array([1]))).rejects.toBeInstanceOf(
      RosterFileError,
    );
    await expect(readRosterFile("x.xlsx", new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      problem: "fileUnreadable",
    });
  });

  it("writes a template that reads back: header, example row, a sheet explaining each column", async () => {
    const bytes = new Uint8Array(
      await buildTemplate({ commune: "Phường Giá Rai", team: "Tổ số 1, khóm 8", area: "Khóm 1" }),
    );
    const sheets = await readXlsxText(bytes);
    expect(Object.keys(sheets)).toEqual(["Danh sách thành viên", "Hướng dẫn"]);
    expect(sheets["Danh sách thành viên"]?.[0]).toEqual(TEMPLATE_HEADER);
    expect(sheets["Hướng dẫn"]?.map((r) => r[0])).toEqual(expect.arrayContaining(TEMPLATE_HEADER));
    const sheet = await readRosterFile("mau.xlsx", bytes);
    const row = readRow(sheet.rows[0]!, sheet.header, DAY);
    expect(row).toMatchObject({
      fullName: "Nguyễn Văn Ví Dụ",
      birthDate: day(1965, 4, 20),
      citizenId: "095065000001",
      teamName: "Tổ số 1, khóm 8",
      areaName: "Khóm 1",
      problems: [],
    });
  });
});
