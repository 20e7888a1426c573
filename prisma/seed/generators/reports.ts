import type { Prisma } from "../../../lib/generated/prisma/client";
import { Rating, ReportKind, ReportStatus } from "../../../lib/generated/prisma/enums";
import { periodDates } from "../../../lib/periods/period-dates";
import type { Rng } from "./random";
import type { ValueSlot, ValueTable } from "./report-values";

// Approved quarterly reports built from generated values: the report rows, one value per indicator,
// and the status history (submitted, then approved) that the workflow would have left.

export interface ReportSlot extends ValueSlot {
  /** Stable key for the report's id, e.g. "point:17:2023-Q1". */
  key: string;
  kind: ReportKind;
  communeId: number;
  pointId: string | null;
  year: number;
  quarter: number;
  periodId: number;
  /** The point's rating that year (its self-rating), if any. */
  rating?: Rating;
  /** Indicators the report does not carry (e.g. border patrols away from the border). */
  omit?: ReadonlySet<string>;
}

export interface ReportRows {
  reports: Prisma.ReportCreateManyInput[];
  values: Prisma.ReportValueCreateManyInput[];
  statusChanges: Prisma.ReportStatusChangeCreateManyInput[];
}

const DIFFICULTIES = [
  "Kinh phí hoạt động còn hạn chế, chủ yếu do thành viên tự đóng góp.",
  "Một số thành viên lớn tuổi, đi làm ăn xa nên sinh hoạt chưa đều.",
  "Phương tiện, công cụ hỗ trợ tuần tra còn thiếu.",
  "Địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa.",
  "Chế độ hỗ trợ cho thành viên chưa tương xứng.",
].map((s) => s.normalize("NFC"));

const PROPOSALS = [
  "Đề nghị hỗ trợ kinh phí mua đèn pin, áo phản quang cho tổ tuần tra.",
  "Đề nghị mở lớp tập huấn kỹ năng hòa giải cho thành viên.",
  "Đề nghị khen thưởng kịp thời các thành viên tích cực.",
  "Đề nghị bổ sung loa, camera tại các tuyến đường trọng điểm.",
].map((s) => s.normalize("NFC"));

const v = (values: ReadonlyMap<string, number>, code: string): number => values.get(code) ?? 0;

