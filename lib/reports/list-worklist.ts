import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/enums";
import { entryWindow } from "@/lib/periods/entry-window";
import { expectedSubjects } from "./expected";
import { periodExceptions } from "./form-context";
import { reportsInScope } from "./find-report";

// The worklists. For each quarter of the last year that has begun, every subject expected to report
// (a commune, each point active in the quarter) with its report's state: due (not handed in, before
// the deadline), overdue (past it: it stays listed until it is in, never hidden), returned, waiting
// for approval. A commune officer's list is their commune's; a province's, its communes'; the
// ministry reads a province's list it chooses.

export const WORK_STATES = ["due", "overdue", "returned", "waiting"] as const;
export type WorkState = (typeof WORK_STATES)[number];

export interface WorklistFilter {
  provinceId?: number | undefined;
  communeId?: number | undefined;
  year?: number | undefined;
  quarter?: number | undefined;
  state?: WorkState | undefined;
  kind?: ReportKind | undefined;
}

export interface WorkItem {
  kind: ReportKind;
  communeId: number;
  communeName: string;
  pointId: string | null;
  name: string;
  periodId: number;
  year: number;
  quarter: number;
  state: WorkState;
  status: ReportStatus | null;
  reportId: string | null;
  version: number | null;
  dueAt: Date;
  daysLeft: number;
  open: boolean;
  submittedAt: Date | null;
  updatedAt: Date | null;
}

export interface Worklist {
  provinceId: number | null;
  periods: { id: number; year: number; quarter: number }[];
  items: WorkItem[];
  /** Per commune: how many of each state (all of the list's quarters, before the state filter). */
  communes: { id: number; name: string; counts: Record<WorkState, number> }[];
}

const LOOKBACK_QUARTERS = 5;

function stateOf(status: ReportStatus | null, pastDue: boolean): WorkState | null {
  if (status === "APPROVED") return null;
  if (status === "SUBMITTED") return "waiting";
  if (status === "RETURNED") return "returned";
  return pastDue ? "overdue" : "due";
}

export async function listWorklist(
  ctx: AuthContext,
  filter: WorklistFilter,
  now = new Date(),
): Promise<Worklist> {
  const provinceId =
    ctx.scope.level === "NATION" ? (filter.provinceId ?? null) : ctx.scope.provinceId;
  const communeId = ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : filter.communeId;
  if (provinceId === null) return { provinceId: null, periods: [], items: [], communes: [] };
  return inScope(ctx, async (tx) => {
    const periods = await tx.reportingPeriod.findMany({
      where: {
        startsOn: { lte: now },
        ...(filter.year ? { year: filter.year } : {}),
        ...(filter.quarter ? { quarter: filter.quarter } : {}),
      },
      orderBy: [{ year: "desc" }, { quarter: "desc" }],
      take: filter.year && filter.quarter ? 1 : LOOKBACK_QUARTERS,
    });
    const communeNames = new Map(
      (await tx.commune.findMany({ where: { provinceId }, select: { id: true, name: true } })).map(
        (c) => [c.id, c.name],
      ),
    );
    const items: WorkItem[] = [];
    for (const period of periods) {
      const [subjects, reports, exceptions] = await Promise.all([
        expectedSubjects(tx, { provinceId, ...(communeId ? { communeId } : {}) }, period),
        tx.report.findMany({
          where: {
            ...reportsInScope(ctx),
            provinceId,
            periodId: period.id,
            ...(communeId ? { communeId } : {}),
          },
          select: {
            id: true,
            kind: true,
            communeId: true,
            pointId: true,
            status: true,
            version: true,
            submittedAt: true,
            updatedAt: true,
            point: { select: { name: true } },
          },
        }),
        periodExceptions(tx, provinceId, period.id),
      ]);
      const key = (kind: string, commune: number, point: string | null) =>
        kind === "POINT" ? `p:${point}` : `c:${commune}`;
      const byKey = new Map(reports.map((r) => [key(r.kind, r.communeId, r.pointId), r]));
      const seen = new Set<string>();
      const add = (
        subject: { kind: ReportKind; communeId: number; pointId: string | null; name: string },
        report: (typeof reports)[number] | undefined,
      ) => {
        const window = entryWindow(period, exceptions, subject, now);
        const state = stateOf(report?.status ?? null, window.pastDue);
        if (!state) return;
        items.push({
          ...subject,
          communeName: communeNames.get(subject.communeId) ?? "",
          periodId: period.id,
          year: period.year,
          quarter: period.quarter,
          state,
          status: report?.status ?? null,
          reportId: report?.id ?? null,
          version: report?.version ?? null,
          dueAt: window.dueAt,
          daysLeft: window.daysLeft,
          open: window.open,
          submittedAt: report?.submittedAt ?? null,
          updatedAt: report?.updatedAt ?? null,
        });
      };
      for (const subject of subjects) {
        const k = key(subject.kind, subject.communeId, subject.pointId);
        seen.add(k);
        add(subject, byKey.get(k));
      }
      // A report in the workflow whose subject is no longer expected (a point dissolved before the
      // quarter, a date corrected) stays listed.
      for (const report of reports) {
        const k = key(report.kind, report.communeId, report.pointId);
        if (seen.has(k)) continue;
        add(
          {
            kind: report.kind,
            communeId: report.communeId,
            pointId: report.pointId,
            name: report.point?.name ?? communeNames.get(report.communeId) ?? "",
          },
          report,
        );
      }
    }
    const counts = new Map<number, Record<WorkState, number>>();
    for (const item of items) {
      let c = counts.get(item.communeId);
      if (!c) {
        c = { due: 0, overdue: 0, returned: 0, waiting: 0 };
        counts.set(item.communeId, c);
      }
      c[item.state] += 1;
    }
    const communes = [...counts]
      .map(([id, c]) => ({ id, name: communeNames.get(id) ?? "", counts: c }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));
    const filtered = items.filter(
      (i) =>
        (!filter.state || i.state === filter.state) && (!filter.kind || i.kind === filter.kind),
    );
    return {
      provinceId,
      periods: periods.map((p) => ({ id: p.id, year: p.year, quarter: p.quarter })),
      items: filtered,
      communes,
    };
  });
}
