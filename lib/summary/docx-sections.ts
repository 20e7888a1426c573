import { Paragraph, Table } from "docx";
import { formatDateTime } from "@/lib/i18n/format";
import { body, grid, spacer } from "./docx-blocks";
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
  TEAM_GRADE_VI,
} from "./labels";
import { TEAM_GRADES } from "@/lib/ratings/team-grade-rule";
import { compare, comparisonSentence, periodPhrase, previousPeriod, rate, vn } from "./prose";
import type { SummaryData, SummaryTeamRatings } from "./types";

// The sections of "I. Kết quả đạt được" after the prose: recognitions, "An toàn về ANTT",
// ratings, awards, the comparison with the year before, and the note on where the figures come from.

export function recognitions(data: SummaryData): Paragraph[] {
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

export function safety(data: SummaryData): (Paragraph | Table)[] {
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

function pointRatingSentence(data: SummaryData): string {
  const rated = data.ratings.reduce((a, r) => a + r.count, 0);
  const year = data.period.year;
  if (rated === 0) return `Năm ${year}, chưa có kết quả đánh giá, xếp loại điểm nhân rộng mô hình.`;
  const parts = RATING_ORDER.flatMap((rating) => {
    const count = data.ratings.find((r) => r.rating === rating)?.count ?? 0;
    return count > 0 ? [`${vn(count)} ${RATING_VI[rating]} (${rate(count, rated)})`] : [];
  });
  return `Năm ${year}, đánh giá, xếp loại ${vn(rated)} điểm nhân rộng mô hình: ${parts.join(", ")}.`;
}

/**
 * The grassroots security teams' grades and the 20 % rule (lib/ratings/team-grade-rule.ts): the
 * teams rated "xuất sắc" against those rated "tốt" or better, and the communes that exceed it named.
 */
export function teamRatingSentences(year: number, teams: SummaryTeamRatings): string[] {
  const rated = TEAM_GRADES.reduce((a, g) => a + teams.grades[g], 0);
  if (rated === 0)
    return [`Năm ${year}, chưa có kết quả xếp loại Tổ bảo vệ an ninh, trật tự ở cơ sở.`];
  const parts = TEAM_GRADES.flatMap((grade) => {
    const count = teams.grades[grade];
    return count > 0 ? [`${vn(count)} tổ ${TEAM_GRADE_VI[grade]} (${rate(count, rated)})`] : [];
  });
  const sentences = [
    `Năm ${year}, xếp loại ${vn(rated)} Tổ bảo vệ an ninh, trật tự ở cơ sở: ${parts.join(", ")}.`,
  ];
  const excellent = teams.grades.EXCELLENT;
  if (excellent === 0) return sentences;
  const goodOrBetter = excellent + teams.grades.GOOD;
  const share =
    `Số tổ hoàn thành xuất sắc nhiệm vụ bằng ${rate(excellent, goodOrBetter)} số tổ hoàn thành ` +
    "tốt nhiệm vụ trở lên (mỗi xã, phường, đặc khu không quá 20 %)";
  if (teams.overQuota.length === 0)
    sentences.push(
      `${share}; ${vn(teams.communes)} xã, phường, đặc khu có tổ được xếp loại đều bảo đảm tỷ lệ này.`,
    );
  else
    sentences.push(
      `${share}; ${vn(teams.overQuota.length)} xã, phường, đặc khu vượt tỷ lệ này, cần rà soát lại: ` +
        teams.overQuota
          .map(
            (c) =>
              `${c.communeName} (${vn(c.excellent)} tổ xuất sắc trên ${vn(c.goodOrBetter)} tổ ` +
              `hoàn thành tốt nhiệm vụ trở lên, được tối đa ${vn(c.maxExcellent)} tổ)`,
          )
          .join("; ") +
        ".",
    );
  return sentences;
}

export function ratings(data: SummaryData): Paragraph[] {
  return [
    pointRatingSentence(data),
    ...teamRatingSentences(data.period.year, data.teamRatings),
  ].map((text) => body(text));
}

export function awards(data: SummaryData): (Paragraph | Table)[] {
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

export function comparison(data: SummaryData): (Paragraph | Table)[] {
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

export function sourceNote(data: SummaryData): Paragraph {
  const when = data.asOf ? formatDateTime(data.asOf, "vi") : null;
  return body(
    "(Số liệu tổng hợp từ các báo cáo đã được phê duyệt trên Cổng thông tin xây dựng phong trào" +
      (when ? `, cập nhật đến ${when}` : "") +
      ".)",
    { italics: true },
  );
}
