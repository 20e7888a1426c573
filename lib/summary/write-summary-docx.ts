import { Document, Packer } from "docx";
import { A4, BODY, FONT, heading, MARGIN, mm, placeholder, spacer, body } from "./docx-blocks";
import { documentTitle, headingBlock, reporterOf, signature, title } from "./docx-frame";
import { awards, comparison, ratings, recognitions, safety, sourceNote } from "./docx-sections";
import { areaPhrase, periodPhrase, previousPeriod, resultParagraphs } from "./prose";
import type { SummaryData } from "./types";

// The summary report as a Word document (Nghị định 30/2020/NĐ-CP's layout, docx-blocks.ts): the
// heading block and title (docx-frame.ts), the prose of the results (prose.ts), the sections drafted
// from the figures (docx-sections.ts). Pure: data in, a .docx Buffer out. Sections II and III are
// headed placeholders: what went wrong and what comes next are for the officer to write.

export { dateLine, documentTitle } from "./docx-frame";

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
    heading("4. Đánh giá, xếp loại mô hình và Tổ bảo vệ an ninh, trật tự ở cơ sở"),
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
