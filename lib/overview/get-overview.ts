import { z } from "zod";
import { type Scope, tenantWhere } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope, type Tx } from "@/lib/db/scoped";
import { assembleSuccessors, successorsWithoutData } from "./assemble-overview";
import type { Overview, ScopeCounts, ScopeName, UnitSummary } from "./types";

// The overview of a scope: the nation for the ministry, a province for its officers. Every figure
// is summed by PostgreSQL (one round trip per query, no rows loaded into JavaScript) and read at
// request time, so an approved report shows at once. Row-level security limits every tenant table
// to the scope, so the same SQL serves every level.

const scopeRow = z.object({
  models: z.number().int(),
  members: z.number().int(),
});

const formerProvinceRow = z.object({
  id: z.number().int(),
  shortName: z.string(),
  successorId: z.number().int(),
  successorShortName: z.string(),
  models: z.number().int(),
  points: z.number().int(),
  teams: z.number().int(),
  members: z.number().int(),
});

const indicatorTotalRow = z.object({
  formerProvinceId: z.number().int(),
  indicatorId: z.number().int(),
  total: z.bigint(),
});

/** The scope as SQL on a table alias that has provinceId and communeId (RLS checks it again). */
function scopeCondition(scope: Scope, alias: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  if (scope.level === "NATION") return Prisma.sql`TRUE`;
  if (scope.level === "PROVINCE") return Prisma.sql`${column("provinceId")} = ${scope.provinceId}`;
  return Prisma.sql`${column("provinceId")} = ${scope.provinceId} AND ${column("communeId")} = ${scope.communeId}`;
}

async function countScope(db: Tx, scope: Scope): Promise<ScopeCounts> {
  const where = tenantWhere(scope);
  const [provinces, communes, catalogModels, points, teams, rows] = await Promise.all([
    scope.level === "NATION" ? db.province.count() : null,
    scope.level === "NATION"
      ? db.commune.count()
      : scope.level === "PROVINCE"
        ? db.commune.count({ where: { provinceId: scope.provinceId } })
        : null,
    // The catalog the scope may use: the national models and, below the nation, the province's own.
    scope.level === "COMMUNE"
      ? null
      : db.model.count({
          where: {
            status: "ACTIVE",
            ...(scope.level === "NATION"
              ? {}
              : { OR: [{ provinceId: null }, { provinceId: scope.provinceId }] }),
          },
        }),
    db.replicationPoint.count({ where: { status: "ACTIVE", ...where } }),
    db.team.count({ where: { status: "ACTIVE", ...where } }),
    db.$queryRaw`
      SELECT
        (SELECT count(DISTINCT rp."modelId")::int FROM "ReplicationPoint" rp
         WHERE rp.status = 'ACTIVE' AND ${scopeCondition(scope, "rp")}) AS models,
        (SELECT count(DISTINCT m."personId")::int
         FROM "Membership" m
         JOIN "Team" t ON t."provinceId" = m."provinceId" AND t.id = m."teamId"
         WHERE m."leftOn" IS NULL AND t.status = 'ACTIVE' AND ${scopeCondition(scope, "t")}) AS members`,
  ]);
  const [{ models, members }] = z.tuple([scopeRow]).parse(rows);
  return { provinces, communes, models, catalogModels, points, teams, members };
}

/** The former provinces a scope's cards are about: all, the province's, or the commune's. */
function formerInScope(scope: Scope): Prisma.Sql {
  if (scope.level === "NATION") return Prisma.sql`TRUE`;
  if (scope.level === "PROVINCE") return Prisma.sql`fp."successorId" = ${scope.provinceId}`;
  return Prisma.sql`fp.id = (SELECT "formerProvinceId" FROM "Commune" WHERE id = ${scope.communeId})`;
}

