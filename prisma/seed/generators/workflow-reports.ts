import { PeriodExceptionKind, ReportStatus } from "../../../lib/generated/prisma/enums";
import { day, endOfDayInVietnam, periodKey } from "../../../lib/periods/period-dates";
import type { DemoPlan } from "./plan";
import { communeSlots, pointSlots, type SlotCommune, type SlotPoint } from "./year-reports";
import type { Rng } from "./random";
import { buildReports, type ReportSlot } from "./reports";
import { COMMUNE_SPECS, generateValues, POINT_SPECS } from "./report-values";

// Reports still in the workflow, so that the worklists are not empty on first start: in Cà Mau's
// communes from Bạc Liêu, 2026 Q3 commune reports waiting for approval (12), returned with a
// comment (3), still drafts (4) and missing (the other 6: overdue); the points of one commune
// (Phường Giá Rai, the demo commune officer's) with Q3 reports submitted or in draft and Q4 drafts.
// Dashboards count APPROVED reports only, so none of these touches the published figures.
// Q3 was due on 15/10/2026 and closed after 30/10; the province reopened it until 31/12/2026, so on
// the demo's first start (1/12/2026) its missing and draft reports are overdue but can still be
// entered, and the Q4 drafts are due.

export const WORKFLOW_REOPENED_UNTIL = endOfDayInVietnam(day(2026, 12, 31));
export const WORKFLOW_REOPENING_REASON =
  "Gia hạn nhập báo cáo quý III/2026 do ảnh hưởng của mưa lũ.".normalize("NFC");

export const WORKFLOW_YEAR = 2026;
export const WORKFLOW_COMMUNE_STATUSES: readonly ReportStatus[] = [
  ...Array<ReportStatus>(12).fill(ReportStatus.SUBMITTED),
  ...Array<ReportStatus>(3).fill(ReportStatus.RETURNED),
  ...Array<ReportStatus>(4).fill(ReportStatus.DRAFT),
];

export interface WorkflowSample {
  provinceId: number;
  points: readonly SlotPoint[];
  communes: readonly SlotCommune[];
  /** Commune whose points get point reports in the workflow. */
  focusCommuneId: number;
  periodIds: ReadonlyMap<string, number>;
  indicatorIds: ReadonlyMap<string, number>;
  id: (kind: string, key: string) => string;
}

function addReports(
  plan: DemoPlan,
  sample: WorkflowSample,
  slots: ReportSlot[],
  statuses: readonly ReportStatus[],
  rng: Rng,
): void {
  if (slots.length === 0) return;
  const specs = slots[0]?.kind === "POINT" ? POINT_SPECS : COMMUNE_SPECS;
  const values = generateValues(specs, slots, {}, rng.fork("values"));
  const rows = buildReports(
    sample.provinceId,
    slots,
    values,
    sample.indicatorIds,
    sample.id,
    rng.fork("rows"),
    (i) => statuses[i] ?? ReportStatus.DRAFT,
  );
  plan.reports.push(...rows.reports);
  plan.reportValues.push(...rows.values);
  plan.statusChanges.push(...rows.statusChanges);
}

export function planWorkflowSample(plan: DemoPlan, sample: WorkflowSample, rng: Rng): void {
  const q3Period = sample.periodIds.get(periodKey(WORKFLOW_YEAR, 3));
  if (q3Period === undefined) throw new Error(`No period ${periodKey(WORKFLOW_YEAR, 3)}`);
  plan.periodReopenings.push({
    id: sample.id("period-reopening", periodKey(WORKFLOW_YEAR, 3)),
    provinceId: sample.provinceId,
    periodId: q3Period,
    kind: PeriodExceptionKind.REOPENING,
    until: WORKFLOW_REOPENED_UNTIL,
    reason: WORKFLOW_REOPENING_REASON,
  });
  const q3 = (s: ReportSlot): boolean => s.quarter === 3;
  const communes = rng.shuffle(
    communeSlots(sample.communes, WORKFLOW_YEAR, sample.periodIds).filter(q3),
  );
  const taken = communes.slice(0, WORKFLOW_COMMUNE_STATUSES.length);
  addReports(plan, sample, taken, WORKFLOW_COMMUNE_STATUSES, rng.fork("communes"));

  const focus = sample.points.filter((p) => p.communeId === sample.focusCommuneId);
  const pointQ3 = pointSlots(focus, WORKFLOW_YEAR, sample.periodIds).filter(q3);
  const q3Statuses = pointQ3.map((_, i) =>
    i % 5 === 4 ? ReportStatus.DRAFT : i % 7 === 3 ? ReportStatus.RETURNED : ReportStatus.SUBMITTED,
  );
  addReports(plan, sample, pointQ3, q3Statuses, rng.fork("points-q3"));
  const pointQ4 = pointSlots(focus, WORKFLOW_YEAR, sample.periodIds).filter((s) => s.quarter === 4);
  const q4 = pointQ4.filter((_, i) => i % 3 === 0);
  addReports(
    plan,
    sample,
    q4,
    q4.map(() => ReportStatus.DRAFT),
    rng.fork("points-q4"),
  );
}

/** The quarter still in the workflow on the demo's first start (1/12/2026). */
export const IN_PROGRESS_YEAR = 2026;
export const IN_PROGRESS_QUARTER = 3;
/** Of a quarter in progress: reports not sent (overdue) and sent but not yet decided. */
const NOT_SENT = 0.14;
const WAITING = 0.12;

/**
 * The quarter in progress, planned like the years before (approved) and then settled as a province
 * leaves it in December: most reports approved, some submitted and waiting, some never sent
 * (overdue while the period is reopened, missing once it closed). In the workflow province the
 * commune reports and the focus commune's point reports are left to `planWorkflowSample` (its
 * worklist states); `focusCommuneId` null elsewhere.
 */
export function settleQuarterInProgress(
  plan: DemoPlan,
  periodId: number,
  focusCommuneId: number | null,
  rng: Rng,
): void {
  const dropped = new Set<string>();
  const waiting = new Set<string>();
  for (const report of plan.reports) {
    if (report.periodId !== periodId) continue;
    const id = report.id ?? "";
    const workflow =
      focusCommuneId !== null && (report.kind === "COMMUNE" || report.communeId === focusCommuneId);
    const draw = rng.next();
    if (workflow || draw < NOT_SENT) dropped.add(id);
    else if (draw < NOT_SENT + WAITING) waiting.add(id);
  }
  if (dropped.size === 0 && waiting.size === 0) return;
  plan.reports = plan.reports.filter((r) => !dropped.has(r.id ?? ""));
  for (const report of plan.reports) {
    if (!waiting.has(report.id ?? "")) continue;
    report.status = ReportStatus.SUBMITTED;
    report.approvedAt = null;
    report.version = 2;
    report.updatedAt = report.submittedAt ?? report.updatedAt;
  }
  plan.reportValues = plan.reportValues.filter((v) => !dropped.has(v.reportId));
  plan.statusChanges = plan.statusChanges.filter(
    (s) =>
      !dropped.has(s.reportId) &&
      !(waiting.has(s.reportId) && s.toStatus === ReportStatus.APPROVED),
  );
}
