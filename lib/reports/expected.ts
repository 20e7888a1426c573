import { Prisma } from "@/lib/generated/prisma/client";
import type { PointStatus, ReportKind } from "@/lib/generated/prisma/enums";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";

// Which subjects are expected to report for a quarter — the denominator of every completeness and
// timeliness rate, and what the worklists list as due. Decided by each subject's own dates, so a
// rate can never exceed 100 % (a report counts only for a subject that is expected):
//
// - A replication point is expected for a quarter if it was ACTIVE on at least one day of it, by its
//   establishment date and its status history (PointStatusChange.effectiveOn). A change takes effect
//   on its day: a point dissolved on 1 January was last active on 31 December and is not expected
//   for the first quarter; one established on 31 March is. A point established or dissolved during
//   the quarter is expected; one suspended or dissolved for the whole quarter is not.
// - Every commune is expected to make one commune report for every period (communes carry no dates
//   of their own: before the 2025 reorganisation their reports are the former communes' reports,
//   kept under today's commune, Report.formerCommuneId).
//
// Three forms with the same rule: `isPointExpected` (pure, for tests and forms),
// `expectedSubjectsSql` (a SELECT producing the expected rows in the caller's transaction, so row-
// level security keeps it to the caller's scope; the worklists use it) and, in the completeness
// migration, `app_private.completeness_computed` (what the database's completeness rollup is kept
// by; decision 015). A change of the rule changes all three; tests/integration/completeness-rollup
// checks that they agree.

/** A calendar day range, both ends included (@db.Date values: midnight UTC). */
export interface DayRange {
  startsOn: Date;
  endsOn: Date;
}

export interface StatusEvent {
  toStatus: PointStatus;
  effectiveOn: Date;
}

export interface PointLifecycle {
  establishedOn: Date;
  /** The point's status history in the order it was recorded (PointStatusChange rows). */
  changes: readonly StatusEvent[];
  /** The point's current fields: used only when it has no history rows (older data). */
  status?: PointStatus;
  suspendedOn?: Date | null;
  dissolvedOn?: Date | null;
}

/** The point's status from each day on where it changes, one entry per day (the last of that day). */
export function statusTimeline(point: PointLifecycle): StatusEvent[] {
  const established = point.establishedOn.getTime();
  const events: StatusEvent[] = [{ toStatus: "ACTIVE", effectiveOn: point.establishedOn }];
  if (point.changes.length > 0) {
    events.push(...point.changes.filter((c) => c.effectiveOn.getTime() >= established));
  } else if (point.status && point.status !== "ACTIVE") {
    const on = point.status === "DISSOLVED" ? point.dissolvedOn : point.suspendedOn;
    if (on && on.getTime() >= established) events.push({ toStatus: point.status, effectiveOn: on });
  }
  // Stable sort by day: events of one day keep their recorded order, and the last one holds.
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) => a.event.effectiveOn.getTime() - b.event.effectiveOn.getTime() || a.index - b.index,
    )
    .map(({ event }) => event);
  const timeline: StatusEvent[] = [];
  for (const event of sorted) {
    const last = timeline.at(-1);
    if (last && last.effectiveOn.getTime() === event.effectiveOn.getTime()) {
      timeline[timeline.length - 1] = event;
    } else {
      timeline.push(event);
    }
  }
  return timeline;
}

/** Whether the point was ACTIVE on at least one day of the range. */
export function isPointExpected(point: PointLifecycle, range: DayRange): boolean {
  const start = range.startsOn.getTime();
  const end = range.endsOn.getTime();
  const timeline = statusTimeline(point);
  return timeline.some((event, i) => {
    if (event.toStatus !== "ACTIVE") return false;
    const next = timeline[i + 1];
    // Active from its day up to the day before the next change.
    return event.effectiveOn.getTime() <= end && (!next || next.effectiveOn.getTime() > start);
  });
}

export interface ExpectedSubject {
  periodId: number;
  provinceId: number;
  communeId: number;
  kind: ReportKind;
  /** Null for a commune report. */
  pointId: string | null;
}

/** The pure form over loaded rows: every commune's report and every expected point's report. */
export function expectedSubjects(
  period: DayRange & { id: number },
  communes: readonly { id: number; provinceId: number }[],
  points: readonly (PointLifecycle & { id: string; provinceId: number; communeId: number })[],
): ExpectedSubject[] {
  const rows: ExpectedSubject[] = communes.map((c) => ({
    periodId: period.id,
    provinceId: c.provinceId,
    communeId: c.id,
    kind: "COMMUNE",
    pointId: null,
  }));
  for (const point of points) {
    if (!isPointExpected(point, period)) continue;
    rows.push({
      periodId: period.id,
      provinceId: point.provinceId,
      communeId: point.communeId,
      kind: "POINT",
      pointId: point.id,
    });
  }
  return rows;
}

export interface ExpectedFilter {
  /** Periods to list (ReportingPeriod ids). */
  periodIds: readonly number[];
  /** Only this province (null: every province the caller's scope reads). */
  provinceId?: number | null;
  /** Only this commune. */
  communeId?: number | null;
}

