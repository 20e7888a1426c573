import { formatChange, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { SummaryFigure, SummaryPeriod, SummaryUnit } from "./types";

// The Vietnamese prose of the summary report, built from the figures the way provincial police
// write it ("Trong năm 2023, Công an toàn tỉnh phát động phong trào 1.406 cuộc, 131.274 người tham
// dự, phát 155.853 tờ rơi…; cung cấp cho cơ quan Công an 1.994 nguồn tin…"). Pure: the writer and
// the tests call it with plain data. An indicator that is zero is left out of the sentences.

const ROMAN = ["I", "II", "III", "IV"] as const;

/** "1.406" — the document is Vietnamese whatever the reader's language. */
export const vn = (value: number): string => formatNumber(value, "vi");

/** "năm 2023", "quý III năm 2024". */
export function periodPhrase(period: SummaryPeriod): string {
  const quarter = period.quarter === null ? undefined : ROMAN[period.quarter - 1];
  return quarter ? `quý ${quarter} năm ${period.year}` : `năm ${period.year}`;
}

/** The same period a year before. */
export function previousPeriod(period: SummaryPeriod): SummaryPeriod {
  return { year: period.year - 1, quarter: period.quarter };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

const isCity = (unit: SummaryUnit): boolean =>
  unit.level === "PROVINCE"
    ? unit.province.kind === "CITY"
    : unit.level === "FORMER" && unit.name.startsWith("Thành phố");

/** Who did it, as the reports say: "Công an toàn tỉnh", "Công an toàn thành phố", the nation's units. */
export function actorPhrase(unit: SummaryUnit): string {
  if (unit.level === "NATION") return "Công an các đơn vị, địa phương";
  return isCity(unit) ? "Công an toàn thành phố" : "Công an toàn tỉnh";
}

/** "tỉnh Cà Mau", "thành phố Hà Nội", "tỉnh Bạc Liêu (cũ)", "toàn quốc". */
export function areaPhrase(unit: SummaryUnit): string {
  if (unit.level === "NATION") return "toàn quốc";
  const kind = isCity(unit) ? "thành phố" : "tỉnh";
  if (unit.level === "FORMER") return `${kind} ${unit.shortName} (cũ)`;
  return `${kind} ${unit.province.shortName}`;
}

interface Values {
  /** The value of an indicator (0 when it has none). */
  n: (code: string) => number;
  /** The value formatted: "1.406"; money with "đồng". */
  f: (code: string) => string;
}

interface Clause {
  /** The indicators the clause speaks of (the others go to "Các chỉ tiêu khác"). */
  codes: readonly string[];
  render: (values: Values) => string | null;
}

interface Follower {
  code: string;
  text: (n: string) => string;
  /** How it joins its parent's clause (", " unless told). */
  join?: string;
}

/** A clause about one indicator, with the indicators that only make sense after it. */
function clause(code: string, text: (n: string) => string, followers: Follower[] = []): Clause {
  return {
    codes: [code, ...followers.map((f) => f.code)],
    render: ({ n, f }) => {
      if (n(code) === 0) return null;
      let rendered = text(f(code));
      for (const follower of followers)
        if (n(follower.code) !== 0)
          rendered += (follower.join ?? ", ") + follower.text(f(follower.code));
      return rendered;
    },
  };
}

// "hòa giải thành công 384 vụ" — the published phrase names the successful ones; the attempted
// are added only when they are more.
const MEDIATION: Clause = {
  codes: ["mediations", "mediations_successful"],
  render: ({ n, f }) => {
    const successful = n("mediations_successful");
    const attempted = n("mediations");
    if (successful > 0)
      return (
        `hòa giải thành công ${f("mediations_successful")} vụ` +
        (attempted > successful ? ` trên tổng số ${f("mediations")} vụ việc được hòa giải` : "")
      );
    return attempted > 0 ? `tham gia hòa giải ${f("mediations")} vụ việc` : null;
  },
};

/** A paragraph: its subject, then groups of clauses (", " inside a group, "; " between groups). */
interface ParagraphSpec {
  subject: (unit: SummaryUnit, period: SummaryPeriod) => string;
  groups: readonly (readonly Clause[])[];
}

const PARAGRAPHS: readonly ParagraphSpec[] = [
  {
    subject: (unit, period) =>
      `${capitalise(`trong ${periodPhrase(period)}`)}, ${actorPhrase(unit)}`,
    groups: [
      [
        clause("launch_campaigns", (n) => `phát động phong trào ${n} cuộc`, [
          { code: "launch_attendees", text: (n) => `${n} người tham dự` },
        ]),
        clause("leaflets", (n) => `phát ${n} tờ rơi, tài liệu tuyên truyền`),
        clause("media_rounds", (n) => `tuyên truyền ${n} lượt trên loa, phương tiện thông tin`),
      ],
      [
        clause("propaganda_sessions", (n) => `tổ chức ${n} buổi tuyên truyền tại các mô hình`, [
          { code: "propaganda_attendees", text: (n) => `${n} lượt người dự` },
        ]),
      ],
      [
        clause("forums", (n) => `tổ chức ${n} buổi “Công an lắng nghe ý kiến Nhân dân”`, [
          { code: "forum_attendees", text: (n) => `với ${n} lượt người dự`, join: " " },
          { code: "forum_opinions", text: (n) => `tiếp nhận ${n} ý kiến của Nhân dân` },
        ]),
      ],
      [
        clause("training_classes", (n) => `mở ${n} lớp tập huấn, bồi dưỡng nghiệp vụ`, [
          { code: "trainees", text: (n) => `${n} lượt người được tập huấn` },
        ]),
      ],
    ],
  },
  {
    subject: () => "Qua phong trào, quần chúng Nhân dân đã",
    groups: [
      [clause("tips", (n) => `cung cấp cho cơ quan Công an ${n} nguồn tin có giá trị`)],
      [
        clause(
          "weapons_handed_in",
          (n) => `giao nộp ${n} vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo`,
        ),
        clause(
          "commune_weapons_handed_in",
          (n) => `thu hồi qua phát động ${n} vũ khí, vật liệu nổ, pháo`,
        ),
      ],
      [MEDIATION],
      [
        clause("scenes_protected", (n) => `tham gia bảo vệ hiện trường ${n} vụ`),
        clause("fire_rescue_callouts", (n) => `tham gia chữa cháy, cứu nạn, cứu hộ ${n} vụ`),
      ],
      [
        clause(
          "reintegration_helped",
          (n) => `giúp đỡ ${n} người chấp hành xong án phạt tù tái hòa nhập cộng đồng`,
        ),
      ],
    ],
  },
  {
    subject: () => "Các mô hình, tổ, đội quần chúng bảo vệ an ninh, trật tự đã",
    groups: [
      [
        clause("patrols", (n) => `tuần tra, canh gác ${n} cuộc`, [
          { code: "patrol_participants", text: (n) => `với ${n} lượt người tham gia`, join: " " },
        ]),
        clause("joint_patrols", (n) => `phối hợp tuần tra ${n} cuộc`),
        clause("border_patrols", (n) => `tuần tra đường biên, cột mốc ${n} cuộc`, [
          {
            code: "border_patrol_participants",
            text: (n) => `với ${n} lượt người tham gia`,
            join: " ",
          },
        ]),
      ],
      [clause("meetings_held", (n) => `sinh hoạt định kỳ ${n} buổi`)],
      [
        clause("houses_built", (n) => `xây tặng ${n} nhà tình nghĩa, nhà tình thương`),
        clause("gifts", (n) => `trao tặng ${n} suất quà`, [
          { code: "gifts_value", text: (n) => `trị giá ${n}`, join: " " },
        ]),
      ],
      [
        clause(
          "cameras_in_service",
          (n) => `duy trì ${n} camera giám sát an ninh, trật tự đang hoạt động`,
        ),
      ],
    ],
  },
];

const SPOKEN = new Set(PARAGRAPHS.flatMap((p) => p.groups.flat().flatMap((c) => c.codes)));

function valuesOf(figures: readonly SummaryFigure[], pick: (f: SummaryFigure) => number): Values {
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const n = (code: string) => {
    const figure = byCode.get(code);
    return figure ? pick(figure) : 0;
  };
  return {
    n,
    f: (code) => (byCode.get(code)?.unit === "VND" ? `${vn(n(code))} đồng` : vn(n(code))),
  };
}

/**
 * The paragraphs of "Kết quả đạt được": one per subject, its clauses joined as the reports join
 * them; indicators that are zero are skipped, and a paragraph with nothing to say is left out.
 * Indicators the sentences do not know (a catalog row added later) are listed at the end.
 */
export function resultParagraphs(
  unit: SummaryUnit,
  period: SummaryPeriod,
  figures: readonly SummaryFigure[],
): string[] {
  const values = valuesOf(figures, (f) => f.current);
  const paragraphs: string[] = [];
  for (const spec of PARAGRAPHS) {
    const groups = spec.groups
      .map((group) =>
        group
          .map((c) => c.render(values))
          .filter((text): text is string => text !== null)
          .join(", "),
      )
      .filter((text) => text !== "");
    if (groups.length > 0) paragraphs.push(`${spec.subject(unit, period)} ${groups.join("; ")}.`);
  }
  const others = figures.filter((f) => !SPOKEN.has(f.code) && f.current !== 0);
  if (others.length > 0) {
    const f = valuesOf(others, (x) => x.current).f;
    paragraphs.push(
      `Các chỉ tiêu khác: ${others.map((o) => `${o.nameVi.toLocaleLowerCase("vi")}: ${f(o.code)}`).join("; ")}.`,
    );
  }
  if (paragraphs.length === 0)
    paragraphs.push(
      `${capitalise(`trong ${periodPhrase(period)}`)}, chưa có báo cáo nào được phê duyệt có số liệu.`,
    );
  return paragraphs;
}

/** "+120", "-35", "0". */
export function signed(value: number): string {
  if (value === 0) return "0";
  return `${value > 0 ? "+" : "-"}${vn(Math.abs(value))}`;
}

export interface Comparison {
  change: number;
  /** "+120", "-35", "0". */
  changeText: string;
  /** "+9,35 %", "-2,1 %", "0 %", or "—" when the year before had nothing to compare with. */
  percentText: string;
}

export function compare(current: number, previous: number): Comparison {
  const change = current - previous;
  if (previous === 0) return { change, changeText: signed(change), percentText: "—" };
  return { change, changeText: signed(change), percentText: formatChange(change / previous, "vi") };
}

/** "So với năm 2022, 12 chỉ tiêu tăng, 3 chỉ tiêu giảm, 1 chỉ tiêu không đổi." */
export function comparisonSentence(
  period: SummaryPeriod,
  figures: readonly SummaryFigure[],
): string {
  const compared = figures.filter((f) => f.current !== 0 || f.previous !== 0);
  const before = periodPhrase(previousPeriod(period));
  if (compared.length === 0) return `Không có số liệu để so sánh với ${before}.`;
  const up = compared.filter((f) => f.current > f.previous).length;
  const down = compared.filter((f) => f.current < f.previous).length;
  const same = compared.length - up - down;
  const parts = [
    up > 0 ? `${vn(up)} chỉ tiêu tăng` : null,
    down > 0 ? `${vn(down)} chỉ tiêu giảm` : null,
    same > 0 ? `${vn(same)} chỉ tiêu không đổi` : null,
  ].filter((p): p is string => p !== null);
  return `So với ${before}, ${parts.join(", ")} (chi tiết tại bảng dưới đây).`;
}

/** "98,59 %" of achieved over registered, or "—". */
export function rate(part: number, whole: number): string {
  return whole === 0 ? "—" : formatPercent(part / whole, "vi");
}
