// What npm run bench needs of the national data set before it starts: the data set itself, the
// users it signs in as, the submitted reports it approves, the national dashboard's default view,
// and a team of 1,000 members for the roster page (made once, with the seed's roster generator).
import pg from "pg";
import { uuidFor } from "../../prisma/seed/generators/ids";
import { profile } from "../../prisma/seed/generators/member-profiles";
import { createRng } from "../../prisma/seed/generators/random";
import { planRoster } from "../../prisma/seed/generators/roster";
import { ETHNICITY } from "../../prisma/seed/reference/ethnicities";
import { NATIONAL_DATA_SETTING } from "../../prisma/seed/national/load";
import { DATABASE, N, ROSTER_SIZE, ROSTER_TEAM, USERS, WARM_UP, log } from "./run-options";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The national data set must be there, complete: otherwise say how to make it. */
export async function requireNationalData(adminUrl: string, ownerUrl: string): Promise<void> {
  const missing = `The national data set (database "${DATABASE}") is missing or incomplete: run npm run seed:national first.`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const found = await admin
    .query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])
    .finally(() => admin.end());
  if (!found.rowCount) throw new Error(missing);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const done = await client
    .query<{ value: { national?: unknown } }>(
      `SELECT "value" FROM "SystemSetting" WHERE "key" = $1`,
      [NATIONAL_DATA_SETTING],
    )
    .then((r) => r.rows[0]?.value.national !== undefined)
    .catch(() => false)
    .finally(() => client.end());
  if (!done) throw new Error(missing);
}

export interface Setup {
  rosterTeamId: string;
  /** Submitted reports of the province officer's province, to approve from their forms' pages. */
  reports: { id: string; version: number; formPath: string }[];
  /** The national dashboard's default view: its indicator, year and the periods it reads. */
  indicatorId: number;
  year: number;
  periodIds: number[];
  /** The year's quarters: the completeness grid's columns. */
  yearPeriodIds: number[];
}

export async function prepare(owner: pg.Client): Promise<Setup> {
  const users = await owner.query<{ username: string; provinceId: number; communeId: number }>(
    `SELECT username, "provinceId", "communeId" FROM "User" WHERE username = ANY($1)`,
    [Object.values(USERS)],
  );
  const user = (name: string) => {
    const found = users.rows.find((u) => u.username === name);
    if (!found) throw new Error(`No user ${name} in ${DATABASE}: run npm run seed:national again.`);
    return found;
  };
  user(USERS.analyst);
  const province = user(USERS.province);
  const commune = user(USERS.commune);
  const rosterTeamId = await ensureRosterTeam(owner, commune.provinceId, commune.communeId);
  const reports = await owner.query<{ id: string; version: number; formPath: string }>(
    `SELECT r.id, r.version,
            '/vi/reports/form?' || CASE WHEN r."pointId" IS NULL THEN 'commune=' || r."communeId"
                                        ELSE 'point=' || r."pointId" END
              || '&year=' || p.year || '&quarter=' || p.quarter AS "formPath"
       FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."provinceId" = $1 AND r.status = 'SUBMITTED'
     ORDER BY p.year DESC, p.quarter DESC, r.id LIMIT $2`,
    [province.provinceId, N + WARM_UP],
  );
  if (reports.rows.length < N + WARM_UP)
    throw new Error(
      `Only ${reports.rows.length} submitted reports left in ${USERS.province}'s province: run npm run seed:national again.`,
    );
  // As lib/dashboards/context.ts chooses it: the first indicator of the catalog, its latest year
  // with approved figures, that year's four quarters compared with the year before (the trend: the
  // eight quarters of both).
  const indicator = await owner.query<{ id: number }>(
    `SELECT id FROM "Indicator" ORDER BY "reportKind" DESC, "sortOrder" ASC, id ASC LIMIT 1`,
  );
  const indicatorId = indicator.rows[0]?.id;
  if (indicatorId === undefined) throw new Error("The indicator catalog is empty");
  const year = await owner.query<{ year: number | null }>(
    `SELECT max(p.year)::int AS year FROM "ReportRollupProvince" r
     JOIN "ReportingPeriod" p ON p.id = r."periodId" WHERE r.reports > 0 AND r."indicatorId" = $1`,
    [indicatorId],
  );
  const y = year.rows[0]?.year;
  if (!y) throw new Error("No approved figures in the national data set");
  const periods = await owner.query<{ id: number; year: number }>(
    `SELECT id, year FROM "ReportingPeriod" WHERE year IN ($1, $2)`,
    [y - 1, y],
  );
  return {
    rosterTeamId,
    reports: reports.rows,
    indicatorId,
    year: y,
    periodIds: periods.rows.map((p) => p.id),
    yearPeriodIds: periods.rows.filter((p) => p.year === y).map((p) => p.id),
  };
}

