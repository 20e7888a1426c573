// The rollups of the national data set computed once after the load (`rebuild`), as
// app_private.rollups_rebuild() does, but one province at a time on both cores.
import type { Statement } from "./parallel";

/**
 * The rollup queries (the application's views, one province at a time) read millions of rows: the
 * planner's nested loops over index lookups are slower here than hash joins of whole tables, and
 * the hash tables of a province fit in this work_mem.
 */
export const ROLLUP_SETUP = ["SET work_mem = '64MB'", "SET enable_nestloop = off"];

/**
 * What app_private.rollups_rebuild() does (report_rollups_rebuild and roster_rollups_rebuild, in
 * the rollups migrations), into the empty rollup tables and one province at a time, so that both
 * cores work on it: the application's own views `report_rollup_computed` and
 * `roster_rollup_computed` and completeness (`completeness_rollups_rebuild`) per province, then the province rollups from the fine ones and the
 * point rollups. A report rollup row's "updatedAt" is the latest approval it sums (the view's last
 * column), so the dashboards' "Số liệu đến" is the data set's last approval, not the time of the
 * load. rollup_differences() checks the result against the views afterwards.
 */
export function rebuildStatements(provinceIds: readonly number[]): {
  perProvince: Statement[];
  after: Statement[];
} {
  return {
    perProvince: provinceIds.flatMap((id) => [
      {
        text: `INSERT INTO "ReportRollup" ("provinceId", "communeId", "formerProvinceId", "formerCommuneId",
                 "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
               SELECT * FROM app_private.report_rollup_computed WHERE "provinceId" = $1`,
        values: [id],
      },
      {
        text: `INSERT INTO "RosterRollup" ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
               SELECT *, clock_timestamp() FROM app_private.roster_rollup_computed WHERE "provinceId" = $1`,
        values: [id],
      },
      {
        text: `SELECT app_private.completeness_rollups_rebuild($1)`,
        values: [id],
      },
    ]),
    after: [
      `INSERT INTO "ReportRollupProvince" ("provinceId", "formerProvinceId", "kind", "periodId",
         "indicatorId", "total", "reports", "updatedAt")
       SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId", SUM("total"),
              SUM("reports"), MAX("updatedAt")
       FROM "ReportRollup" GROUP BY 1, 2, 3, 4, 5`,
      `INSERT INTO "PointRollup" ("provinceId", "communeId", "modelId", "points", "updatedAt")
       SELECT *, clock_timestamp() FROM app_private.point_rollup_computed`,
    ],
  };
}
