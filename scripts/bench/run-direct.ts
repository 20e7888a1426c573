// direct.national: the national dashboard's figures computed by GROUP BY over the base rows, timed,
// and compared with the rollups' own (on stderr).
import pg from "pg";
import { type Setup } from "./run-setup";
import { log } from "./run-options";

const directQuery = `
  SELECT r."provinceId", COALESCE(r."formerProvinceId", 0) AS "formerProvinceId", p.year, p.quarter,
         SUM(v.value)::bigint AS total, count(*)::int AS reports
  FROM "Report" r
  JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r.id
  JOIN "ReportingPeriod" p ON p.id = r."periodId"
  WHERE r.status = 'APPROVED' AND v."indicatorId" = $1 AND r."periodId" = ANY($2::int[])
  GROUP BY 1, 2, 3, 4`;
const pointsQuery = `
  SELECT pt."provinceId", c."formerProvinceId", count(*)::int AS points
  FROM "ReplicationPoint" pt JOIN "Commune" c ON c.id = pt."communeId"
  WHERE pt.status = 'ACTIVE'
  GROUP BY 1, 2`;

const modelsQuery = `
  SELECT m.id, m.name, count(*)::int AS points, count(DISTINCT pt."provinceId")::int AS provinces
  FROM "ReplicationPoint" pt JOIN "Model" m ON m.id = pt."modelId"
  WHERE pt.status = 'ACTIVE'
  GROUP BY m.id, m.name ORDER BY points DESC, m.name LIMIT 10`;
/**
 * The completeness grid of the year from the base rows: every point's status history, every
 * report and its first submission, every extension (the rule the rollup is kept by, decision 015,
 * applied to everything at once), by province and quarter.
 */
const completenessQuery = `
  SELECT c."provinceId", c."periodId", SUM(c.expected)::int AS expected,
         SUM(c.submitted)::int AS submitted, SUM(c."onTime")::int AS "onTime",
         SUM(c.approved)::int AS approved, SUM(c.returned)::int AS returned
  FROM app_private.completeness_computed(NULL, NULL, $1::int[]) c
  GROUP BY 1, 2`;
const completenessRollupQuery = `
  SELECT r."provinceId", r."periodId", SUM(r.expected)::int AS expected,
         SUM(r.submitted)::int AS submitted, SUM(r."onTime")::int AS "onTime",
         SUM(r.approved)::int AS approved, SUM(r.returned)::int AS returned
  FROM "CompletenessRollup" r WHERE r."periodId" = ANY($1::int[]) AND r.expected > 0
  GROUP BY 1, 2`;

/**
 * The national dashboard's figures from the base rows, as without rollups: the quarter totals of
 * every province and former province for the indicator and the periods it shows (GROUP BY over the
 * approved reports' values), the active points by province, the most replicated models, and the
 * year's completeness grid (every subject's history, report and first submission).
 */
export async function directNational(owner: pg.Client, setup: Setup): Promise<number> {
  const started = performance.now();
  await owner.query(directQuery, [setup.indicatorId, setup.periodIds]);
  await owner.query(pointsQuery);
  await owner.query(modelsQuery);
  await owner.query(completenessQuery, [setup.yearPeriodIds]);
  return performance.now() - started;
}

/** The direct figures must be the rollups' own (a check of the comparison, on stderr). */
export async function compareFigures(owner: pg.Client, setup: Setup): Promise<void> {
  const direct = await owner.query(
    `SELECT "provinceId", "formerProvinceId", year, quarter, total::text, reports FROM (${directQuery}) d
     ORDER BY 1, 2, 3, 4`,
    [setup.indicatorId, setup.periodIds],
  );
  const rollup = await owner.query(
    `SELECT r."provinceId", r."formerProvinceId", p.year, p.quarter, SUM(r.total)::bigint::text AS total,
            SUM(r.reports)::int AS reports
     FROM "ReportRollupProvince" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."indicatorId" = $1 AND r."periodId" = ANY($2::int[]) AND (r.reports <> 0 OR r.total <> 0)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [setup.indicatorId, setup.periodIds],
  );
  const ordered = (q: string) => `SELECT * FROM (${q}) x ORDER BY 1, 2`;
  const grid = await owner.query(ordered(completenessQuery), [setup.yearPeriodIds]);
  const gridRollup = await owner.query(ordered(completenessRollupQuery), [setup.yearPeriodIds]);
  const same =
    JSON.stringify(direct.rows) === JSON.stringify(rollup.rows) &&
    JSON.stringify(grid.rows) === JSON.stringify(gridRollup.rows);
  log(
    same
      ? `direct.national: the same ${direct.rows.length} quarter totals and ${grid.rows.length} completeness cells as the rollups`
      : "direct.national: the figures DIFFER from the rollups (npm run rollups:verify)",
  );
  if (!same) process.exitCode = 1;
}
