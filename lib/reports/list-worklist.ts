import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/lists/keyset";
import { entryWindow, type PeriodException } from "@/lib/periods/entry-window";
import { VIETNAM_OFFSET_MS } from "@/lib/periods/period-dates";
import { expectedSubjectsSql } from "./expected";

// The worklists. For each quarter of the last year that has begun, every subject expected to report
// (a commune, each point active in the quarter: lib/reports/expected.ts) with its report's state:
// due (not handed in, before the deadline), overdue (past it: it stays listed until it is in, never
// hidden), returned, waiting for approval. A commune officer's list is their commune's; a
// province's, its communes'; the ministry reads a province's list it chooses.
//
// A province with thousands of points has thousands of rows a quarter: one query reads them all
// (compact rows, no values), so that the counts by commune and the total stay exact; the list
// itself is shown a page at a time, ordered by commune, then the commune's own report before its
// points, then name and quarter, with a keyset cursor (lib/lists/keyset.ts) in the address.

export const WORK_STATES = ["due", "overdue", "returned", "waiting"] as const;
export type WorkState = (typeof WORK_STATES)[number];

/** What a province's list shows unless a state is chosen: what waits for it, returned, overdue. */
export const PROVINCE_DEFAULT_STATES: readonly WorkState[] = ["waiting", "returned", "overdue"];

export const WORKLIST_PAGE_SIZE = 100;

// A subject is its point (a point's report) or its commune (the commune's own report): the join
// key is (point or this, commune or 0), typed, so that the join compares uuids and integers, not
// text built per row (about 10 % of the 34 provinces' worklist queries).
const NO_POINT = "00000000-0000-0000-0000-000000000000";

export interface WorklistFilter {
  provinceId?: number | undefined;
  communeId?: number | undefined;
  year?: number | undefined;
  quarter?: number | undefined;
  /** One state; without it, `states` (or every state). */
  state?: WorkState | undefined;
  states?: readonly WorkState[] | undefined;
  kind?: ReportKind | undefined;
  /** The cursor of the page to show (the address's `after`). */
  after?: string | undefined;
  take?: number | undefined;
}

