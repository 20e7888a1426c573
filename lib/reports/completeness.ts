import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { entryWindow, type PeriodException } from "@/lib/periods/entry-window";
import { VIETNAM_OFFSET_MS } from "@/lib/periods/period-dates";
import { expectedSubjectsSql } from "./expected";

// Completeness and timeliness of the quarterly reports, per commune, province and quarter.
// Every figure is over the EXPECTED subjects of lib/reports/expected.ts (a report of a subject not
// expected that quarter is not counted), so no rate exceeds 100 %:
// - submitted: the report was submitted at least once (its first SUBMITTED status change). A report
//   returned and not yet resubmitted still counts as submitted (and on time by its first
//   submission); it is not approved. docs/design/reporting.md.
// - on time: first submitted by its own due time — entryWindow's dueAt, which an EXTENSION moves.
// - approved: its status is APPROVED now.

export interface Counts {
  expected: number;
  submitted: number;
  onTime: number;
  approved: number;
  /** Returned and not yet resubmitted (part of submitted). */
  returned: number;
}

export const zeroCounts = (): Counts => ({
  expected: 0,
  submitted: 0,
  onTime: 0,
  approved: 0,
  returned: 0,
});

export function addCounts(into: Counts, more: Counts): Counts {
  into.expected += more.expected;
  into.submitted += more.submitted;
  into.onTime += more.onTime;
  into.approved += more.approved;
  into.returned += more.returned;
  return into;
}

/** A part of the expected as a ratio 0…1 (null when nothing is expected). */
export function rateOf(part: number, expected: number): number | null {
  if (expected <= 0) return null;
  return Math.min(part, expected) / expected;
}

/** The 2025 reorganisation took effect on 1 July 2025: quarters before it are "former units" history. */
export const REORGANISED_ON = new Date(Date.UTC(2025, 6, 1));
export const isBeforeReorganisation = (period: { endsOn: Date }) =>
  period.endsOn.getTime() < REORGANISED_ON.getTime();

interface CommuneCounts extends Counts {
  periodId: number;
  provinceId: number;
  communeId: number;
}

interface AggregateRow {
  periodId: number;
  provinceId: number;
  communeId: number;
  expected: bigint;
  submitted: bigint;
  onTime: bigint;
  approved: bigint;
  returned: bigint;
}

interface DetailRow {
  periodId: number;
  provinceId: number;
  communeId: number;
  pointId: string | null;
  status: string | null;
  firstAt: Date | null;
}

export interface CompletenessFilter {
  year: number;
  /** Only the communes that were this former province's (history of a pre-2025 province). */
  formerProvinceId?: number;
}

/**
 * The counts per commune and period, in the caller's scope. Only the quarters begun by `now`
 * (00:00 Vietnam time of the first day): nothing of a quarter not yet begun is due, so it is not
 * counted (it would read 0 % submitted).
 */
