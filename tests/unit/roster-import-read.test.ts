import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import {
  detectDelimiter,
  lostLetters,
  readRosterFile,
  repairMojibake,
  RosterFileError,
} from "@/lib/rosters/import/read-file";
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

  it("reads Excel's Unicode Text: UTF-16 with its byte-order mark, tab-separated", async () => {
    const text = `\uFEFFHọ và tên\tSố CCCD\tTổ\r\nLâm Văn Út\t095077001234\tTổ số 1, khóm 8\r\n`;
    const sheet = await readRosterFile(
      "danh-sach.txt",
      new Uint8Array(Buffer.from(text, "utf16le")),
    );
    expect(readRow(sheet.rows[0]!, sheet.header, DAY)).toMatchObject({
      fullName: "Lâm Văn Út",
      citizenId: "095077001234",
      teamName: "Tổ số 1, khóm 8",
      problems: [],
    });
  });

  it("leaves out the total and the signatures under the list, and says which rows", async () => {
    const footer = [
      ["Tổng cộng: 2 người"],
      [null, null, null, null, null, null, null, null, "Giá Rai, ngày 20 tháng 4 năm 2025"],
      ["NGƯỜI LẬP BIỂU", null, null, null, null, null, null, null, "TRƯỞNG CÔNG AN PHƯỜNG"],
      ["(Ký, ghi rõ họ tên)"],
      ["Nguyễn Văn Lập", null, null, null, null, null, null, null, "Trần Văn Trưởng"],
    ];
    const second = [...ROW];
    second[3] = "095065001235";
    const sheet = await readRosterFile(
      "ds.xlsx",
      await xlsxBytes([TEMPLATE_HEADER, ROW, [], second, ...footer]),
    );
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(sheet.footer).toEqual([5, 6, 7, 8, 9]);
    // A member's row without a citizen ID among members is still read, and named at its cell.
    const missing = [...ROW];
    missing[3] = "";
    const among = await readRosterFile("ds.csv", csvBytes([TEMPLATE_HEADER, missing, ROW]));
    expect(among.rows).toHaveLength(2);
    expect(among.footer).toEqual([]);
    // Nothing but rows without citizen IDs and birth dates: they are members' rows.
    const noIds = [...missing];
    noIds[1] = "";
    const only = await readRosterFile("ds.csv", csvBytes([TEMPLATE_HEADER, noIds, noIds]));
    expect(only.rows).toHaveLength(2);
    expect(readRow(only.rows[0]!, only.header, DAY).problems.map((p) => p.code)).toContain(
      "citizenIdMissing",
    );
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

  it("gives back a citizen ID Excel wrote in scientific notation, and says when its digits are lost", async () => {
    const whole = [...ROW];
    whole[3] = "9.5065001234E+10";
    const lost = [...ROW];
    lost[3] = "9.51E+10";
    const sheet = await readRosterFile("so.csv", csvBytes([TEMPLATE_HEADER, whole, lost]));
    const [first, second] = sheet.rows.map((r) => readRow(r, sheet.header, DAY));
    expect(first).toMatchObject({ citizenId: "095065001234", problems: [] });
    expect(second?.problems).toEqual([
      {
        code: "citizenIdScientific",
        severity: "error",
        column: "citizenId",
        values: { value: "9.51E+10" },
      },
    ]);
  });

  it("gives an old commune's code typed as a number its leading zeros back", async () => {
    const cells: (string | number)[] = [...ROW];
    cells[11] = 688;
    cells[12] = "";
    cells[13] = "";
    const sheet = await readRosterFile("ma.xlsx", await xlsxBytes([TEMPLATE_HEADER, cells]));
    expect(readRow(sheet.rows[0]!, sheet.header, DAY).former.commune).toBe("00688");
  });

  it("reads a header of two rows drawn with merged cells, under a title row", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("DS");
    ws.mergeCells("A1:F1");
    ws.getCell("A1").value = "DANH SÁCH THÀNH VIÊN TỔ";
    ws.getRow(2).values = ["STT", "Họ và tên", "Số CCCD", "Liên hệ", null, "Tổ"];
    ws.mergeCells("D2:E2");
    ws.getRow(3).values = [null, null, null, "Số điện thoại", "Zalo", null];
    for (const c of ["A", "B", "C", "F"]) ws.mergeCells(`${c}2:${c}3`);
    ws.getRow(4).values = [1, "Nguyễn Văn Bình", 95065001234, 912345678, "", "Tổ số 1, khóm 8"];
    const sheet = await readRosterFile(
      "gop.xlsx",
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    );
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([4]);
    expect(sheet.header.unknown).toEqual(["STT", "Zalo"]);
    expect(readRow(sheet.rows[0]!, sheet.header, DAY)).toMatchObject({
      fullName: "Nguyễn Văn Bình",
      citizenId: "095065001234",
      phone: "+84912345678",
      teamName: "Tổ số 1, khóm 8",
      problems: [],
    });
  });

  it("repairs UTF-8 that was read as CP1252 and saved again, and reads Windows-1258", async () => {
    const text = `Họ và tên;Số CCCD;Tổ\r\nNguyễn Thị Huỳnh Như;095182001234;Tổ số 1, khóm 8\r\n`;
    const mojibake = new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));
    expect(mojibake).toContain("Há»");
    expect(repairMojibake(mojibake)).toBe(text);
    expect(repairMojibake("Ghi chú: Ã là chữ cái")).toBe("Ghi chú: Ã là chữ cái");
    const sheet = await readRosterFile("moji.csv", new TextEncoder().encode(mojibake));
    expect(readRow(sheet.rows[0]!, sheet.header, DAY).fullName).toBe("Nguyễn Thị Huỳnh Như");
    // Windows-1258 writes "ọ" as o and a combining dot below (0xF2), "ễ" as ê (0xEA) and a
    // combining tilde (0xDE), "ổ" as ô (0xF4) and a combining hook above (0xD2).
    const ascii = (t: string) => [...t].map((c) => c.charCodeAt(0));
    const cp1258 = Uint8Array.from([
      ...ascii("Ho"),
      0xf2,
      ...ascii(" t"),
      0xea,
      ...ascii("n;CCCD;T"),
      0xf4,
      0xd2,
      ...ascii("\r\nNguy"),
      0xea,
      0xde,
      ...ascii("n;095082001234;T1\r\n"),
    ]);
    const old = await readRosterFile("cu.csv", cp1258);
    expect(readRow(old.rows[0]!, old.header, DAY).fullName).toBe("Nguyễn");
  });

  it("says a file lost its Vietnamese letters to a code page without them", async () => {
    const lossy = new TextEncoder().encode(
      "H? v\u00e0 t\u00ean,S? CCCD,T?\r\nNguy?n V?n A,095082001234,T1\r\n",
    );
    expect(lostLetters("Nguy?n")).toBe(true);
    expect(lostLetters("Có phải? Không")).toBe(false);
    await expect(readRosterFile("mat-dau.csv", lossy)).rejects.toMatchObject({
      problem: "encodingLost",
    });
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
