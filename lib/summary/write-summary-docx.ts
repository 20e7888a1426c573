import {
  AlignmentType,
  BorderStyle,
  Document,
  type ITableCellBorders,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { formatDateTime } from "@/lib/i18n/format";
import {
  AWARD_ISSUER_ORDER,
  AWARD_ISSUER_VI,
  AWARD_KIND_ORDER,
  AWARD_KIND_VI,
  RATING_ORDER,
  RATING_VI,
  RECOGNITION_LEVEL_VI,
  SAFETY_UNIT_ORDER,
  SAFETY_UNIT_VI,
} from "./labels";
import {
  areaPhrase,
  compare,
  comparisonSentence,
  periodPhrase,
  previousPeriod,
  rate,
  resultParagraphs,
  vn,
} from "./prose";
import type { SummaryData, SummaryUnit } from "./types";

// The summary report as a Word document, laid out as Nghị định 30/2020/NĐ-CP asks of an
// administrative document: A4, Times New Roman, body 14 pt (tables 13 pt), margins top and bottom
// 20 mm, left 30 mm, right 15 mm; the heading block of the issuing police, the number left for the
// officer to fill in. Pure: data in, a .docx Buffer out. Sections II and III are headed
// placeholders: what went wrong and what comes next are for the officer to write.

const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const TABLE = 26; // 13 pt
const A4 = { width: 11_906, height: 16_838 }; // twips
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 }; // mm
/** Millimetres to twips, rounded (docx's own helper truncates: 20 mm would be 1133, not 1134). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const TEXT_WIDTH = A4.width - mm(MARGIN.left) - mm(MARGIN.right);

const run = (text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: style.size ?? BODY, ...style });

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, 1.15 lines. */
const body = (text: string, style: { italics?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 276 },
    children: [run(text, style)],
  });

const heading = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });

const centered = (
  text: string,
  style: { bold?: boolean; italics?: boolean; size?: number } = {},
  after = 0,
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [run(text, style)],
  });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS: ITableCellBorders = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
};

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

function headingBlock(data: SummaryData): Table {
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
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({ children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] }),
    ],
  });
}

/** A bordered table: a shaded header row, numbers right-aligned, an optional bold total row. */
function grid(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  options: { total?: readonly string[] } = {},
): Table {
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.round((TEXT_WIDTH * w) / totalWidth));
  const cell = (text: string, column: number, style: { bold?: boolean; header?: boolean }) =>
    new TableCell({
      width: { size: columnWidths[column] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(style.header
        ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } }
        : {}),
      children: [
        new Paragraph({
          alignment: style.header
            ? AlignmentType.CENTER
            : column === 0
              ? AlignmentType.LEFT
              : AlignmentType.RIGHT,
          children: [run(text, { size: TABLE, bold: style.bold ?? false })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, i, { bold: true, header: true })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, i, {})) })),
      ...(options.total
        ? [new TableRow({ children: options.total.map((t, i) => cell(t, i, { bold: true })) })]
        : []),
    ],
  });
}

const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

function recognitions(data: SummaryData): Paragraph[] {
  const during = periodPhrase(data.period);
  if (data.recognitions.length === 0)
    return [body(`Trong ${during}, chưa có mô hình được công nhận, nhân rộng mới.`)];
  const date = (d: Date) =>
    new Intl.DateTimeFormat("vi-VN", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    }).format(d);
  return [
    body(`Trong ${during}, có ${vn(data.recognitions.length)} mô hình được công nhận, nhân rộng:`),
    ...data.recognitions.map((r) => {
      const by = r.issuer ? `${r.issuer} ` : "";
      const decision = [
        r.decisionNumber ? `Quyết định số ${r.decisionNumber}` : null,
        r.decidedOn ? `ngày ${date(r.decidedOn)}` : null,
      ].filter((p): p is string => p !== null);
      return body(
        `- Mô hình “${r.modelName}”: ${by}${RECOGNITION_LEVEL_VI[r.level]}` +
          (decision.length > 0 ? ` (${decision.join(", ")})` : "") +
          ".",
      );
    }),
  ];
}