export async function communeCounts(
  ctx: AuthContext,
  filter: CompletenessFilter,
  now = new Date(),
) {
  return inScope(ctx, async (tx) => {
    const periods = await tx.reportingPeriod.findMany({
      where: {
        year: filter.year,
        startsOn: { lte: new Date(now.getTime() + VIETNAM_OFFSET_MS) },
      },
      orderBy: { quarter: "asc" },
    });
    if (periods.length === 0) return { periods, counts: [] as CommuneCounts[] };
    const periodIds = periods.map((p) => p.id);
    const dues = Prisma.join(
      periods.map((p) => {
        const { dueAt } = entryWindow(p, [], { communeId: -1, pointId: null }, new Date(0));
        return Prisma.sql`(${p.id}::int, ${dueAt}::timestamp)`;
      }),
    );
    const former =
      filter.formerProvinceId === undefined
        ? Prisma.sql`TRUE`
        : Prisma.sql`c."formerProvinceId" = ${filter.formerProvinceId}`;
    const subjects = Prisma.sql`
      WITH expected AS (${expectedSubjectsSql(ctx.scope, { periodIds })}),
      due("periodId", "dueAt") AS (VALUES ${dues}),
      firsts AS (
        SELECT "provinceId", "reportId", min(at) AS at FROM "ReportStatusChange"
        WHERE "toStatus" = 'SUBMITTED' GROUP BY "provinceId", "reportId"
      ),
      subj AS (
        SELECT e."periodId", e."provinceId", e."communeId", e."pointId",
               COALESCE(rp.status, rc.status)::text AS status,
               COALESCE(fp.at, fc.at, rp."submittedAt", rc."submittedAt") AS "firstAt", d."dueAt",
               EXISTS (SELECT 1 FROM "PeriodReopening" x
                       WHERE x."provinceId" = e."provinceId" AND x."periodId" = e."periodId")
                 AS excepted
        FROM expected e
        JOIN "Commune" c ON c.id = e."communeId"
        JOIN due d ON d."periodId" = e."periodId"
        -- A point's report and a commune's report, each found by plain equalities (one CASE in
        -- the join condition made the planner compare every expected subject with every report
        -- of its province and quarter: seconds for the nation).
        LEFT JOIN "Report" rp ON e.kind = 'POINT' AND rp.kind = 'POINT'
          AND rp."provinceId" = e."provinceId" AND rp."periodId" = e."periodId"
          AND rp."pointId" = e."pointId"
        LEFT JOIN "Report" rc ON e.kind = 'COMMUNE' AND rc.kind = 'COMMUNE'
          AND rc."provinceId" = e."provinceId" AND rc."periodId" = e."periodId"
          AND rc."communeId" = e."communeId"
        LEFT JOIN firsts fp ON fp."provinceId" = rp."provinceId" AND fp."reportId" = rp.id
        LEFT JOIN firsts fc ON fc."provinceId" = rc."provinceId" AND fc."reportId" = rc.id
        WHERE ${former}
      )`;
    // Under row-level security the planner expects a few dozen subjects and reports where there
    // are tens of thousands, and picks merge joins or nested loops that compare every expected
    // subject with every report (or rescan the first submissions) — 12 to 70 s for the nation's demo
    // data, past the transaction's time limit. Hash joins give the same rows in about 0.4 s.
    // For this transaction only.
    await tx.$executeRaw`SET LOCAL enable_mergejoin = off`;
    await tx.$executeRaw`SET LOCAL enable_nestloop = off`;
    // The subjects of a province and period with exceptions, one by one — a second pass over
    // everything, so only when there is an exception in these periods at all (seldom).
    const excepted = await tx.periodReopening.count({ where: { periodId: { in: periodIds } } });
    const aggregates = await tx.$queryRaw<AggregateRow[]>`${subjects}
        SELECT "periodId", "provinceId", "communeId", count(*) AS expected,
               count("firstAt") AS submitted,
               count(*) FILTER (WHERE "firstAt" <= "dueAt") AS "onTime",
               count(*) FILTER (WHERE status = 'APPROVED') AS approved,
               count(*) FILTER (WHERE status = 'RETURNED') AS returned
        FROM subj WHERE NOT excepted GROUP BY 1, 2, 3`;
    const details =
      excepted === 0
        ? []
        : await tx.$queryRaw<DetailRow[]>`${subjects}
        SELECT "periodId", "provinceId", "communeId", "pointId", status, "firstAt"
        FROM subj WHERE excepted`;
    const counts: CommuneCounts[] = aggregates.map((a) => ({
      periodId: a.periodId,
      provinceId: a.provinceId,
      communeId: a.communeId,
      expected: Number(a.expected),
      submitted: Number(a.submitted),
      onTime: Number(a.onTime),
      approved: Number(a.approved),
      returned: Number(a.returned),
    }));
    if (details.length > 0) {
      // Subjects of a province and period with exceptions: each one's own due time.
      const exceptions = await tx.periodReopening.findMany({
        where: { periodId: { in: periodIds } },
        select: {
          provinceId: true,
          periodId: true,
          kind: true,
          communeId: true,
          pointId: true,
          until: true,
        },
      });
      const byPeriod = new Map<string, PeriodException[]>();
      for (const x of exceptions) {
        const key = `${x.provinceId}|${x.periodId}`;
        byPeriod.set(key, [...(byPeriod.get(key) ?? []), x]);
      }
      const periodById = new Map(periods.map((p) => [p.id, p]));
      const cells = new Map<string, CommuneCounts>();
      for (const d of details) {
        const period = periodById.get(d.periodId);
        if (!period) continue;
        const key = `${d.periodId}|${d.communeId}`;
        let cell = cells.get(key);
        if (!cell) {
          cell = {
            periodId: d.periodId,
            provinceId: d.provinceId,
            communeId: d.communeId,
            ...zeroCounts(),
          };
          cells.set(key, cell);
          counts.push(cell);
        }
        const { dueAt } = entryWindow(
          period,
          byPeriod.get(`${d.provinceId}|${d.periodId}`) ?? [],
          { communeId: d.communeId, pointId: d.pointId },
          new Date(0),
        );
        cell.expected += 1;
        if (d.firstAt) cell.submitted += 1;
        if (d.firstAt && d.firstAt.getTime() <= dueAt.getTime()) cell.onTime += 1;
        if (d.status === "APPROVED") cell.approved += 1;
        if (d.status === "RETURNED") cell.returned += 1;
      }
    }
    return { periods, counts };
  });
}

