import { z } from "zod";
import type { Scope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope, type Tx } from "@/lib/db/scoped";
import { assembleSuccessors, successorsWithoutData } from "./assemble-overview";
import type { Overview, ScopeCounts, ScopeName, UnitSummary } from "./types";

// The overview of a scope: the nation for the ministry, a province for its officers. Every figure
// comes from the rollup tables the database keeps in the transaction of each change (decisions 011
// and 012): PointRollup (active points by commune and model; its province sums PointRollupProvince
// for the nation's and a province's totals), RosterRollup (active teams, open memberships of active
// teams) and ReportRollupProvince / ReportRollup (approved report values by quarter). So the page
// never reads the base rows, and an approval shows at once. Row-level security limits every rollup
// to the scope as well as the SQL's own conditions.
//
// Members are memberships: the open memberships (no left date) of active teams, a person in two
// teams counted twice — what the dashboards count and what the published "about 22,000 members" of
// Bạc Liêu is (22,046 memberships, prisma/seed/README.md). Distinct people would need a count over
// the memberships themselves at every request; the tile says which it is.

const scopeRow = z.object({
  models: z.number().int(),
  points: z.number().int(),
  teams: z.number().int(),
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

/** The scope as SQL on a rollup alias that has provinceId and communeId (RLS checks it again). */
function scopeCondition(scope: Scope, alias: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  if (scope.level === "NATION") return Prisma.sql`TRUE`;
  if (scope.level === "PROVINCE") return Prisma.sql`${column("provinceId")} = ${scope.provinceId}`;
  return Prisma.sql`${column("provinceId")} = ${scope.provinceId} AND ${column("communeId")} = ${scope.communeId}`;
}

// The roster measure whose keys split every open membership exactly once (by its team's kind).
const MEMBERSHIPS = Prisma.sql`'MEMBER_TEAM_KIND'::"RosterMeasure"`;
const TEAMS = Prisma.sql`'TEAMS'::"RosterMeasure"`;

const pointRollup = (scope: Scope) =>
  scope.level === "COMMUNE" ? Prisma.sql`"PointRollup"` : Prisma.sql`"PointRollupProvince"`;
// The same for the roster: a commune its own rows, the nation and a province the province sums.
const rosterRollup = (scope: Scope) =>
  scope.level === "COMMUNE" ? Prisma.sql`"RosterRollup"` : Prisma.sql`"RosterRollupProvince"`;

async function countScope(db: Tx, scope: Scope): Promise<ScopeCounts> {
  const [provinces, communes, catalogModels, rows] = await Promise.all([
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
    // Points and models: a commune its own rows of PointRollup, the nation and a province the
    // province rollup (a few hundred rows, where the 26,000 commune rows took 30–60 ms). Teams and
    // members likewise (RosterRollup or RosterRollupProvince), in one pass: under row-level
    // security the measure's test (an enum comparison, not leakproof) cannot use an index, so each
    // measure read alone scanned the table.
    db.$queryRaw`
      SELECT p.models, p.points, r.teams, r.members
      FROM (SELECT count(DISTINCT pr."modelId") FILTER (WHERE pr.points > 0)::int AS models,
                   COALESCE(SUM(pr.points), 0)::int AS points
            FROM ${pointRollup(scope)} pr WHERE ${scopeCondition(scope, "pr")}) p,
           (SELECT COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${TEAMS}), 0)::int AS teams,
                   COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${MEMBERSHIPS}), 0)::int
                     AS members
            FROM ${rosterRollup(scope)} rr
            WHERE rr.measure IN (${TEAMS}, ${MEMBERSHIPS}) AND ${scopeCondition(scope, "rr")}) r`,
  ]);
  const [{ models, points, teams, members }] = z.tuple([scopeRow]).parse(rows);
  return { provinces, communes, models, catalogModels, points, teams, members };
}

/** The former provinces a scope's cards are about: all, the province's, or the commune's. */
function formerInScope(scope: Scope): Prisma.Sql {
  if (scope.level === "NATION") return Prisma.sql`TRUE`;
  if (scope.level === "PROVINCE") return Prisma.sql`fp."successorId" = ${scope.provinceId}`;
  return Prisma.sql`fp.id = (SELECT "formerProvinceId" FROM "Commune" WHERE id = ${scope.communeId})`;
}

// Points, teams and members of each former province. The province sums keep the former province
// of each row's commune (0: none); a commune's own rows are attributed through its
// Commune.formerProvinceId.
async function countByFormerProvince(db: Tx, scope: Scope) {
  const counts =
    scope.level === "COMMUNE"
      ? Prisma.sql`
    point_counts AS (
      SELECT c."formerProvinceId" AS fp, SUM(pr.points)::int AS points,
             count(DISTINCT pr."modelId") FILTER (WHERE pr.points > 0)::int AS models
      FROM "PointRollup" pr
      JOIN "Commune" c ON c.id = pr."communeId"
      WHERE c."formerProvinceId" IS NOT NULL AND ${scopeCondition(scope, "pr")}
      GROUP BY c."formerProvinceId"
    ), roster_counts AS (
      SELECT c."formerProvinceId" AS fp,
             COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${TEAMS}), 0)::int AS teams,
             COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${MEMBERSHIPS}), 0)::int AS members
      FROM "RosterRollup" rr
      JOIN "Commune" c ON c.id = rr."communeId"
      WHERE c."formerProvinceId" IS NOT NULL AND rr.measure IN (${TEAMS}, ${MEMBERSHIPS})
        AND ${scopeCondition(scope, "rr")}
      GROUP BY c."formerProvinceId"
    )`
      : Prisma.sql`
    point_counts AS (
      SELECT pr."formerProvinceId" AS fp, SUM(pr.points)::int AS points,
             count(DISTINCT pr."modelId") FILTER (WHERE pr.points > 0)::int AS models
      FROM "PointRollupProvince" pr
      WHERE pr."formerProvinceId" <> 0 AND ${scopeCondition(scope, "pr")}
      GROUP BY 1
    ), roster_counts AS (
      SELECT rr."formerProvinceId" AS fp,
             COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${TEAMS}), 0)::int AS teams,
             COALESCE(SUM(rr.count) FILTER (WHERE rr.measure = ${MEMBERSHIPS}), 0)::int AS members
      FROM "RosterRollupProvince" rr
      WHERE rr."formerProvinceId" <> 0 AND rr.measure IN (${TEAMS}, ${MEMBERSHIPS})
        AND ${scopeCondition(scope, "rr")}
      GROUP BY 1
    )`;
  const rows = await db.$queryRaw`
    WITH ${counts}
    SELECT fp.id, fp."shortName", s.id AS "successorId", s."shortName" AS "successorShortName",
           COALESCE(pc.models, 0) AS models, COALESCE(pc.points, 0) AS points,
           COALESCE(rc.teams, 0) AS teams, COALESCE(rc.members, 0) AS members
    FROM "FormerProvince" fp
    JOIN "Province" s ON s.id = fp."successorId"
    LEFT JOIN point_counts pc ON pc.fp = fp.id
    LEFT JOIN roster_counts rc ON rc.fp = fp.id
    WHERE ${formerInScope(scope)}`;
  return z.array(formerProvinceRow).parse(rows);
}

// Dashboards count APPROVED reports only (DESIGN.md, report workflow): the rollups hold nothing
// else. A report of a year before the 2025 reorganisation carries the former province it was made
// for (its commune's, migration reporting_catalog), which the rollups keep as formerProvinceId; the
// nation and a province read the province rollup (a few rows per former province and quarter), a
// commune its own rows of the commune rollup.
async function sumApprovedValues(db: Tx, scope: Scope, year: number) {
  const rows =
    scope.level === "COMMUNE"
      ? await db.$queryRaw`
          SELECT r."formerProvinceId", r."indicatorId", SUM(r.total)::bigint AS total
          FROM "ReportRollup" r
          JOIN "ReportingPeriod" p ON p.id = r."periodId"
          WHERE p.year = ${year} AND r."formerProvinceId" <> 0 AND r.reports > 0
            AND ${scopeCondition(scope, "r")}
          GROUP BY 1, 2`
      : await db.$queryRaw`
          SELECT r."formerProvinceId", r."indicatorId", SUM(r.total)::bigint AS total
          FROM "ReportRollupProvince" r
          JOIN "ReportingPeriod" p ON p.id = r."periodId"
          WHERE p.year = ${year} AND r."formerProvinceId" <> 0 AND r.reports > 0
            ${scope.level === "PROVINCE" ? Prisma.sql`AND r."provinceId" = ${scope.provinceId}` : Prisma.empty}
          GROUP BY 1, 2`;
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
