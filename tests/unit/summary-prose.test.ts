// The summary report's prose and document, from plain data: Vietnamese number format, indicators
// that are zero left out, the comparison's signs, the heading block, the download's names.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { contentDisposition, summaryFileNames } from "@/lib/summary/file-name";
import {
  compare,
  comparisonSentence,
  periodPhrase,
  resultParagraphs,
  signed,
} from "@/lib/summary/prose";
import type { SummaryData, SummaryFigure, SummaryUnit } from "@/lib/summary/types";
import { teamRatingSentences } from "@/lib/summary/docx-sections";
import { dateLine, writeSummaryDocx } from "@/lib/summary/write-summary-docx";

const figure = (
  code: string,
  current: number,
  previous = 0,
  extra: Partial<SummaryFigure> = {},
): SummaryFigure => ({
  code,
  nameVi: `Chỉ tiêu ${code}`,
  groupVi: null,
  kind: "POINT",
  unit: "COUNT",
  aggregation: "FLOW",
  current,
  previous,
  ...extra,
});

const CA_MAU = { id: 1, name: "Cà Mau", shortName: "Cà Mau", kind: "PROVINCE" as const };
const FORMER: SummaryUnit = {
  level: "FORMER",
  formerProvinceId: 7,
  name: "Tỉnh Bạc Liêu",
  shortName: "Bạc Liêu",
  successor: CA_MAU,
};
const YEAR_2023 = { year: 2023, quarter: null };

const PUBLISHED = [
  figure("launch_campaigns", 1_406, 1_300, { kind: "COMMUNE" }),
  figure("launch_attendees", 131_274, 0, { kind: "COMMUNE" }),
  figure("leaflets", 155_853, 160_000, { kind: "COMMUNE" }),
  figure("media_rounds", 0, 12, { kind: "COMMUNE" }),
  figure("tips", 1_994, 1_994),
  figure("mediations", 384, 300),
  figure("mediations_successful", 384, 250),
  figure("weapons_handed_in", 2_278, 2_000),
  figure("patrols", 731, 700),
  figure("scenes_protected", 0, 0),
];

describe("resultParagraphs", () => {
  const text = resultParagraphs(FORMER, YEAR_2023, PUBLISHED).join("\n");

  it("writes the published sentence with Vietnamese number grouping", () => {
    expect(text).toContain(
      "Trong năm 2023, Công an toàn tỉnh phát động phong trào 1.406 cuộc, 131.274 người tham dự, phát 155.853 tờ rơi, tài liệu tuyên truyền.",
    );
    expect(text).toContain("cung cấp cho cơ quan Công an 1.994 nguồn tin có giá trị");
    expect(text).toContain("giao nộp 2.278 vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo");
    expect(text).toContain("; hòa giải thành công 384 vụ.");
    expect(text).toContain("tuần tra, canh gác 731 cuộc");
  });

  it("skips the indicators that are zero", () => {
    expect(text).not.toContain("loa");
    expect(text).not.toContain("hiện trường");
    expect(text).not.toMatch(/\b0 /);
  });

  it("names the attempted mediations only when some failed", () => {
    const some = resultParagraphs(FORMER, YEAR_2023, [
      figure("mediations", 400),
      figure("mediations_successful", 384),
    ]).join(" ");
    expect(some).toContain("hòa giải thành công 384 vụ trên tổng số 400 vụ việc được hòa giải");
    const none = resultParagraphs(FORMER, YEAR_2023, [figure("mediations", 12)]).join(" ");
    expect(none).toContain("tham gia hòa giải 12 vụ việc");
    expect(none).not.toContain("thành công");
  });

  it("leaves out a dependent figure whose parent is zero, and lists unknown indicators", () => {
    const text = resultParagraphs(FORMER, YEAR_2023, [
      figure("launch_attendees", 50, 0, { kind: "COMMUNE" }),
      figure("new_indicator", 1_234_567, 0, { nameVi: "Số buổi Ngày hội" }),
    ]).join("\n");
    expect(text).not.toContain("50 người tham dự");
    expect(text).toContain("Các chỉ tiêu khác: số buổi ngày hội: 1.234.567.");
  });

  it("speaks for the nation, a city and a quarter; says so when there is nothing", () => {
    const nation = resultParagraphs({ level: "NATION" }, { year: 2024, quarter: 3 }, PUBLISHED);
    expect(nation[0]).toMatch(/^Trong quý III năm 2024, Công an các đơn vị, địa phương phát động/);
    const city = resultParagraphs(
      { level: "PROVINCE", province: { ...CA_MAU, shortName: "Hà Nội", kind: "CITY" } },
      YEAR_2023,
      PUBLISHED,
    );
    expect(city[0]).toContain("Công an toàn thành phố");
    expect(resultParagraphs(FORMER, YEAR_2023, [])).toEqual([
      "Trong năm 2023, chưa có báo cáo nào được phê duyệt có số liệu.",
    ]);
  });

  it("writes money with đồng", () => {
    const text = resultParagraphs(FORMER, YEAR_2023, [
      figure("gifts", 12),
      figure("gifts_value", 6_500_000, 0, { unit: "VND" }),
    ]).join(" ");
    expect(text).toContain("trao tặng 12 suất quà trị giá 6.500.000 đồng");
  });
});

