import { Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { BORDERLESS, centered, NO_BORDERS, run, TEXT_WIDTH } from "./docx-blocks";
import { areaPhrase, periodPhrase } from "./prose";
import type { SummaryData, SummaryUnit } from "./types";

// The frame of the summary report: the heading block of the issuing police (the number left for
// the officer to fill in), the title, the signature, and the document's names.

/** Who issues it: the province's police, or the ministry's department for the nation. */
function issuer(unit: SummaryUnit): { parent: string | null; name: string; code: string } {
  if (unit.level === "NATION")
    return {
      parent: "BỘ CÔNG AN",
      name: "CỤC XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC",
      code: "BC-X05",
    };
  const province = unit.level === "PROVINCE" ? unit.province : unit.successor;
  const kind = province.kind === "CITY" ? "THÀNH PHỐ" : "TỈNH";
  return {
    parent: null,
    name: `CÔNG AN ${kind} ${province.shortName.toLocaleUpperCase("vi")}`,
    code: province.kind === "CITY" ? "BC-CATP" : "BC-CAT",
  };
}

/** Nghị định 30: a 0 before a day under 10 and a month under 3 ("ngày 05 tháng 02 năm 2026"). */
export function dateLine(place: string, date: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const day = part("day");
  const month = part("month");
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${part("year")}`;
}

export function headingBlock(data: SummaryData): Table {
  const who = issuer(data.unit);
  const place =
    data.unit.level === "NATION"
      ? "Hà Nội"
      : (data.unit.level === "PROVINCE" ? data.unit.province : data.unit.successor).shortName;
  const left = [
    ...(who.parent ? [centered(who.parent, { size: 26 })] : []),
    centered(who.name, { bold: true, size: 26 }),
    centered("________", { size: 26 }, 120),
    centered(`Số:         /${who.code}`, { size: 26 }),
  ];
  const right = [
    centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 26 }),
    centered("Độc lập - Tự do - Hạnh phúc", { bold: true }),
    centered("________________________", { size: 26 }, 120),
    centered(dateLine(place, data.draftedOn), { italics: true }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, borders: NO_BORDERS, width: { size: width, type: WidthType.DXA } });
  const leftWidth = Math.round(TEXT_WIDTH * 0.4);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    borders: BORDERLESS,
    rows: [
      new TableRow({ children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] }),
    ],
  });
}

export function title(data: SummaryData): Paragraph[] {
  const subject = `Kết quả công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ${periodPhrase(data.period)}`;
  return [
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centered("BÁO CÁO", { bold: true }),
    centered(subject, { bold: true }),
    ...(data.unit.level === "NATION"
      ? []
      : [centered(`trên địa bàn ${areaPhrase(data.unit)}`, { bold: true })]),
    centered("__________", {}, 240),
  ];
}

export function signature(data: SummaryData): Table {
  const cell = (children: Paragraph[]) =>
    new TableCell({
      children,
      borders: NO_BORDERS,
      width: { size: TEXT_WIDTH / 2, type: WidthType.DXA },
    });
  const left = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
    new Paragraph({ children: [run("- Như trên;", { size: 22 })] }),
    new Paragraph({ children: [run("- Lưu: VT.", { size: 22 })] }),
  ];
  const head = data.unit.level === "NATION" ? "CỤC TRƯỞNG" : "GIÁM ĐỐC";
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    borders: BORDERLESS,
    rows: [new TableRow({ children: [cell(left), cell([centered(head, { bold: true })])] })],
  });
}

/** The document's title as Word shows it in its properties. */
export function documentTitle(data: SummaryData): string {
  const where = data.unit.level === "NATION" ? "toàn quốc" : areaPhrase(data.unit);
  return `Báo cáo kết quả công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ${periodPhrase(data.period)} – ${where}`;
}

/** "Công an tỉnh Cà Mau", "Công an thành phố Hà Nội", the ministry's department. */
export function reporterOf(unit: SummaryUnit): string {
  if (unit.level === "NATION") return "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc";
  const province = unit.level === "PROVINCE" ? unit.province : unit.successor;
  return `Công an ${province.kind === "CITY" ? "thành phố" : "tỉnh"} ${province.shortName}`;
}
