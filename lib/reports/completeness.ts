import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { VIETNAM_OFFSET_MS } from "@/lib/periods/period-dates";

// Completeness and timeliness of the quarterly reports, per commune, province and quarter.
// Every figure is over the EXPECTED subjects of lib/reports/expected.ts (a report of a subject not
// expected that quarter is not counted), so no rate exceeds 100 %:
// - submitted: the report was submitted at least once (its first SUBMITTED status change). A report
//   returned and not yet resubmitted still counts as submitted (and on time by its first
//   submission); it is not approved. docs/design/reporting.md.
// - on time: first submitted by its own due time — entryWindow's dueAt, which an EXTENSION moves.
// - approved: its status is APPROVED now.
// The database keeps these counts per commune and quarter (CompletenessRollup, decision 015) with
// the same rule as lib/reports/expected.ts and entryWindow, written in SQL in the completeness
// migration (`app_private.completeness_computed`); `npm run rollups:verify` compares the two.

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

export interface CommuneCounts extends Counts {
  periodId: number;
  provinceId: number;
  /** Null for the ministry's grid: its cells are whole provinces (and their former provinces). */
  communeId: number | null;
  /** The former province of the commune (or of the group of communes); null: none. */
  formerProvinceId: number | null;
}

const countsRow = z.object({
  periodId: z.number().int(),
  provinceId: z.number().int(),
  communeId: z.number().int().nullable(),
  formerProvinceId: z.number().int().nullable(),
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
});

export interface CompletenessFilter {
  year: number;
  /** Only the communes that were this former province's (history of a pre-2025 province). */
  formerProvinceId?: number;
}

/**
 * The counts of the caller's scope for a year's quarters: per commune for a province or a commune,
 * per province and former province for the ministry. Read from CompletenessRollup, which the
 * database keeps current in the transaction of every change that moves it (decision 015; the rule
 * it applies is in the completeness migration, `completeness_computed`): a few thousand small rows
 * for the nation, not every subject's history.
 */
export async function communeCounts(
  ctx: AuthContext,
  filter: CompletenessFilter,
  now = new Date(),
) {
  return inScope(ctx, async (tx) => {
    // Only the quarters begun by `now` (00:00 Vietnam time of the first day): nothing of a quarter
    // not yet begun is due, so it is not counted (it would read 0 % submitted).
    const periods = await tx.reportingPeriod.findMany({
      where: {
        year: filter.year,
        startsOn: { lte: new Date(now.getTime() + VIETNAM_OFFSET_MS) },
      },
      orderBy: { quarter: "asc" },
    });
    if (periods.length === 0) return { periods, counts: [] as CommuneCounts[] };
    const periodIds = periods.map((p) => p.id);
    const { scope } = ctx;
    const nation = scope.level === "NATION";
    // The ministry reads the provinces' sums (a few hundred rows); a province or a commune its
    // communes' cells.
    const rows = nation
      ? await tx.$queryRaw`
          SELECT r."periodId", r."provinceId", NULL::int AS "communeId",
                 NULLIF(r."formerProvinceId", 0) AS "formerProvinceId",
                 SUM(r."expected")::int AS expected, SUM(r."submitted")::int AS submitted,
                 SUM(r."onTime")::int AS "onTime", SUM(r."approved")::int AS approved,
                 SUM(r."returned")::int AS returned
          FROM "CompletenessRollupProvince" r
          WHERE r."periodId" IN (${Prisma.join(periodIds)}) AND r."expected" > 0
            ${
              filter.formerProvinceId === undefined
                ? Prisma.empty
                : Prisma.sql`AND r."formerProvinceId" = ${filter.formerProvinceId}`
            }
          GROUP BY 1, 2, 3, 4`
      : await tx.$queryRaw`
          SELECT r."periodId", r."provinceId", r."communeId", c."formerProvinceId",
                 r."expected", r."submitted", r."onTime", r."approved", r."returned"
          FROM "CompletenessRollup" r
          JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
          WHERE r."periodId" IN (${Prisma.join(periodIds)}) AND r."expected" > 0
            AND r."provinceId" = ${scope.provinceId}
            ${scope.level === "COMMUNE" ? Prisma.sql`AND r."communeId" = ${scope.communeId}` : Prisma.empty}
            ${
              filter.formerProvinceId === undefined
                ? Prisma.empty
                : Prisma.sql`AND c."formerProvinceId" = ${filter.formerProvinceId}`
            }`;
    return { periods, counts: z.array(countsRow).parse(rows) satisfies CommuneCounts[] };
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
    const communeIds = [
      ...new Set(counts.flatMap((c) => (c.communeId === null ? [] : [c.communeId]))),
    ];
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
  const provinceName = new Map(units.provinces.map((p) => [p.id, p.name]));
  for (const c of counts) {
    const commune = c.communeId === null ? undefined : communeById.get(c.communeId);
    if (!nation && !commune) continue;
    const former = c.formerProvinceId ? formerById.get(c.formerProvinceId) : undefined;
    const rowId = nation ? c.provinceId : (c.communeId ?? 0);
    let row = rows.get(rowId);
    if (!row) {
      row = {
        id: rowId,
        name: nation ? (provinceName.get(c.provinceId) ?? "") : (commune?.name ?? ""),
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
