// bench:load's users: made in the national database before the run (commune officers with a report
// of an earlier period to copy and an active team, province officers sharing out the submitted
// reports, ministry staff), with the load password, no password change due.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password-hash";
import { LOAD_PASSWORD, USERS } from "./load-options";

export interface CommuneUser {
  role: "commune";
  username: string;
  provinceId: number;
  communeId: number;
  entries: Record<string, { value: string; comment: null }>;
  team: {
    id: string;
    version: number;
    name: string;
    pointId: string | null;
    areaIds: string[];
    establishedOn: string | null;
  };
}
export interface ProvinceUser {
  role: "province";
  username: string;
  provinceId: number;
  /** Each with its form's address, where the review panel posts the approval from. */
  reports: { id: string; version: number; formPath: string }[];
}
export interface MinistryUser {
  role: "ministry";
  username: string;
}
export type LoadUser = CommuneUser | ProvinceUser | MinistryUser;

export const PERIOD_OPEN_SQL = `SELECT id, year, quarter FROM "ReportingPeriod" WHERE "startsOn" <= now() AND "closesAt" >= now() ORDER BY "startsOn" DESC LIMIT 1`;

export interface Period {
  id: number;
  year: number;
  quarter: number;
}

export async function prepareUsers(owner: pg.Client, openPeriod: number): Promise<LoadUser[]> {
  const communeCount = Math.round(USERS * 0.6);
  const provinceCount = Math.round(USERS * 0.25);
  const ministryCount = USERS - communeCount - provinceCount;
  // Communes with no report of the open period yet (a later run takes others), a report of an
  // earlier period to copy the values from (they pass the rules), and an active team.
  const { rows: communes } = await owner.query<{
    provinceId: number;
    communeId: number;
    reportId: string;
    teamId: string;
  }>(
    `SELECT DISTINCT ON (c."provinceId", c.id) c."provinceId", c.id AS "communeId", r.id AS "reportId", t.id AS "teamId"
       FROM "Commune" c
       JOIN "Report" r ON r."communeId" = c.id AND r.kind = 'COMMUNE' AND r.status = 'APPROVED'
       JOIN "Team" t ON t."communeId" = c.id AND t.status = 'ACTIVE'
      WHERE NOT EXISTS (SELECT 1 FROM "Report" o WHERE o."communeId" = c.id AND o."periodId" = $1 AND o.kind = 'COMMUNE')
      ORDER BY c."provinceId", c.id, r."periodId" DESC, t.id`,
    [openPeriod],
  );
  // Spread over provinces: round-robin.
  const byProvince = new Map<number, typeof communes>();
  for (const c of communes)
    byProvince.set(c.provinceId, [...(byProvince.get(c.provinceId) ?? []), c]);
  const picked: typeof communes = [];
  for (let round = 0; picked.length < communeCount && round < 1000; round++) {
    for (const list of byProvince.values()) {
      const next = list[round];
      if (next && picked.length < communeCount) picked.push(next);
    }
  }
  if (picked.length < communeCount)
    throw new Error(`Only ${picked.length} communes without a report of the open period remain`);

  const hash = await hashPassword(LOAD_PASSWORD);
  const users: LoadUser[] = [];
  const rows: {
    username: string;
    role: string;
    provinceId: number | null;
    communeId: number | null;
  }[] = [];
  for (const [i, c] of picked.entries()) {
    const username = `tai.xa.${String(i + 1).padStart(3, "0")}`;
    const { rows: values } = await owner.query<{ indicatorId: number; value: string }>(
      `SELECT "indicatorId", value::text FROM "ReportValue" WHERE "reportId" = $1`,
      [c.reportId],
    );
    const { rows: teams } = await owner.query<{
      version: number;
      name: string;
      pointId: string | null;
      establishedOn: string | null;
      areaIds: string[] | null;
    }>(
      `SELECT t.version, t.name, t."pointId", to_char(t."establishedOn", 'DD/MM/YYYY') AS "establishedOn",
              array_remove(array_agg(a."residentialAreaId"::text), NULL) AS "areaIds"
         FROM "Team" t LEFT JOIN "TeamArea" a ON a."teamId" = t.id WHERE t.id = $1 GROUP BY t."provinceId", t.id`,
      [c.teamId],
    );
    const team = teams[0];
    if (!team) throw new Error(`Team ${c.teamId} vanished`);
    users.push({
      role: "commune",
      username,
      provinceId: c.provinceId,
      communeId: c.communeId,
      entries: Object.fromEntries(
        values.map((v) => [String(v.indicatorId), { value: v.value, comment: null }]),
      ),
      team: {
        id: c.teamId,
        version: team.version,
        name: team.name.replace(/ · tải \d+$/, ""),
        pointId: team.pointId,
        areaIds: team.areaIds ?? [],
        establishedOn: team.establishedOn,
      },
    });
    rows.push({
      username,
      role: "COMMUNE_OFFICER",
      provinceId: c.provinceId,
      communeId: c.communeId,
    });
  }
  // Province officers: the submitted reports of their province, shared out without overlap.
  const { rows: provinces } = await owner.query<{ id: number }>(
    `SELECT id FROM "Province" ORDER BY code`,
  );
  const { rows: submitted } = await owner.query<{
    id: string;
    version: number;
    provinceId: number;
    formPath: string;
  }>(
    `SELECT r.id, r.version, r."provinceId",
            '/vi/reports/form?' || CASE WHEN r."pointId" IS NULL THEN 'commune=' || r."communeId"
                                        ELSE 'point=' || r."pointId" END
              || '&year=' || p.year || '&quarter=' || p.quarter AS "formPath"
       FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
      WHERE r.status = 'SUBMITTED' ORDER BY r."periodId" DESC, r.id`,
  );
  const provinceUsers: ProvinceUser[] = [];
  for (let i = 0; i < provinceCount; i++) {
    const province = provinces[i % provinces.length];
    if (!province) throw new Error("No provinces");
    const username = `tai.tinh.${String(i + 1).padStart(3, "0")}`;
    provinceUsers.push({ role: "province", username, provinceId: province.id, reports: [] });
    rows.push({ username, role: "PROVINCE_OFFICER", provinceId: province.id, communeId: null });
  }
  for (const r of submitted) {
    const mine = provinceUsers.filter((u) => u.provinceId === r.provinceId);
    const least = mine.sort((a, b) => a.reports.length - b.reports.length)[0];
    if (least && least.reports.length < 40)
      least.reports.push({ id: r.id, version: r.version, formPath: r.formPath });
  }
  users.push(...provinceUsers);
  for (let i = 0; i < ministryCount; i++) {
    const username = `tai.bo.${String(i + 1).padStart(3, "0")}`;
    users.push({ role: "ministry", username });
    rows.push({ username, role: "MINISTRY_ANALYST", provinceId: null, communeId: null });
  }
  // The accounts themselves: the app's password hash, no password change due, active.
  await owner.query(
    `INSERT INTO "User" ("id", "username", "passwordHash", "fullName", "role", "provinceId", "communeId", "updatedAt", "passwordChangedAt")
     SELECT gen_random_uuid(), u, $2, 'Người dùng thử tải ' || u, r::"Role", p, c, now(), now()
       FROM unnest($1::text[], $3::text[], $4::int[], $5::int[]) AS x(u, r, p, c)
     ON CONFLICT ("username") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "role" = EXCLUDED."role",
       "provinceId" = EXCLUDED."provinceId", "communeId" = EXCLUDED."communeId", "active" = true,
       "mustChangePassword" = false, "updatedAt" = now()`,
    [
      rows.map((r) => r.username),
      hash,
      rows.map((r) => r.role),
      rows.map((r) => r.provinceId),
      rows.map((r) => r.communeId),
    ],
  );
  return users;
}
