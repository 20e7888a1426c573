import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { entryWindow, type EntryWindow } from "./entry-window";
import { endOfDayInVietnam, quarterOf } from "./period-dates";
import { exceptionSelect } from "./save-exception";

export type PeriodPhase = "upcoming" | "running" | "due" | "overdue" | "closed";

export interface PeriodRow {
  id: number;
  year: number;
  quarter: number;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  closesAt: Date;
  /** The period's own window (no exception), now. */
  window: EntryWindow;
  phase: PeriodPhase;
  /** The quarter today falls in. */
  current: boolean;
}

function phaseOf(
  period: { startsOn: Date; endsOn: Date },
  window: EntryWindow,
  now: Date,
): PeriodPhase {
  const day = now.getTime();
  if (!window.started) return "upcoming";
  if (!window.open) return "closed";
  if (window.pastDue) return "overdue";
  // The quarter itself (reports may be drafted), then the days until the deadline.
  return day <= endOfDayInVietnam(period.endsOn).getTime() ? "running" : "due";
}

/**
 * The quarters with their deadline and closing date, the current one's days left, and the
 * exceptions the caller's province made (the ministry sees every province's).
 */
export async function listPeriods(ctx: AuthContext, now = new Date()) {
  return inScope(ctx, async (tx) => {
    const [periods, exceptions] = await Promise.all([
      tx.reportingPeriod.findMany({ orderBy: [{ year: "desc" }, { quarter: "desc" }] }),
      tx.periodReopening.findMany({
        select: {
          ...exceptionSelect,
          province: { select: { name: true } },
          commune: { select: { name: true } },
          point: { select: { name: true, commune: { select: { name: true } } } },
          createdBy: { select: { username: true, fullName: true } },
        },
        orderBy: [{ createdAt: "desc" }],
      }),
    ]);
    const today = quarterOf(new Date(now.getTime() + 7 * 3_600_000));
    const rows: PeriodRow[] = periods.map((p) => {
      const window = entryWindow(p, [], { communeId: -1, pointId: null }, now);
      return {
        id: p.id,
        year: p.year,
        quarter: p.quarter,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        deadline: p.deadline,
        closesAt: p.closesAt,
        window,
        phase: phaseOf(p, window, now),
        current: p.year === today.year && p.quarter === today.quarter,
      };
    });
    return { periods: rows, exceptions };
  });
}

export type PeriodsList = Awaited<ReturnType<typeof listPeriods>>;

/** What the exception form offers: the province's communes and points. */
export async function listExceptionOptions(ctx: AuthContext) {
  if (ctx.scope.level !== "PROVINCE") return { communes: [], points: [] };
  const provinceId = ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const [communes, points] = await Promise.all([
      tx.commune.findMany({
        where: { provinceId },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      tx.replicationPoint.findMany({
        where: { provinceId, status: { not: "DISSOLVED" } },
        select: { id: true, name: true, commune: { select: { name: true } } },
        orderBy: [{ name: "asc" }],
        take: 3000,
      }),
    ]);
    return { communes, points };
  });
}