describe("the comparison", () => {
  it("signs the change and the percentage", () => {
    expect(compare(1_406, 1_300)).toEqual({
      change: 106,
      changeText: "+106",
      percentText: "+8,15 %",
    });
    expect(compare(155_853, 160_000)).toEqual({
      change: -4_147,
      changeText: "-4.147",
      percentText: "-2,59 %",
    });
    expect(compare(1_994, 1_994)).toEqual({ change: 0, changeText: "0", percentText: "0 %" });
    expect(compare(5, 0)).toEqual({ change: 5, changeText: "+5", percentText: "—" });
    expect(signed(-1_234_567)).toBe("-1.234.567");
  });

  it("counts what went up, down and stayed", () => {
    expect(comparisonSentence(YEAR_2023, PUBLISHED)).toBe(
      "So với năm 2022, 6 chỉ tiêu tăng, 2 chỉ tiêu giảm, 1 chỉ tiêu không đổi (chi tiết tại bảng dưới đây).",
    );
    expect(comparisonSentence({ year: 2024, quarter: 2 }, [])).toBe(
      "Không có số liệu để so sánh với quý II năm 2023.",
    );
    expect(periodPhrase({ year: 2024, quarter: 4 })).toBe("quý IV năm 2024");
  });
});

describe("the team ratings", () => {
  const none = { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 };
  it("says when no team was rated, and leaves the 20 % rule out when none is excellent", () => {
    expect(teamRatingSentences(2023, { grades: none, communes: 0, overQuota: [] })).toEqual([
      "Năm 2023, chưa có kết quả xếp loại Tổ bảo vệ an ninh, trật tự ở cơ sở.",
    ]);
    expect(
      teamRatingSentences(2023, {
        grades: { ...none, GOOD: 3, NOT_COMPLETED: 1 },
        communes: 1,
        overQuota: [],
      }),
    ).toEqual([
      "Năm 2023, xếp loại 4 Tổ bảo vệ an ninh, trật tự ở cơ sở: 3 tổ hoàn thành tốt nhiệm vụ (75 %), 1 tổ không hoàn thành nhiệm vụ (25 %).",
    ]);
  });

  it("names the communes that rate more teams excellent than the 20 % rule allows", () => {
    const [, rule] = teamRatingSentences(2024, {
      grades: { ...none, EXCELLENT: 3, GOOD: 9 },
      communes: 3,
      overQuota: [
        { communeName: "Phường Giá Rai", excellent: 2, goodOrBetter: 6, maxExcellent: 1 },
        { communeName: "Xã Hồng Dân", excellent: 1, goodOrBetter: 2, maxExcellent: 0 },
      ],
    });
    expect(rule).toBe(
      "Số tổ hoàn thành xuất sắc nhiệm vụ bằng 25 % số tổ hoàn thành tốt nhiệm vụ trở lên (mỗi xã, phường, đặc khu không quá 20 %); 2 xã, phường, đặc khu vượt tỷ lệ này, cần rà soát lại: Phường Giá Rai (2 tổ xuất sắc trên 6 tổ hoàn thành tốt nhiệm vụ trở lên, được tối đa 1 tổ); Xã Hồng Dân (1 tổ xuất sắc trên 2 tổ hoàn thành tốt nhiệm vụ trở lên, được tối đa 0 tổ).",
    );
  });
});

