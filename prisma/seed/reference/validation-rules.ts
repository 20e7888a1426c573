import { RuleOperator, RuleSeverity } from "../../../lib/generated/prisma/enums";
import type { ReportRule } from "../../../lib/reports/check-rules";

// The default validation rules between two indicators of one report (e.g. successful mediations ≤
// mediations), written to ValidationRule. The report form refuses a save that breaks one, with the
// message in the user's language; the check itself is lib/reports/check-rules.ts.

export interface RuleSeed extends ReportRule {
  messageVi: string;
  messageEn: string;
  /** ERROR blocks submission; WARNING needs a comment. */
  severity: RuleSeverity;
}

const rule = (
  left: string,
  operator: RuleOperator,
  right: string,
  messageVi: string,
  messageEn: string,
  severity: RuleSeverity = RuleSeverity.ERROR,
): RuleSeed => ({
  code: `${left}_${operator.toLowerCase()}_${right}`,
  left,
  operator,
  right,
  messageVi: messageVi.normalize("NFC"),
  messageEn,
  severity,
});

const { LTE, GTE } = RuleOperator;

/** Checks between two indicators of one report. Every "people" count is at least its events. */
export const VALIDATION_RULES: readonly RuleSeed[] = [
  rule(
    "mediations_successful",
    LTE,
    "mediations",
    "Số vụ hòa giải thành không được lớn hơn số vụ hòa giải.",
    "Successful mediations cannot exceed mediations attempted.",
  ),
  rule(
    "patrol_participants",
    GTE,
    "patrols",
    "Mỗi cuộc tuần tra phải có ít nhất một người tham gia.",
    "Every patrol needs at least one participant.",
  ),
  rule(
    "border_patrol_participants",
    GTE,
    "border_patrols",
    "Mỗi cuộc tuần tra biên giới phải có ít nhất một người tham gia.",
    "Every border patrol needs at least one participant.",
  ),
  rule(
    "propaganda_attendees",
    GTE,
    "propaganda_sessions",
    "Mỗi buổi tuyên truyền phải có ít nhất một người dự.",
    "Every outreach session needs at least one attendee.",
  ),
  rule(
    "launch_attendees",
    GTE,
    "launch_campaigns",
    "Mỗi đợt phát động phải có ít nhất một người dự.",
    "Every launch campaign needs at least one attendee.",
  ),
  rule(
    "forum_attendees",
    GTE,
    "forums",
    "Mỗi buổi “Công an lắng nghe ý kiến Nhân dân” phải có người dự.",
    "Every forum needs at least one attendee.",
  ),
  rule(
    "forum_opinions",
    LTE,
    "forum_attendees",
    "Số ý kiến nhiều hơn số lượt người dự: một người có thể nêu nhiều ý kiến, đề nghị ghi chú để xác nhận.",
    "More opinions than attendees: one person may raise several, add a comment to confirm.",
    RuleSeverity.WARNING,
  ),
  rule(
    "trainees",
    GTE,
    "training_classes",
    "Mỗi lớp tập huấn phải có ít nhất một học viên.",
    "Every training class needs at least one trainee.",
  ),
];