/**
 * A team of 1,000 open members in the commune officer's commune, made once with the seed's own
 * roster generator (valid citizen IDs, one leader): the generated teams have about 10 members.
 */
async function ensureRosterTeam(
  owner: pg.Client,
  provinceId: number,
  communeId: number,
): Promise<string> {
  const found = await owner.query<{ id: string; members: number }>(
    `SELECT t.id, count(m.id)::int AS members FROM "Team" t
     LEFT JOIN "Membership" m ON m."teamId" = t.id AND m."leftOn" IS NULL
     WHERE t."communeId" = $1 AND t.name = $2 GROUP BY t.id`,
    [communeId, ROSTER_TEAM],
  );
  const existing = found.rows[0];
  if (existing && existing.members >= ROSTER_SIZE) return existing.id;
  if (existing) throw new Error(`"${ROSTER_TEAM}" is there without its members: seed again.`);
  log(`adding "${ROSTER_TEAM}" (${ROSTER_SIZE} members) for the roster page…`);
  const used = await owner.query<{ citizenId: string }>(
    `SELECT "citizenId" FROM "Person" WHERE "provinceId" = $1 AND "citizenId" IS NOT NULL`,
    [provinceId],
  );
  const teamId = uuidFor(`bench:team:${communeId}`);
  const established = new Date(Date.UTC(2024, 0, 15));
  const roster = planRoster(
    provinceId,
    [
      {
        id: teamId,
        communeId,
        establishedOn: established,
        size: ROSTER_SIZE,
        profile: profile("GENERAL", {
          ethnicity: [
            [ETHNICITY.KINH, 95],
            [ETHNICITY.KHMER, 5],
          ],
          birthProvince: [["096", 1]],
          north: false,
        }),
        areaIds: [],
      },
    ],
    {
      shared: 0,
      leavers: 0,
      joinBy: new Date(Date.UTC(2026, 8, 30)),
      usedCitizenIds: new Set(used.rows.map((r) => r.citizenId)),
    },
    createRng(`bench:roster:${communeId}`),
    (kind, key) => uuidFor(`bench:${communeId}:${kind}:${key}`),
  );
  await owner.query("BEGIN");
  try {
    await owner.query(
      `INSERT INTO "Team" (id, "provinceId", "communeId", kind, name, "establishedOn", "updatedAt")
       VALUES ($1, $2, $3, 'GRASSROOTS_SECURITY', $4, $5, now())`,
      [teamId, provinceId, communeId, ROSTER_TEAM, established],
    );
    await insertRows(owner, "Person", roster.persons);
    await insertRows(owner, "Membership", roster.memberships);
    await owner.query("COMMIT");
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
  return teamId;
}

/** Rows of one table in one INSERT … SELECT FROM json_populate_recordset (the columns they have). */
async function insertRows(owner: pg.Client, table: string, rows: readonly object[]): Promise<void> {
  const names = new Set<string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) if (value !== undefined) names.add(key);
  names.delete("updatedAt");
  if (rows.length === 0) return;
  const columns = [...names].map((c) => `"${c}"`).join(", ");
  await owner.query(
    `INSERT INTO "${table}" (${columns}, "updatedAt")
     SELECT ${columns}, now() FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    [JSON.stringify(rows)],
  );
}