/** A one-line summary of a point report, as a point leader would write it. */
export function pointResults(values: ReadonlyMap<string, number>): string {
  const parts: string[] = [];
  if (v(values, "patrols") > 0)
    parts.push(
      `tuần tra ${v(values, "patrols")} cuộc với ${v(values, "patrol_participants")} lượt người`,
    );
  if (v(values, "border_patrols") > 0)
    parts.push(`tuần tra đường biên, cột mốc ${v(values, "border_patrols")} cuộc`);
  if (v(values, "tips") > 0) parts.push(`cung cấp ${v(values, "tips")} tin có giá trị`);
  if (v(values, "mediations") > 0)
    parts.push(
      `hòa giải thành ${v(values, "mediations_successful")}/${v(values, "mediations")} vụ việc`,
    );
  if (v(values, "propaganda_sessions") > 0)
    parts.push(`tuyên truyền ${v(values, "propaganda_sessions")} buổi`);
  if (v(values, "weapons_handed_in") > 0)
    parts.push(`vận động giao nộp ${v(values, "weapons_handed_in")} vũ khí, vật liệu nổ, pháo`);
  const text = parts.length > 0 ? parts.join("; ") : "duy trì sinh hoạt định kỳ";
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`.normalize("NFC");
}

/** A one-line summary of a commune report. */
export function communeResults(values: ReadonlyMap<string, number>): string {
  const parts = [
    `Phát động ${v(values, "launch_campaigns")} đợt với ${v(values, "launch_attendees")} lượt người dự`,
  ];
  if (v(values, "leaflets") > 0) parts.push(`phát hành ${v(values, "leaflets")} tờ rơi`);
  if (v(values, "forums") > 0)
    parts.push(`tổ chức ${v(values, "forums")} buổi “Công an lắng nghe ý kiến Nhân dân”`);
  return `${parts.join("; ")}.`.normalize("NFC");
}

const SELF_RATINGS: readonly (readonly [Rating, number])[] = [
  [Rating.GOOD, 55],
  [Rating.FAIR, 35],
  [Rating.AVERAGE, 9],
  [Rating.WEAK, 1],
];

const RETURN_COMMENTS = [
  "Đề nghị bổ sung số liệu tuần tra tháng cuối quý.",
  "Số lượt người dự phát động chưa khớp với biên bản, đề nghị kiểm tra lại.",
  "Đề nghị ghi rõ kết quả hòa giải từng vụ việc.",
].map((s) => s.normalize("NFC"));

const DAY = 86_400_000;

/**
 * Reports for the slots, APPROVED unless `statusOf` says otherwise. `tables` holds each indicator's
 * values, one per slot (same order). Most reports are submitted before the deadline; some late,
 * within the grace period. The status history is what the workflow would have left.
 */
export function buildReports(
  provinceId: number,
  slots: readonly ReportSlot[],
  tables: ValueTable,
  indicatorIds: ReadonlyMap<string, number>,
  id: (kind: string, key: string) => string,
  rng: Rng,
  statusOf: (index: number) => ReportStatus = () => ReportStatus.APPROVED,
): ReportRows {
  const rows: ReportRows = { reports: [], values: [], statusChanges: [] };
  slots.forEach((slot, index) => {
    const reportId = id("report", slot.key);
    const status = statusOf(index);
    const values = new Map<string, number>();
    for (const [code, column] of tables) {
      if (!slot.omit?.has(code)) values.set(code, column[index] ?? 0);
    }
    const period = periodDates(slot.year, slot.quarter);
    const submittedDay = rng.chance(0.88) ? -rng.int(0, 12) : rng.int(1, 14);
    // 08:00–17:00 Vietnam time is 01:00–10:00 UTC.
    const submittedAt = new Date(
      period.deadline.getTime() + submittedDay * DAY + rng.int(3600, 10 * 3600) * 1000,
    );
    const decidedAt = new Date(
      submittedAt.getTime() + rng.int(1, 8) * DAY + rng.int(0, 6 * 3600) * 1000,
    );
    const createdAt = new Date(submittedAt.getTime() - rng.int(1, 6) * DAY);
    const submitted = status !== ReportStatus.DRAFT;
    const decided = status === ReportStatus.APPROVED || status === ReportStatus.RETURNED;
    const point = slot.kind === ReportKind.POINT;
    rows.reports.push({
      id: reportId,
      provinceId,
      communeId: slot.communeId,
      periodId: slot.periodId,
      kind: slot.kind,
      pointId: slot.pointId,
      status,
      selfRating: point ? (slot.rating ?? rng.weighted(SELF_RATINGS)) : null,
      results: point ? pointResults(values) : communeResults(values),
      difficulties: rng.chance(0.3) ? rng.pick(DIFFICULTIES) : null,
      proposals: rng.chance(0.2) ? rng.pick(PROPOSALS) : null,
      version: 1 + Number(submitted) + Number(decided),
      submittedAt: submitted ? submittedAt : null,
      approvedAt: status === ReportStatus.APPROVED ? decidedAt : null,
      createdAt,
      updatedAt: decided ? decidedAt : submitted ? submittedAt : createdAt,
    });
    for (const [code, value] of values) {
      const indicatorId = indicatorIds.get(code);
      if (indicatorId === undefined) throw new Error(`Indicator ${code} is not in the catalog`);
      rows.values.push({ provinceId, reportId, indicatorId, value });
    }
    if (submitted) {
      rows.statusChanges.push({
        id: id("status", `${slot.key}:submitted`),
        provinceId,
        reportId,
        fromStatus: ReportStatus.DRAFT,
        toStatus: ReportStatus.SUBMITTED,
        at: submittedAt,
      });
    }
    if (decided) {
      const returned = status === ReportStatus.RETURNED;
      rows.statusChanges.push({
        id: id("status", `${slot.key}:${returned ? "returned" : "approved"}`),
        provinceId,
        reportId,
        fromStatus: ReportStatus.SUBMITTED,
        toStatus: status,
        comment: returned ? rng.pick(RETURN_COMMENTS) : null,
        at: decidedAt,
      });
    }
  });
  return rows;
}
