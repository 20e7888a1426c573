import {
  AlignmentType,
  BorderStyle,
  type ITableCellBorders,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";

// The building blocks of the summary report's page, as Nghị định 30/2020/NĐ-CP lays out an
// administrative document: A4, Times New Roman, body 14 pt (tables 13 pt), margins top and bottom
// 20 mm, left 30 mm, right 15 mm.

export const FONT = "Times New Roman";
export const BODY = 28; // half-points: 14 pt
export const TABLE = 26; // 13 pt
export const A4 = { width: 11_906, height: 16_838 }; // twips
export const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 }; // mm
/** Millimetres to twips, rounded (docx's own helper truncates: 20 mm would be 1133, not 1134). */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const TEXT_WIDTH = A4.width - mm(MARGIN.left) - mm(MARGIN.right);

export const run = (
  text: string,
  style: { bold?: boolean; italics?: boolean; size?: number } = {},
) => new TextRun({ text, font: FONT, size: style.size ?? BODY, ...style });

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, 1.15 lines. */
export const body = (text: string, style: { italics?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 276 },
    children: [run(text, style)],
  });

export const heading = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });

export const centered = (
  text: string,
  style: { bold?: boolean; italics?: boolean; size?: number } = {},
  after = 0,
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [run(text, style)],
  });

export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
export const NO_BORDERS: ITableCellBorders = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
};

/** A table without borders (the heading block, the signature). */
export const BORDERLESS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

/** A bordered table: a shaded header row, numbers right-aligned, an optional bold total row. */
export function grid(
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

export const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

export const placeholder = (text: string) => body(text, { italics: true });