function safety(data: SummaryData): (Paragraph | Table)[] {
  const rows = SAFETY_UNIT_ORDER.flatMap((type) => {
    const row = data.safety.find((s) => s.unitType === type);
    return row && row.registered > 0 ? [row] : [];
  });
  const year = data.period.year;
  if (rows.length === 0)
    return [body(`Năm ${year}, chưa có đơn vị đăng ký xây dựng “An toàn về an ninh, trật tự”.`)];
  const registered = rows.reduce((a, r) => a + r.registered, 0);
  const achieved = rows.reduce((a, r) => a + r.achieved, 0);
  return [
    body(
      `Năm ${year}, ${vn(registered)} đơn vị đăng ký xây dựng “An toàn về an ninh, trật tự”, ` +
        `${vn(achieved)} đơn vị được công nhận đạt tiêu chuẩn (${rate(achieved, registered)}).`,
    ),
    grid(
      ["Loại đơn vị", "Đăng ký", "Đạt", "Tỷ lệ đạt"],
      rows.map((r) => [
        SAFETY_UNIT_VI[r.unitType],
        vn(r.registered),
        vn(r.achieved),
        rate(r.achieved, r.registered),
      ]),
      [4, 2, 2, 2],
      { total: ["Tổng cộng", vn(registered), vn(achieved), rate(achieved, registered)] },
    ),
    spacer(),
  ];
}

function ratings(data: SummaryData): Paragraph[] {
  const rated = data.ratings.reduce((a, r) => a + r.count, 0);
  const year = data.period.year;
  if (rated === 0) return [body(`Năm ${year}, chưa có kết quả đánh giá, xếp loại mô hình.`)];
  const parts = RATING_ORDER.flatMap((rating) => {
    const count = data.ratings.find((r) => r.rating === rating)?.count ?? 0;
    return count > 0 ? [`${vn(count)} ${RATING_VI[rating]} (${rate(count, rated)})`] : [];
  });
  return [
    body(
      `Năm ${year}, đánh giá, xếp loại ${vn(rated)} điểm nhân rộng mô hình: ${parts.join(", ")}.`,
    ),
  ];
}

function awards(data: SummaryData): (Paragraph | Table)[] {
  const rows = AWARD_ISSUER_ORDER.flatMap((issuerKey) =>
    AWARD_KIND_ORDER.flatMap((kind) => {
      const row = data.awards.find((a) => a.issuer === issuerKey && a.kind === kind);
      return row && row.collectives + row.persons > 0 ? [row] : [];
    }),
  );
  const during = periodPhrase(data.period);
  if (rows.length === 0) return [body(`Trong ${during}, chưa có khen thưởng được ghi nhận.`)];
  const collectives = rows.reduce((a, r) => a + r.collectives, 0);
  const persons = rows.reduce((a, r) => a + r.persons, 0);
  return [
    body(
      `Trong ${during}, ${vn(collectives)} tập thể và ${vn(persons)} cá nhân được khen thưởng ` +
        "vì có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc.",
    ),
    grid(
      ["Cấp khen thưởng", "Hình thức", "Tập thể", "Cá nhân"],
      rows.map((r) => [
        AWARD_ISSUER_VI[r.issuer],
        AWARD_KIND_VI[r.kind],
        vn(r.collectives),
        vn(r.persons),
      ]),
      [3, 3, 1.5, 1.5],
      { total: ["Tổng cộng", "", vn(collectives), vn(persons)] },
    ),
    spacer(),
  ];
}