describe("the document", () => {
  const data: SummaryData = {
    unit: FORMER,
    period: YEAR_2023,
    figures: PUBLISHED,
    recognitions: [
      {
        modelName: "Camera an ninh",
        level: "MINISTRY_NATIONWIDE",
        issuer: "Bộ Công an",
        decisionNumber: "123/QĐ-BCA",
        decidedOn: new Date(Date.UTC(2023, 4, 4)),
      },
    ],
    safety: [{ unitType: "RESIDENTIAL_AREA", registered: 1_063, achieved: 1_048 }],
    ratings: [
      { rating: "GOOD", count: 55 },
      { rating: "FAIR", count: 35 },
    ],
    teamRatings: {
      grades: { EXCELLENT: 3, GOOD: 17, COMPLETED: 5, NOT_COMPLETED: 0 },
      communes: 4,
      overQuota: [],
    },
    awards: [{ issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 2, persons: 3 }],
    asOf: new Date(Date.UTC(2024, 0, 20, 7, 5)),
    draftedOn: new Date(Date.UTC(2026, 1, 5, 3)),
  };

  it("is a .docx holding the heading block, the figures and the tables", async () => {
    const zip = await JSZip.loadAsync(await writeSummaryDocx(data));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    for (const expected of [
      "CÔNG AN TỈNH CÀ MAU",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Cà Mau, ngày 05 tháng 02 năm 2026",
      "Số:         /BC-CAT",
      "trên địa bàn tỉnh Bạc Liêu (cũ)",
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "II. TỒN TẠI, HẠN CHẾ",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
      "1.406",
      "131.274",
      "155.853",
      "1.994",
      "hòa giải thành công 384 vụ",
      "Bộ Công an công nhận nhân rộng toàn quốc (Quyết định số 123/QĐ-BCA, ngày 04/05/2023)",
      "98,59 %",
      "55 tốt (61,11 %), 35 khá (38,89 %)",
      "4. Đánh giá, xếp loại mô hình và Tổ bảo vệ an ninh, trật tự ở cơ sở",
      "xếp loại 25 Tổ bảo vệ an ninh, trật tự ở cơ sở: 3 tổ hoàn thành xuất sắc nhiệm vụ (12 %), 17 tổ hoàn thành tốt nhiệm vụ (68 %), 5 tổ hoàn thành nhiệm vụ (20 %).",
      "bằng 15 % số tổ hoàn thành tốt nhiệm vụ trở lên (mỗi xã, phường, đặc khu không quá 20 %); 4 xã, phường, đặc khu có tổ được xếp loại đều bảo đảm tỷ lệ này.",
      "Bằng khen",
      "-2,59 %",
      "cập nhật đến 20/01/2024 14:05",
    ])
      expect(text, expected).toContain(expected);
    // A4, Times New Roman 14 pt, margins 20/20/30/15 mm (Nghị định 30/2020).
    const section = /<w:sectPr>.*<\/w:sectPr>/.exec(xml)?.[0] ?? "";
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(section).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"');
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:sz w:val="28"/>');
  });

  it("is headed by the ministry's department for the nation", async () => {
    const zip = await JSZip.loadAsync(
      await writeSummaryDocx({ ...data, unit: { level: "NATION" } }),
    );
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(
      /<[^>]+>/g,
      "",
    );
    expect(text).toContain("BỘ CÔNG AN");
    expect(text).toContain("Hà Nội, ngày 05 tháng 02 năm 2026");
    expect(text).not.toContain("trên địa bàn");
  });

  it("writes the date line as Nghị định 30 asks (0 before a day under 10, a month under 3)", () => {
    expect(dateLine("Cà Mau", new Date(Date.UTC(2026, 10, 20, 3)))).toBe(
      "Cà Mau, ngày 20 tháng 11 năm 2026",
    );
    // 31 Dec 2025 20:00 UTC is already 1 Jan 2026 in Vietnam.
    expect(dateLine("Hà Nội", new Date(Date.UTC(2025, 11, 31, 20)))).toBe(
      "Hà Nội, ngày 01 tháng 01 năm 2026",
    );
  });

  it("is named without diacritics, and in Vietnamese in filename*", () => {
    const names = summaryFileNames(data);
    expect(names.ascii).toBe("bao-cao-phong-trao-bac-lieu-cu-2023.docx");
    expect(summaryFileNames({ ...data, unit: { level: "PROVINCE", province: CA_MAU } }).ascii).toBe(
      "bao-cao-phong-trao-ca-mau-2023.docx",
    );
    expect(
      summaryFileNames({ ...data, unit: { level: "NATION" }, period: { year: 2024, quarter: 3 } })
        .ascii,
    ).toBe("bao-cao-phong-trao-toan-quoc-2024-quy-3.docx");
    const header = contentDisposition(names);
    expect(header).toContain('filename="bao-cao-phong-trao-bac-lieu-cu-2023.docx"');
    expect(header).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");
    expect(header).toContain("%28c%C5%A9%29");
    expect(decodeURIComponent(header.split("''")[1] ?? "")).toBe(
      "Báo cáo phong trào Bạc Liêu (cũ) năm 2023.docx",
    );
  });
});