/**
 * A SELECT of the expected subjects — columns "periodId", "provinceId", "communeId", "kind"
 * ('POINT' | 'COMMUNE', text) and "pointId" (uuid, null for a commune report) — to use as a
 * sub-query (`WITH expected AS (${expectedSubjectsSql(ctx.scope, f)}) …`) inside the caller's
 * `inScope` transaction. Same rule as `isPointExpected`. The caller's scope is in the where as
 * well as the filter (communes are reference data every scope reads; row-level security keeps the
 * points to the scope even if a caller passed another).
 */
export function expectedSubjectsSql(scope: Scope, filter: ExpectedFilter): Prisma.Sql {
  const periodIds = filter.periodIds.length > 0 ? [...filter.periodIds] : [-1];
  const provinceIds = [filter.provinceId, scope.level === "NATION" ? null : scope.provinceId];
  const communeIds = [filter.communeId, scope.level === "COMMUNE" ? scope.communeId : null];
  const equalsAll = (column: Prisma.Sql, values: (number | null | undefined)[]) => {
    const given = values.filter((v): v is number => v != null);
    return given.length === 0
      ? Prisma.sql`TRUE`
      : Prisma.join(
          given.map((v) => Prisma.sql`${column} = ${v}`),
          " AND ",
        );
  };
  const province = (column: Prisma.Sql) => equalsAll(column, provinceIds);
  const commune = (column: Prisma.Sql) => equalsAll(column, communeIds);
  const pointWhere = Prisma.sql`${province(Prisma.sql`pt."provinceId"`)} AND ${commune(Prisma.sql`pt."communeId"`)}`;
  return Prisma.sql`
    SELECT * FROM (
      WITH per AS (
        SELECT id, "startsOn", "endsOn" FROM "ReportingPeriod"
        WHERE id = ANY(${periodIds}::int[])
      ),
      events AS (
        SELECT pt."provinceId", pt."communeId", pt.id AS "pointId", pt."establishedOn" AS on_day,
               'ACTIVE'::"PointStatus" AS status, 0 AS seq, NULL::timestamp AS at
        FROM "ReplicationPoint" pt WHERE ${pointWhere}
        UNION ALL
        SELECT pt."provinceId", pt."communeId", pt.id, ch."effectiveOn", ch."toStatus", 1, ch."createdAt"
        FROM "ReplicationPoint" pt
        JOIN "PointStatusChange" ch ON ch."provinceId" = pt."provinceId" AND ch."pointId" = pt.id
        WHERE ${pointWhere} AND ch."effectiveOn" >= pt."establishedOn"
        UNION ALL
        SELECT pt."provinceId", pt."communeId", pt.id,
               CASE WHEN pt.status = 'DISSOLVED' THEN pt."dissolvedOn" ELSE pt."suspendedOn" END,
               pt.status, 2, NULL::timestamp
        FROM "ReplicationPoint" pt
        WHERE ${pointWhere} AND pt.status <> 'ACTIVE'
          AND CASE WHEN pt.status = 'DISSOLVED' THEN pt."dissolvedOn" ELSE pt."suspendedOn" END
              >= pt."establishedOn"
          AND NOT EXISTS (SELECT 1 FROM "PointStatusChange" ch
                          WHERE ch."provinceId" = pt."provinceId" AND ch."pointId" = pt.id)
      ),
      days AS (
        SELECT DISTINCT ON ("pointId", on_day) "provinceId", "communeId", "pointId", on_day, status
        FROM events
        ORDER BY "pointId", on_day, seq DESC, at DESC NULLS LAST
      ),
      spans AS (
        SELECT *, lead(on_day) OVER (PARTITION BY "pointId" ORDER BY on_day) AS next_day FROM days
      )
      SELECT DISTINCT per.id AS "periodId", s."provinceId", s."communeId", 'POINT'::text AS kind,
             s."pointId"
      FROM spans s JOIN per
        ON s.status = 'ACTIVE' AND s.on_day <= per."endsOn"
       AND (s.next_day IS NULL OR s.next_day > per."startsOn")
      UNION ALL
      SELECT per.id, c."provinceId", c.id, 'COMMUNE'::text, NULL::uuid
      FROM "Commune" c CROSS JOIN per
      WHERE ${province(Prisma.sql`c."provinceId"`)} AND ${commune(Prisma.sql`c.id`)}
    ) expected`;
}

/** The expected subjects, read in the caller's transaction (row-level security applies). */
export async function listExpectedSubjects(
  tx: Tx,
  scope: Scope,
  filter: ExpectedFilter,
): Promise<ExpectedSubject[]> {
  const rows = await tx.$queryRaw<ExpectedSubject[]>`${expectedSubjectsSql(scope, filter)}`;
  return rows.map((r) => ({ ...r, kind: r.kind === "POINT" ? "POINT" : "COMMUNE" }));
}