function comparison(data: SummaryData): (Paragraph | Table)[] {
  const now = periodPhrase(data.period);
  const before = periodPhrase(previousPeriod(data.period));
  const rows = data.figures
    .filter((f) => f.current !== 0 || f.previous !== 0)
    .map((f) => {
      const c = compare(f.current, f.previous);
      return [f.nameVi, vn(f.current), vn(f.previous), c.changeText, c.percentText];
    });
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
  return [
    body(comparisonSentence(data.period, data.figures)),
    ...(rows.length > 0
      ? [
          grid(
            ["Chỉ tiêu", capital(now), capital(before), "Tăng, giảm", "Tỷ lệ"],
            rows,
            [5, 1.6, 1.6, 1.5, 1.3],
          ),
          spacer(),
        ]
      : []),
  ];
}

const placeholder = (text: string) => body(text, { italics: true });

function title(data: SummaryData): Paragraph[] {
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

function sourceNote(data: SummaryData): Paragraph {
  const when = data.asOf ? formatDateTime(data.asOf, "vi") : null;
  return body(
    "(Số liệu tổng hợp từ các báo cáo đã được phê duyệt trên Cổng thông tin xây dựng phong trào" +
      (when ? `, cập nhật đến ${when}` : "") +
      ".)",
    { italics: true },
  );
}

function signature(data: SummaryData): Table {
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
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [new TableRow({ children: [cell(left), cell([centered(head, { bold: true })])] })],
  });
}

/** The document's title as Word shows it in its properties. */
export function documentTitle(data: SummaryData): string {
  const where = data.unit.level === "NATION" ? "toàn quốc" : areaPhrase(data.unit);
  return `Báo cáo kết quả công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ${periodPhrase(data.period)} – ${where}`;
}

/** "Công an tỉnh Cà Mau", "Công an thành phố Hà Nội", the ministry's department. */
function reporterOf(unit: SummaryUnit): string {
  if (unit.level === "NATION") return "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc";
  const province = unit.level === "PROVINCE" ? unit.province : unit.successor;
  return `Công an ${province.kind === "CITY" ? "thành phố" : "tỉnh"} ${province.shortName}`;
}

export function buildSummaryDocument(data: SummaryData): Document {
  const reporter = reporterOf(data.unit);
  const intro =
    `${reporter} báo cáo kết quả công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc ` +
    `${periodPhrase(data.period)}${data.unit.level === "FORMER" ? ` trên địa bàn ${areaPhrase(data.unit)}` : ""} như sau:`;
  const children = [
    headingBlock(data),
    ...title(data),
    body(intro),
    heading("I. KẾT QUẢ ĐẠT ĐƯỢC"),
    heading("1. Công tác tuyên truyền, phát động phong trào và kết quả"),
    ...resultParagraphs(data.unit, data.period, data.figures).map((text) => body(text)),
    sourceNote(data),
    heading("2. Xây dựng, nhân rộng mô hình, điển hình tiên tiến"),
    ...recognitions(data),
    heading(
      "3. Xây dựng khu dân cư, xã, phường, cơ quan, doanh nghiệp, nhà trường “An toàn về an ninh, trật tự”",
    ),
    ...safety(data),
    heading("4. Đánh giá, xếp loại mô hình"),
    ...ratings(data),
    heading("5. Công tác sơ kết, tổng kết, khen thưởng"),
    ...awards(data),
    heading(`6. So sánh với cùng kỳ ${periodPhrase(previousPeriod(data.period))}`),
    ...comparison(data),
    heading("II. TỒN TẠI, HẠN CHẾ"),
    placeholder("(Đơn vị nêu những tồn tại, hạn chế và nguyên nhân.)"),
    heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ"),
    placeholder("(Đơn vị nêu phương hướng, nhiệm vụ trọng tâm thời gian tới.)"),
    spacer(),
    signature(data),
  ];
  return new Document({
    creator: "Cổng thông tin xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
    title: documentTitle(data),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: mm(MARGIN.top),
              bottom: mm(MARGIN.bottom),
              left: mm(MARGIN.left),
              right: mm(MARGIN.right),
            },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file of the summary report. */
export function writeSummaryDocx(data: SummaryData): Promise<Buffer> {
  return Packer.toBuffer(buildSummaryDocument(data));
}