export interface WorkItem {
  /** Stable key of the row: period, kind and subject. */
  key: string;
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

export type StateCounts = Record<WorkState, number>;

export interface Worklist {
  provinceId: number | null;
  periods: { id: number; year: number; quarter: number }[];
  /** The page's rows. */
  items: WorkItem[];
  /** Rows matching the filter, over all pages. */
  total: number;
  /** Cursor of the next page, when there is one. */
  next: string | null;
  /** Per commune: how many of each state (all of the list's quarters, before the state and kind filters). */
  communes: { id: number; name: string; counts: StateCounts }[];
  /** The same over the whole list. */
  counts: StateCounts;
}

const LOOKBACK_QUARTERS = 5;

export function stateOf(status: ReportStatus | null, pastDue: boolean): WorkState | null {
  if (status === "APPROVED") return null;
  if (status === "SUBMITTED") return "waiting";
  if (status === "RETURNED") return "returned";
  return pastDue ? "overdue" : "due";
}

const emptyCounts = (): StateCounts => ({ due: 0, overdue: 0, returned: 0, waiting: 0 });

interface SubjectRow {
  periodId: number;
  kind: string;
  communeId: number;
  pointId: string | null;
  pointName: string | null;
  reportId: string | null;
  status: ReportStatus | null;
  version: number | null;
  submittedAt: Date | null;
  updatedAt: Date | null;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** The order of the list: commune, its own report first, name, newest quarter first. */
function compareItems(a: WorkItem, b: WorkItem): number {
  return (
    collator.compare(a.communeName, b.communeName) ||
    a.communeId - b.communeId ||
    (a.kind === b.kind ? 0 : a.kind === "COMMUNE" ? -1 : 1) ||
    collator.compare(a.name, b.name) ||
    (a.pointId ?? "").localeCompare(b.pointId ?? "") ||
    b.year - a.year ||
    b.quarter - a.quarter
  );
}

/** A cursor's sort value: enough of the row to find its place again if it left the list. */
interface CursorKey {
  c: string;
  ci: number;
  k: ReportKind;
  n: string;
  p: string | null;
  y: number;
  q: number;
}

function cursorOf(item: WorkItem): string {
  const key: CursorKey = {
    c: item.communeName,
    ci: item.communeId,
    k: item.kind,
    n: item.name,
    p: item.pointId,
    y: item.year,
    q: item.quarter,
  };
  return encodeCursor({ value: JSON.stringify(key), id: item.key });
}

/** Where the page after the cursor starts: after its row, or where that row would be. */
function startAfter(items: readonly WorkItem[], after: string | undefined): number {
  const cursor = decodeCursor(after);
  if (!cursor || typeof cursor.value !== "string") return 0;
  const exact = items.findIndex((i) => i.key === cursor.id);
  if (exact >= 0) return exact + 1;
  let key: CursorKey;
  try {
    key = JSON.parse(cursor.value) as CursorKey;
  } catch {
    return 0;
  }
  if (typeof key !== "object" || key === null) return 0;
  const probe = {
    communeName: String(key.c ?? ""),
    communeId: Number(key.ci) || 0,
    kind: key.k === "COMMUNE" ? "COMMUNE" : "POINT",
    name: String(key.n ?? ""),
    pointId: typeof key.p === "string" ? key.p : null,
    year: Number(key.y) || 0,
    quarter: Number(key.q) || 0,
  } as WorkItem;
  const index = items.findIndex((i) => compareItems(i, probe) > 0);
  return index < 0 ? items.length : index;
}

export async function listWorklist(
  ctx: AuthContext,
  filter: WorklistFilter,
  now = new Date(),
): Promise<Worklist> {
  const provinceId =
    ctx.scope.level === "NATION" ? (filter.provinceId ?? null) : ctx.scope.provinceId;
  const communeId =
    ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : (filter.communeId ?? null);
  const empty = {
    items: [],
    total: 0,
    next: null,
    communes: [],
    counts: emptyCounts(),
  };
  if (provinceId === null) return { provinceId: null, periods: [], ...empty };
  return inScope(ctx, async (tx) => {
    const periods = await tx.reportingPeriod.findMany({
      where: {
        // The quarters begun by now (00:00 Vietnam time of the first day, entryWindow's opensAt):
        // a quarter not yet begun is neither due nor overdue, so not on a worklist.
        startsOn: { lte: new Date(now.getTime() + VIETNAM_OFFSET_MS) },
        ...(filter.year ? { year: filter.year } : {}),
        ...(filter.quarter ? { quarter: filter.quarter } : {}),
      },
      orderBy: [{ year: "desc" }, { quarter: "desc" }],
      take: filter.year && filter.quarter ? 1 : LOOKBACK_QUARTERS,
    });
    const periodIds = periods.map((p) => p.id);
    const byPeriod = new Map(periods.map((p) => [p.id, p]));
    if (periods.length === 0) return { provinceId, periods: [], ...empty };
    const communeWhere =
      communeId === null ? Prisma.sql`TRUE` : Prisma.sql`r."communeId" = ${communeId}`;
    const [rows, communes, exceptions] = await Promise.all([
      // Every expected subject with its report, and every report in the workflow whose subject is
      // no longer expected (a point dissolved before the quarter, a date corrected): it stays listed.
      tx.$queryRaw<SubjectRow[]>`
        WITH expected AS (${expectedSubjectsSql(ctx.scope, { periodIds, provinceId, communeId })}),
        e AS (
          SELECT "periodId", kind, "communeId", "pointId",
                 CASE WHEN kind = 'POINT' THEN "pointId" ELSE ${NO_POINT}::uuid END AS sp,
                 CASE WHEN kind = 'POINT' THEN 0 ELSE "communeId" END AS sc
          FROM expected
        ),
        r AS (
          SELECT r.id, r."periodId", r.kind::text AS kind, r."communeId", r."pointId", r.status::text AS status,
                 r.version, r."submittedAt", r."updatedAt",
                 CASE WHEN r.kind = 'POINT' THEN r."pointId" ELSE ${NO_POINT}::uuid END AS sp,
                 CASE WHEN r.kind = 'POINT' THEN 0 ELSE r."communeId" END AS sc
          FROM "Report" r
          WHERE r."provinceId" = ${provinceId} AND r."periodId" = ANY(${periodIds}::int[])
            AND ${communeWhere}
        )
        SELECT COALESCE(e."periodId", r."periodId") AS "periodId",
               COALESCE(e.kind, r.kind) AS kind,
               COALESCE(e."communeId", r."communeId") AS "communeId",
               COALESCE(e."pointId", r."pointId") AS "pointId",
               pt.name AS "pointName",
               r.id AS "reportId", r.status, r.version, r."submittedAt", r."updatedAt"
        FROM e FULL JOIN r ON r."periodId" = e."periodId" AND r.sp = e.sp AND r.sc = e.sc
        LEFT JOIN "ReplicationPoint" pt
          ON pt."provinceId" = ${provinceId} AND pt.id = COALESCE(e."pointId", r."pointId")
        WHERE r.status IS DISTINCT FROM 'APPROVED'`,
      tx.commune.findMany({
        where: { provinceId, ...(communeId !== null ? { id: communeId } : {}) },
        select: { id: true, name: true },
      }),
      tx.periodReopening.findMany({
        where: { provinceId, periodId: { in: periodIds } },
        select: { periodId: true, kind: true, communeId: true, pointId: true, until: true },
      }),
    ]);
    const communeNames = new Map(communes.map((c) => [c.id, c.name]));
    const exceptionsOf = new Map<number, PeriodException[]>();
    for (const e of exceptions) {
      const list = exceptionsOf.get(e.periodId) ?? [];
      list.push(e);
      exceptionsOf.set(e.periodId, list);
    }

    const items: WorkItem[] = [];
    for (const row of rows) {
      const period = byPeriod.get(row.periodId);
      if (!period) continue;
      const kind: ReportKind = row.kind === "POINT" ? "POINT" : "COMMUNE";
      const subject = { communeId: row.communeId, pointId: kind === "POINT" ? row.pointId : null };
      const window = entryWindow(period, exceptionsOf.get(period.id) ?? [], subject, now);
      if (!window.started) continue;
      const state = stateOf(row.status, window.pastDue);
      if (!state) continue;
      const communeName = communeNames.get(row.communeId) ?? "";
      items.push({
        key: `${period.id}:${kind === "POINT" ? `p:${row.pointId}` : `c:${row.communeId}`}`,
        kind,
        communeId: row.communeId,
        communeName,
        pointId: subject.pointId,
        name: kind === "POINT" ? (row.pointName ?? "") : communeName,
        periodId: period.id,
        year: period.year,
        quarter: period.quarter,
        state,
        status: row.status,
        reportId: row.reportId,
        version: row.version,
        dueAt: window.dueAt,
        daysLeft: window.daysLeft,
        open: window.open,
        submittedAt: row.submittedAt,
        updatedAt: row.updatedAt,
      });
    }

    const counts = emptyCounts();
    const byCommune = new Map<number, StateCounts>();
    for (const item of items) {
      let c = byCommune.get(item.communeId);
      if (!c) {
        c = emptyCounts();
        byCommune.set(item.communeId, c);
      }
      c[item.state] += 1;
      counts[item.state] += 1;
    }

    const states = filter.state ? [filter.state] : filter.states;
    const matching = items
      .filter(
        (i) => (!states || states.includes(i.state)) && (!filter.kind || i.kind === filter.kind),
      )
      .sort(compareItems);
    const take = Math.max(1, Math.min(filter.take ?? WORKLIST_PAGE_SIZE, 500));
    const start = startAfter(matching, filter.after);
    const page = matching.slice(start, start + take);
    const last = page.at(-1);
    return {
      provinceId,
      periods: periods.map((p) => ({ id: p.id, year: p.year, quarter: p.quarter })),
      items: page,
      total: matching.length,
      next: last && start + take < matching.length ? cursorOf(last) : null,
      communes: [...byCommune]
        .map(([id, c]) => ({ id, name: communeNames.get(id) ?? "", counts: c }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      counts,
    };
  });
}
