import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import { inReadScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { readSearchParam, type SearchParams, uuidId } from "@/lib/validation/fields";
import { type DashboardSetup, periodIdsOf, readSetup } from "./context";

// The approved reports behind a dashboard figure (issue 9, point 7): every figure links here with
// the dashboard's own filter (indicator, period, province, commune, former province, model, point).
// Read-only; the viewer's scope limits the rows (the where and row-level security). The report
// workflow's own list (issue 8) can take this filter over when it lands.

export const SOURCE_REPORTS_LIMIT = 500;

export interface SourceReport {
  id: string;
  year: number;
  quarter: number;
  kind: "POINT" | "COMMUNE";
  provinceName: string;
  communeName: string;
  formerProvinceName: string | null;
  pointId: string | null;
  pointName: string | null;
  modelName: string | null;
  value: number;
  approvedAt: Date | null;
}

export interface SourceReports {
  setup: DashboardSetup;
  modelId?: string;
  pointId?: string;
  rows: SourceReport[];
  /** All matching reports (the list shows at most SOURCE_REPORTS_LIMIT). */
  count: number;
  /** Sum of the values as the dashboards add them (a stock: the latest quarter only). */
  total: number;
}

const row = z.object({
  id: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  kind: z.enum(["POINT", "COMMUNE"]),
  provinceName: z.string(),
  communeName: z.string(),
  formerProvinceName: z.string().nullable(),
  pointId: z.string().nullable(),
  pointName: z.string().nullable(),
  modelName: z.string().nullable(),
  value: z.bigint(),
  approvedAt: z.date().nullable(),
});

export function listSourceReports(ctx: AuthContext, params: SearchParams): Promise<SourceReports> {
  return inReadScope(ctx, async (tx) => {
    const setup = await readSetup(tx, ctx, params);
    const model = readSearchParam(params, "model", uuidId());
    const point = readSearchParam(params, "point", uuidId());
    if (model.invalid) setup.invalid.push("model");
    if (point.invalid) setup.invalid.push("point");
    const { filter, indicator, view } = setup;
    // The range's quarters; a stock counts its latest quarter only, as on the dashboard.
    const range =
      indicator.aggregation === "STOCK"
        ? { from: filter.range.to, to: filter.range.to }
        : filter.range;
    const ids = periodIdsOf(setup.periods, range);
    const conditions: Prisma.Sql[] = [
      Prisma.sql`r.status = 'APPROVED'`,
      Prisma.sql`v."indicatorId" = ${indicator.id}`,
      ids.length > 0 ? Prisma.sql`r."periodId" IN (${Prisma.join(ids)})` : Prisma.sql`FALSE`,
    ];
    if (view.level !== "NATION") conditions.push(Prisma.sql`r."provinceId" = ${view.provinceId}`);
    if (view.level === "COMMUNE") conditions.push(Prisma.sql`r."communeId" = ${view.communeId}`);
    if (filter.formerProvinceId)
      conditions.push(Prisma.sql`r."formerProvinceId" = ${filter.formerProvinceId}`);
    if (model.value) conditions.push(Prisma.sql`rp."modelId" = ${model.value}::uuid`);
    if (point.value) conditions.push(Prisma.sql`r."pointId" = ${point.value}::uuid`);
    const where = Prisma.join(conditions, " AND ");
    const from = Prisma.sql`
      FROM "Report" r
      JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r.id
      JOIN "ReportingPeriod" p ON p.id = r."periodId"
      LEFT JOIN "ReplicationPoint" rp ON rp."provinceId" = r."provinceId" AND rp.id = r."pointId"
      WHERE ${where}`;
    const full = z.array(row).parse(
      await tx.$queryRaw`
        SELECT r.id::text AS id, p.year, p.quarter, r.kind::text AS kind,
               pr."shortName" AS "provinceName", c.name AS "communeName",
               fp."shortName" AS "formerProvinceName", r."pointId"::text AS "pointId",
               rp.name AS "pointName", m.name AS "modelName", v.value, r."approvedAt"
        FROM "Report" r
        JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r.id
        JOIN "ReportingPeriod" p ON p.id = r."periodId"
        JOIN "Province" pr ON pr.id = r."provinceId"
        JOIN "Commune" c ON c.id = r."communeId"
        LEFT JOIN "FormerProvince" fp ON fp.id = r."formerProvinceId"
        LEFT JOIN "ReplicationPoint" rp ON rp."provinceId" = r."provinceId" AND rp.id = r."pointId"
        LEFT JOIN "Model" m ON m.id = rp."modelId"
        WHERE ${where}
        ORDER BY p.year DESC, p.quarter DESC, v.value DESC, r.id
        LIMIT ${SOURCE_REPORTS_LIMIT}`,
    );
    const summary = z
      .array(z.object({ count: z.number().int(), total: z.bigint().nullable() }))
      .parse(
        await tx.$queryRaw`SELECT count(*)::int AS count, SUM(v.value)::bigint AS total ${from}`,
      );
    return {
      setup,
      modelId: model.value,
      pointId: point.value,
      rows: full.map((r) => ({ ...r, value: Number(r.value) })),
      count: summary[0]?.count ?? 0,
      total: Number(summary[0]?.total ?? 0),
    };
  });
}
