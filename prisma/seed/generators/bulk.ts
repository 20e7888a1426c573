import type { Prisma } from "../../../lib/generated/prisma/client";

// Fast inserts for the seed's large tables. Prisma's createMany builds one bind parameter per
// value and costs about 60 µs a row; `INSERT … SELECT * FROM unnest($1::type[], …)` sends one array
// per column and is about ten times faster, which keeps the whole seed well under a minute.
// Rows are Prisma CreateManyInput objects; every column the database does not default is listed.
// ON CONFLICT DO NOTHING makes a repeated insert a no-op, like createMany's skipDuplicates.

/** A column and its PostgreSQL type ("uuid", "int4", "int8", "text", "date", "timestamp", or an enum type name). */
export type ColumnSpec = readonly [name: string, type: string];

const ROWS_PER_STATEMENT = 20_000;

function toParam(value: unknown, type: string): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date)
    return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

const cast = (type: string): string => {
  switch (type) {
    case "uuid":
    case "int4":
    case "int8":
    case "text":
    case "date":
      return `${type}[]`;
    case "timestamp":
      return "timestamp(3)[]";
    default:
      return `"${type}"[]`;
  }
};

/**
 * Inserts the rows into `table`; returns how many were new. `updatedAt`, when listed and missing
 * from a row, is the time of the insert (Prisma sets @updatedAt in the client, not the database).
 */
export async function bulkInsert(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly object[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const now = new Date();
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${cast(type)}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as readonly Record<
      string,
      unknown
    >[];
    const params = columns.map(([name, type]) =>
      chunk.map((row) => toParam(name === "updatedAt" ? (row[name] ?? now) : row[name], type)),
    );
    inserted += await tx.$executeRawUnsafe(sql, ...params);
  }
  return inserted;
}

/** The columns the seed writes, per table (database defaults fill the rest). */
export const COLUMNS = {
  Commune: [
    ["code", "text"],
    ["name", "text"],
    ["kind", "CommuneKind"],
    ["provinceId", "int4"],
    ["formerProvinceId", "int4"],
  ],
  FormerCommune: [
    ["code", "text"],
    ["name", "text"],
    ["districtName", "text"],
    ["formerProvinceId", "int4"],
  ],
  CommuneMapping: [
    ["formerCommuneId", "int4"],
    ["communeId", "int4"],
  ],
  ResidentialArea: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["formerCommuneId", "int4"],
    ["name", "text"],
    ["kind", "ResidentialAreaKind"],
    ["households", "int4"],
    ["updatedAt", "timestamp"],
  ],
  Organization: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["name", "text"],
    ["kind", "OrganizationKind"],
    ["updatedAt", "timestamp"],
  ],
  ReplicationPoint: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["modelId", "uuid"],
    ["formerCommuneId", "int4"],
    ["residentialAreaId", "uuid"],
    ["organizationId", "uuid"],
    ["name", "text"],
    ["placeName", "text"],
    ["establishedOn", "date"],
    ["leadOrganization", "LeadOrganization"],
    ["status", "PointStatus"],
    ["updatedAt", "timestamp"],
  ],
  PointRating: [
    ["provinceId", "int4"],
    ["pointId", "uuid"],
    ["year", "int4"],
    ["rating", "Rating"],
  ],
  Team: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["pointId", "uuid"],
    ["kind", "TeamKind"],
    ["name", "text"],
    ["establishedOn", "date"],
    ["updatedAt", "timestamp"],
  ],
  TeamArea: [
    ["provinceId", "int4"],
    ["teamId", "uuid"],
    ["residentialAreaId", "uuid"],
  ],
  Person: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["residentialAreaId", "uuid"],
    ["fullName", "text"],
    ["gender", "Gender"],
    ["birthDate", "date"],
    ["ethnicityId", "int4"],
    ["religion", "Religion"],
    ["affiliation", "Affiliation"],
    ["phone", "text"],
    ["citizenId", "text"],
    ["updatedAt", "timestamp"],
  ],
  Membership: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["teamId", "uuid"],
    ["personId", "uuid"],
    ["role", "MemberRole"],
    ["joinedOn", "date"],
    ["leftOn", "date"],
    ["leftReason", "text"],
    ["updatedAt", "timestamp"],
  ],
  Report: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["periodId", "int4"],
    ["kind", "ReportKind"],
    ["pointId", "uuid"],
    ["formerProvinceId", "int4"],
    ["formerCommuneId", "int4"],
    ["status", "ReportStatus"],
    ["selfRating", "Rating"],
    ["results", "text"],
    ["difficulties", "text"],
    ["proposals", "text"],
    ["version", "int4"],
    ["submittedAt", "timestamp"],
    ["approvedAt", "timestamp"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ],
  ReportValue: [
    ["provinceId", "int4"],
    ["reportId", "uuid"],
    ["indicatorId", "int4"],
    ["value", "int8"],
  ],
  PointStatusChange: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["pointId", "uuid"],
    ["fromStatus", "PointStatus"],
    ["toStatus", "PointStatus"],
    ["effectiveOn", "date"],
    ["reason", "text"],
  ],
  ReportStatusChange: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["reportId", "uuid"],
    ["fromStatus", "ReportStatus"],
    ["toStatus", "ReportStatus"],
    ["comment", "text"],
    ["at", "timestamp"],
  ],
  SafetyRegistration: [
    ["id", "uuid"],
    ["provinceId", "int4"],
    ["communeId", "int4"],
    ["year", "int4"],
    ["unitType", "SafetyUnitType"],
    ["residentialAreaId", "uuid"],
    ["organizationId", "uuid"],
    ["formerCommuneId", "int4"],
    ["registeredOn", "date"],
    ["result", "SafetyResult"],
    ["decisionNumber", "text"],
    ["decidedOn", "date"],
    ["updatedAt", "timestamp"],
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;
