// Where each table goes when the database is distributed by province on Citus (decision 013).
// tests/integration/distribution-keys.int.test.ts fails on a table that is in none of these lists
// (or in two), and on a distributed table whose keys or foreign keys do not hold provinceId.

/** Tenant data, distributed by `provinceId` and co-located: one province's rows of every one of
 * these tables live on the same node, so the joins and transactions of one province stay there.
 * In foreign-key order: a table comes after the tables it references. */
export const DISTRIBUTED_TABLES = [
  "ResidentialArea",
  "Organization",
  "ImportBatch",
  "ModelRecognition",
  "ReplicationPoint",
  "PointStatusChange",
  "PointRating",
  "Team",
  "TeamArea",
  "TeamRating",
  "Person",
  "Membership",
  "PeriodReopening",
  "Report",
  "ReportValue",
  "ReportValueChange",
  "ReportStatusChange",
  "ReportRollup",
  "ReportRollupProvince",
  "RosterRollup",
  "PointRollup",
  "CompletenessRollup",
  "CompletenessRollupProvince",
  "PointRollupProvince",
  "RosterRollupProvince",
  "SafetyRegistration",
  "CommuneYearTitle",
  "PublishedTally",
  "Award",
] as const;

/** Small, national, read everywhere: copied to every node. `Commune` and `Model` carry a
 * `provinceId` but are catalogs (3,321 communes; the models of the ministry and of the provinces,
 * a few hundred), and `User` is referenced by the reports' history. */
export const REFERENCE_TABLES = [
  "Province",
  "FormerProvince",
  "Commune",
  "FormerCommune",
  "CommuneMapping",
  "Ethnicity",
  "Model",
  "IndicatorModel",
  "Indicator",
  "ValidationRule",
  "ReportingPeriod",
  "SystemSetting",
  "User",
] as const;

/** Kept on the coordinator only (Citus local tables): signing in, sessions, the throttle and the
 * audit trail, read and written by the database's own functions, never joined with tenant data. */
export const COORDINATOR_TABLES = ["Session", "SignInAttempt", "AuditLog"] as const;

/** The statements that distribute the schema on a Citus cluster, in order: reference tables first
 * (foreign keys point at them), then the tenant tables, co-located with the first. */
export function citusDistributionSql(): string[] {
  const [first, ...rest] = DISTRIBUTED_TABLES;
  return [
    ...REFERENCE_TABLES.map((t) => `SELECT create_reference_table('"${t}"');`),
    ...COORDINATOR_TABLES.map((t) => `SELECT citus_add_local_table_to_metadata('"${t}"');`),
    `SELECT create_distributed_table('"${first}"', 'provinceId');`,
    ...rest.map(
      (t) =>
        `SELECT create_distributed_table('"${t}"', 'provinceId', colocate_with => '"${first}"');`,
    ),
  ];
}