export interface CompletenessRow {
  id: number;
  name: string;
  /** The former province (for a commune: the one its former communes belonged to). */
  former: { id: number; shortName: string } | null;
  cells: Record<number, Counts>;
}

/**
 * The completeness table of the caller's scope for a year: communes × quarters for a province or a
 * commune, provinces × quarters for the ministry; the totals per quarter; and for quarters before
 * the reorganisation the same figures per former province ("Bạc Liêu (cũ)").
 */
export async function getCompleteness(
  ctx: AuthContext,
  filter: CompletenessFilter,
  now = new Date(),
) {
  const { periods, counts } = await communeCounts(ctx, filter, now);
  const nation = ctx.scope.level === "NATION";
  const units = await inScope(ctx, async (tx) => {
    const communeIds = [...new Set(counts.map((c) => c.communeId))];
    const [communes, provinces, formerProvinces] = await Promise.all([
      tx.commune.findMany({
        where: { id: { in: communeIds } },
        select: { id: true, name: true, provinceId: true, formerProvinceId: true },
      }),
      tx.province.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
      tx.formerProvince.findMany({
        where: ctx.scope.level === "NATION" ? {} : { successorId: ctx.scope.provinceId },
        select: { id: true, shortName: true, successorId: true },
        orderBy: { shortName: "asc" },
      }),
    ]);
    return { communes, provinces, formerProvinces };
  });
  const formerById = new Map(units.formerProvinces.map((f) => [f.id, f]));
  const communeById = new Map(units.communes.map((c) => [c.id, c]));
  const rows = new Map<number, CompletenessRow>();
  const totals: Record<number, Counts> = {};
  const formerTotals = new Map<number, CompletenessRow>();
  const before = new Set(periods.filter(isBeforeReorganisation).map((p) => p.id));
  for (const c of counts) {
    const commune = communeById.get(c.communeId);
    if (!commune) continue;
    const former = commune.formerProvinceId ? formerById.get(commune.formerProvinceId) : undefined;
    const rowId = nation ? c.provinceId : c.communeId;
    let row = rows.get(rowId);
    if (!row) {
      row = {
        id: rowId,
        name: nation
          ? (units.provinces.find((p) => p.id === c.provinceId)?.name ?? "")
          : commune.name,
        former: !nation && former ? { id: former.id, shortName: former.shortName } : null,
        cells: {},
      };
      rows.set(rowId, row);
    }
    row.cells[c.periodId] = addCounts(row.cells[c.periodId] ?? zeroCounts(), c);
    totals[c.periodId] = addCounts(totals[c.periodId] ?? zeroCounts(), c);
    if (former && before.has(c.periodId)) {
      let group = formerTotals.get(former.id);
      if (!group) {
        group = { id: former.id, name: former.shortName, former: null, cells: {} };
        formerTotals.set(former.id, group);
      }
      group.cells[c.periodId] = addCounts(group.cells[c.periodId] ?? zeroCounts(), c);
    }
  }
  const collator = new Intl.Collator("vi");
  const sortedRows = [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
  const successorOf = new Map(units.formerProvinces.map((f) => [f.id, f.successorId]));
  return {
    level: nation ? ("nation" as const) : ("province" as const),
    periods: periods.map((p) => ({
      id: p.id,
      year: p.year,
      quarter: p.quarter,
      beforeReorganisation: before.has(p.id),
    })),
    rows: sortedRows,
    totals,
    formerTotals: [...formerTotals.values()]
      .map((f) => ({ ...f, successorId: successorOf.get(f.id) ?? null }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    formerProvinces: units.formerProvinces.map((f) => ({ id: f.id, shortName: f.shortName })),
  };
}

export type Completeness = Awaited<ReturnType<typeof getCompleteness>>;