// Points, teams and members of each former province, attributed through Commune.formerProvinceId.
async function countByFormerProvince(db: Tx, scope: Scope) {
  const rows = await db.$queryRaw`
    WITH point_counts AS (
      SELECT c."formerProvinceId" AS fp, count(*)::int AS points,
             count(DISTINCT rp."modelId")::int AS models
      FROM "ReplicationPoint" rp
      JOIN "Commune" c ON c.id = rp."communeId"
      WHERE rp.status = 'ACTIVE' AND c."formerProvinceId" IS NOT NULL AND ${scopeCondition(scope, "rp")}
      GROUP BY c."formerProvinceId"
    ), team_counts AS (
      SELECT c."formerProvinceId" AS fp, count(*)::int AS teams
      FROM "Team" t
      JOIN "Commune" c ON c.id = t."communeId"
      WHERE t.status = 'ACTIVE' AND c."formerProvinceId" IS NOT NULL AND ${scopeCondition(scope, "t")}
      GROUP BY c."formerProvinceId"
    ), member_counts AS (
      SELECT c."formerProvinceId" AS fp, count(DISTINCT m."personId")::int AS members
      FROM "Membership" m
      JOIN "Team" t ON t."provinceId" = m."provinceId" AND t.id = m."teamId"
      JOIN "Commune" c ON c.id = t."communeId"
      WHERE m."leftOn" IS NULL AND t.status = 'ACTIVE' AND c."formerProvinceId" IS NOT NULL
        AND ${scopeCondition(scope, "t")}
      GROUP BY c."formerProvinceId"
    )
    SELECT fp.id, fp."shortName", s.id AS "successorId", s."shortName" AS "successorShortName",
           COALESCE(pc.models, 0) AS models, COALESCE(pc.points, 0) AS points,
           COALESCE(tc.teams, 0) AS teams, COALESCE(mc.members, 0) AS members
    FROM "FormerProvince" fp
    JOIN "Province" s ON s.id = fp."successorId"
    LEFT JOIN point_counts pc ON pc.fp = fp.id
    LEFT JOIN team_counts tc ON tc.fp = fp.id
    LEFT JOIN member_counts mc ON mc.fp = fp.id
    WHERE ${formerInScope(scope)}`;
  return z.array(formerProvinceRow).parse(rows);
}

// Dashboards count APPROVED reports only (DESIGN.md, report workflow).
async function sumApprovedValues(db: Tx, scope: Scope, year: number) {
  const rows = await db.$queryRaw`
    SELECT c."formerProvinceId" AS "formerProvinceId", rv."indicatorId" AS "indicatorId",
           SUM(rv.value)::bigint AS total
    FROM "ReportValue" rv
    JOIN "Report" r ON r."provinceId" = rv."provinceId" AND r.id = rv."reportId"
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    JOIN "Commune" c ON c.id = r."communeId"
    WHERE r.status = 'APPROVED' AND p.year = ${year} AND c."formerProvinceId" IS NOT NULL
      AND ${scopeCondition(scope, "r")}
    GROUP BY c."formerProvinceId", rv."indicatorId"`;
  return z.array(indicatorTotalRow).parse(rows);
}

export function getOverview(ctx: AuthContext, year: number): Promise<Overview> {
  return inScope(ctx, (db) => readOverview(db, ctx.scope, year));
}

async function nameOf(db: Tx, scope: Scope): Promise<ScopeName> {
  if (scope.level === "NATION") return { level: "NATION" };
  const province = await db.province.findUniqueOrThrow({
    where: { id: scope.provinceId },
    select: { name: true },
  });
  if (scope.level === "PROVINCE") return { level: "PROVINCE", province: province.name };
  const commune = await db.commune.findUniqueOrThrow({
    where: { id: scope.communeId },
    select: { name: true },
  });
  return { level: "COMMUNE", province: province.name, commune: commune.name };
}

async function readOverview(db: Tx, scope: Scope, year: number): Promise<Overview> {
  // One connection: the queries of a transaction run one after another.
  const counts = await countScope(db, scope);
  const formerProvinces = await countByFormerProvince(db, scope);
  const totals = await sumApprovedValues(db, scope, year);
  const indicators = await db.indicator.findMany({
    select: {
      id: true,
      code: true,
      nameVi: true,
      nameEn: true,
      groupVi: true,
      groupEn: true,
      unit: true,
    },
    orderBy: [{ reportKind: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
  });
  const groups = assembleSuccessors(formerProvinces, totals, indicators);
  const name = await nameOf(db, scope);
  if (scope.level === "COMMUNE") {
    // The commune's own figures: its former province's row holds exactly them (the queries are
    // limited to the commune), but the card is the commune's, never the old province's.
    const own = groups[0]?.formerProvinces[0];
    const commune: UnitSummary | null = own
      ? {
          models: own.models,
          points: own.points,
          teams: own.teams,
          members: own.members,
          indicators: own.indicators,
        }
      : null;
    return {
      scope: name,
      year,
      generatedAt: new Date(),
      counts,
      successors: [],
      successorsWithoutData: [],
      commune,
    };
  }
  return {
    scope: name,
    year,
    generatedAt: new Date(),
    counts,
    successors: groups,
    successorsWithoutData: successorsWithoutData(formerProvinces, groups),
    commune: null,
  };
}
