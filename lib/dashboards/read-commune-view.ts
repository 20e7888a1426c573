import { z } from "zod";
import type { Tx } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DashboardSetup, periodIdsOf } from "./context";
import { dashboardParams } from "./filter";
import { aggregate, quarterIndex } from "./periods";

// A commune's own view: its teams and their members, the commune report's figure of the chosen
// indicator, its points with a point report's indicator over the period (the chosen one when the
// point report carries it; a commune report's indicator is not reported by points), and its reports
// by quarter and state. One commune's rows are few: read directly.

export interface CommuneTeam {
  id: string;
  name: string;
  kind: "MODEL" | "GRASSROOTS_SECURITY";
  pointName: string | null;
  members: number;
  leaders: number;
}

export interface CommunePoint {
  id: string;
  name: string;
  modelName: string;
  total: number | null;
  reports: number;
  source: Record<string, string>;
}

export interface ReportStateRow {
  year: number;
  quarter: number;
  kind: "POINT" | "COMMUNE";
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
}

export interface CommuneFigure {
  total: number | null;
  reports: number;
  source: Record<string, string>;
}

export interface CommuneView {
  teams: CommuneTeam[];
  /** The points' figures, of `setup.pointIndicator`. */
  points: CommunePoint[];
  /** The commune report's own figure of the chosen indicator; null when it is a point report's. */
  communeFigure: CommuneFigure | null;
  reportStates: ReportStateRow[];
  /** The last approval among the reports summed on this view; null without any. */
  asOf: Date | null;
}

const teamRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["MODEL", "GRASSROOTS_SECURITY"]),
  pointName: z.string().nullable(),
  members: z.number().int(),
  leaders: z.number().int(),
});
const valueRow = z.object({
  indicatorId: z.number().int(),
  pointId: z.string().nullable(),
  year: z.number().int(),
  quarter: z.number().int(),
  total: z.bigint(),
  reports: z.number().int(),
  approvedAt: z.date().nullable(),
});
const stateRow = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  kind: z.enum(["POINT", "COMMUNE"]),
  draft: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  approved: z.number().int(),
});

export async function readCommuneView(
  tx: Tx,
  setup: DashboardSetup,
  provinceId: number,
  communeId: number,
): Promise<CommuneView> {
  const { filter, indicator, pointIndicator, periods } = setup;
  const range = filter.range;
  const teams = z.array(teamRow).parse(
    await tx.$queryRaw`
      SELECT t.id::text AS id, t.name, t.kind::text AS kind, rp.name AS "pointName",
             count(m.id) FILTER (WHERE m."leftOn" IS NULL)::int AS members,
             count(m.id) FILTER (WHERE m."leftOn" IS NULL AND m.role = 'LEADER')::int AS leaders
      FROM "Team" t
      LEFT JOIN "ReplicationPoint" rp ON rp."provinceId" = t."provinceId" AND rp.id = t."pointId"
      LEFT JOIN "Membership" m ON m."provinceId" = t."provinceId" AND m."teamId" = t.id
      WHERE t."provinceId" = ${provinceId} AND t."communeId" = ${communeId} AND t.status = 'ACTIVE'
      GROUP BY t.id, t.name, t.kind, rp.name
      ORDER BY t.kind, t.name`,
  );
  const ids = periodIdsOf(periods, range);
  const values =
    ids.length === 0
      ? []
      : z.array(valueRow).parse(
          await tx.$queryRaw`
            SELECT v."indicatorId", r."pointId"::text AS "pointId", p.year, p.quarter,
                   SUM(v.value)::bigint AS total, count(*)::int AS reports,
                   max(r."approvedAt") AS "approvedAt"
            FROM "Report" r
            JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r.id
            JOIN "ReportingPeriod" p ON p.id = r."periodId"
            WHERE r."provinceId" = ${provinceId} AND r."communeId" = ${communeId}
              AND r.status = 'APPROVED'
              AND v."indicatorId" IN (${indicator.id}, ${pointIndicator.id})
              AND r."periodId" IN (${Prisma.join(ids)})
              ${filter.formerProvinceId ? Prisma.sql`AND r."formerProvinceId" = ${filter.formerProvinceId}` : Prisma.empty}
            GROUP BY 1, 2, 3, 4`,
        );
  const points = await tx.replicationPoint.findMany({
    where: { provinceId, communeId, status: "ACTIVE" },
    select: { id: true, name: true, model: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
  // The points' rows of the points' indicator; the commune report's (no point) of the chosen one.
  const byPoint = new Map<string | null, { quarters: Map<number, number>; reports: number }>();
  let asOf: Date | null = null;
  for (const v of values) {
    if (v.pointId === null ? v.indicatorId !== indicator.id : v.indicatorId !== pointIndicator.id)
      continue;
    if (v.approvedAt && (asOf === null || v.approvedAt > asOf)) asOf = v.approvedAt;
    const entry = byPoint.get(v.pointId) ?? { quarters: new Map<number, number>(), reports: 0 };
    const i = quarterIndex(v);
    entry.quarters.set(i, (entry.quarters.get(i) ?? 0) + Number(v.total));
    entry.reports += v.reports;
    byPoint.set(v.pointId, entry);
  }
  const base = dashboardParams(filter, { province: provinceId, commune: communeId });
  const pointBase = dashboardParams(
    { ...filter, indicatorId: pointIndicator.id },
    { province: provinceId, commune: communeId },
  );
  const states = z.array(stateRow).parse(
    await tx.$queryRaw`
      SELECT p.year, p.quarter, r.kind::text AS kind,
             count(*) FILTER (WHERE r.status = 'DRAFT')::int AS draft,
             count(*) FILTER (WHERE r.status = 'SUBMITTED')::int AS submitted,
             count(*) FILTER (WHERE r.status = 'RETURNED')::int AS returned,
             count(*) FILTER (WHERE r.status = 'APPROVED')::int AS approved
      FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
      WHERE r."provinceId" = ${provinceId} AND r."communeId" = ${communeId}
      GROUP BY 1, 2, 3
      ORDER BY 1 DESC, 2 DESC, 3 DESC
      LIMIT 24`,
  );
  return {
    teams,
    points: points.map((p) => {
      const entry = byPoint.get(p.id);
      return {
        id: p.id,
        name: p.name,
        modelName: p.model.name,
        total: entry ? aggregate(pointIndicator.aggregation, range, entry.quarters) : null,
        reports: entry?.reports ?? 0,
        source: { ...pointBase, point: p.id },
      };
    }),
    communeFigure:
      indicator.reportKind === "POINT"
        ? null
        : (() => {
            const entry = byPoint.get(null);
            return {
              total: entry ? aggregate(indicator.aggregation, range, entry.quarters) : null,
              reports: entry?.reports ?? 0,
              source: base,
            };
          })(),
    reportStates: states,
    asOf,
  };
}
