// The exported workbook opens in exceljs and holds the figures as numbers and dates, under
// Vietnamese headers.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildWorkbook, type Column, xlsxResponse } from "@/lib/export/xlsx";

interface Row {
  name: string;
  points: number;
  on: Date;
  vnd: bigint;
}
const COLUMNS: Column<Row>[] = [
  { header: "Tên mô hình", value: (r) => r.name },
  { header: "Số điểm", kind: "integer", value: (r) => r.points },
  { header: "Ngày ra mắt", kind: "date", value: (r) => r.on },
  { header: "Trị giá (đồng)", kind: "integer", value: (r) => r.vnd },
];

describe("xlsx export", () => {
  it("writes a title, bold frozen headers, numbers and dates that read back", async () => {
    const buffer = await buildWorkbook({
      sheet: "Mô hình",
      title: "Danh sách mô hình — Cà Mau",
      columns: COLUMNS,
      rows: [
        {
          name: "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
          points: 1522,
          on: new Date(Date.UTC(2016, 3, 20)),
          vnd: 851_370_000n,
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.getWorksheet("Mô hình");
    expect(sheet?.getRow(1).getCell(1).value).toBe("Danh sách mô hình — Cà Mau");
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "Tên mô hình",
      "Số điểm",
      "Ngày ra mắt",
      "Trị giá (đồng)",
    ]);
    const row = sheet?.getRow(3);
    expect(row?.getCell(1).value).toBe("Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm");
    expect(row?.getCell(2).value).toBe(1522);
    expect(row?.getCell(2).numFmt).toBe("#,##0");
    expect(row?.getCell(3).value).toEqual(new Date(Date.UTC(2016, 3, 20)));
    expect(row?.getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(row?.getCell(4).value).toBe(851370000);
  });

  it("shows shares and changes as percentages, with a space before the sign in Vietnamese", async () => {
    const columns: Column<{ share: number }>[] = [
      { header: "Tỷ lệ", kind: "percent", value: (r) => r.share },
      { header: "Tăng, giảm", kind: "change", value: (r) => r.share },
    ];
    const read = async (locale: "vi" | "en") => {
      const workbook = new ExcelJS.Workbook();
      const buffer = await buildWorkbook({
        sheet: "A",
        columns,
        rows: [{ share: 0.9859 }],
        locale,
      });
      await workbook.xlsx.load(new Uint8Array(buffer).buffer);
      const row = workbook.getWorksheet("A")?.getRow(2);
      return [row?.getCell(1).value, row?.getCell(1).numFmt, row?.getCell(2).numFmt];
    };
    expect(await read("vi")).toEqual([0.9859, "0.00 %", "+0.00 %;-0.00 %;0.00 %"]);
    expect(await read("en")).toEqual([0.9859, "0.00%", "+0.00%;-0.00%;0.00%"]);
  });

  it("names the download in Vietnamese, with an ASCII fallback", () => {
    const response = xlsxResponse(Buffer.from("x"), "Danh sách tổ — Giá Rai.xlsx");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toContain('filename="Danh-sach-to-Gia-Rai.xlsx"');
    expect(disposition).toContain("filename*=UTF-8''Danh%20s%C3%A1ch%20t%E1%BB%95");
  });
});
