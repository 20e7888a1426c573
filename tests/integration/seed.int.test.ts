// The seed, as written to a real PostgreSQL: the published figures counted straight from the
// database, and a second run that adds and changes nothing. Runs on its own copy of the seeded
// template, so other test files' writes cannot move the totals.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed";
import { DEMO_PROFILES } from "@/prisma/seed/demo";
import { BAC_LIEU } from "@/prisma/seed/demo/bac-lieu";
import { planDemoProvince } from "@/prisma/seed/demo/pipeline";
import { publishedTargets } from "@/prisma/seed/demo/profile";
import { DEMO_USERS } from "@/prisma/seed/demo/users";
import { writePlan } from "@/prisma/seed/generators/plan";
import { buildDemoUnits } from "@/prisma/seed/generators/province-units";
import { loadAddressData } from "@/prisma/seed/reference/address-data";
import { seedUnits } from "@/prisma/seed/reference/units";
import { withDatabase } from "@/tests/setup/databases";

const serverUrl = inject("testServerUrl");
const { seeded } = inject("templates");
const name = `seed_check_${process.pid}`;
const url = withDatabase(serverUrl, name);
const sql = new pg.Client({ connectionString: url });
let db: PrismaClient;

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function rows<T extends pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await sql.query<T>(text, params)).rows;
}
async function count(text: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ n: string }>(text, params);
  return Number(row?.n);
}

/** Sum of an indicator in APPROVED reports of the communes of a former province in a year. */
const TOTAL = `select coalesce(sum(v.value), 0) as n from "ReportValue" v
  join "Report" r on r.id = v."reportId" join "ReportingPeriod" p on p.id = r."periodId"
  join "Indicator" i on i.id = v."indicatorId" join "Commune" c on c.id = r."communeId"
  join "FormerProvince" fp on fp.id = c."formerProvinceId"
  where r.status = 'APPROVED' and fp.name = $1 and p.year = $2 and i.code = $3`;
const total = (formerProvince: string, year: number, code: string) =>
  count(TOTAL, [formerProvince, year, code]);

/** Rows of the demo province part: `alias` has a communeId. */
const IN_FORMER = (alias: string) =>
  `join "Commune" c on c.id = ${alias}."communeId" join "FormerProvince" fp on fp.id = c."formerProvinceId" where fp.name = $1`;

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await rows<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('_prisma_migrations', 'SystemSetting', 'AuditLog') order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables)
    counts[table_name] = await count(`select count(*) as n from "${table_name}"`);
  return counts;
}

beforeAll(async () => {
  await onServer(`drop database if exists "${name}" with (force)`);
  await onServer(`create database "${name}" template "${seeded}"`);
  await sql.connect();
  db = createPrismaClient(url);
});

afterAll(async () => {
  await db.$disconnect();
  await sql.end();
  await onServer(`drop database if exists "${name}" with (force)`);
});

// Each test reads the whole demo database (a dozen aggregate queries): about a second alone, but
// more than 30 s once when a benchmark shared the 2-core machine.
describe("the seeded database", { timeout: 120_000 }, () => {
  it("holds the real national units", async () => {
    expect(await count(`select count(*) as n from "Province"`)).toBe(34);
    expect(await count(`select count(*) as n from "Commune"`)).toBe(3_321);
    expect(await count(`select count(*) as n from "FormerProvince"`)).toBe(63);
    const data = await loadAddressData();
    expect(await count(`select count(*) as n from "FormerCommune"`)).toBe(
      data.counts.formerCommunes,
    );
    expect(await count(`select count(*) as n from "CommuneMapping"`)).toBe(data.counts.mappings);
    // Every one of the 10,977 rows of the package is accounted for.
    expect(
      data.counts.mappings + data.counts.mappingRowsWithoutOldUnit + data.counts.mappingRowsMerged,
    ).toBe(10_977);
    expect(await count(`select count(*) as n from "Ethnicity"`)).toBe(54);
    expect(await count(`select count(*) as n from "ReportingPeriod"`)).toBe(16);
    const [giaRai] = await rows<{ name: string; province: string }>(
      `select f.name, p.name as province from "FormerCommune" f join "CommuneMapping" m on m."formerCommuneId" = f.id
        join "Commune" c on c.id = m."communeId" join "Province" p on p.id = c."provinceId" where f.code = '31960'`,
    );
    expect(giaRai).toEqual({ name: "Xã Phong Thạnh", province: "Cà Mau" });
  });

  it("holds Bạc Liêu's published figures", async () => {
    const bl = BAC_LIEU.formerProvince;
    expect(
      await count(
        `select count(distinct rp."modelId") as n from "ReplicationPoint" rp ${IN_FORMER("rp")}`,
        [bl],
      ),
    ).toBe(50);
    expect(
      await count(`select count(*) as n from "ReplicationPoint" rp ${IN_FORMER("rp")}`, [bl]),
    ).toBe(263);
    expect(await count(`select count(*) as n from "Team" t ${IN_FORMER("t")}`, [bl])).toBe(1_522);
    expect(
      await count(
        `select count(*) as n from "Membership" m ${IN_FORMER("m")} and m."leftOn" is null`,
        [bl],
      ),
    ).toBe(22_046);
    const veterans = `from "ReplicationPoint" rp join "Model" mo on mo.id = rp."modelId" ${IN_FORMER("rp")} and mo.code = 'clb-ccb-pctp'`;
    expect(await count(`select count(distinct rp."formerCommuneId") as n ${veterans}`, [bl])).toBe(
      57,
    );
    expect(
      await count(
        `select count(*) as n from "FormerCommune" f join "FormerProvince" fp on fp.id = f."formerProvinceId" where fp.name = $1`,
        [bl],
      ),
    ).toBe(64);
    expect(
      await count(
        `select count(*) as n from "Membership" ms join "Team" t on t.id = ms."teamId" where ms."leftOn" is null
          and t."pointId" in (select rp.id ${veterans})`,
        [bl],
      ),
    ).toBe(3_318);
    const published = publishedTargets(BAC_LIEU, 2023);
    expect(published.point).toEqual({
      tips: 1_994,
      weapons_handed_in: 2_278,
      mediations: 384,
      patrols: 731,
      mediations_successful: 384,
    });
    for (const [code, value] of Object.entries({ ...published.point, ...published.commune })) {
      expect(await total(bl, 2023, code), code).toBe(value);
    }
  });

  it("holds Hà Giang's, Bến Tre's and Sóc Trăng's published figures", async () => {
    const hg = "Tỉnh Hà Giang";
    expect(
      await count(`select count(*) as n from "ReplicationPoint" rp ${IN_FORMER("rp")}`, [hg]),
    ).toBe(1_067);
    expect(
      await count(
        `select count(*) as n from "ReplicationPoint" rp ${IN_FORMER("rp")} and rp."establishedOn" >= '2023-01-01'`,
        [hg],
      ),
    ).toBe(379);
    for (const [code, value] of Object.entries({
      tips: 1_370,
      border_patrols: 584,
      border_patrol_participants: 1_046,
      mediations: 268,
      scenes_protected: 16,
      fire_rescue_callouts: 35,
    })) {
      expect(await total(hg, 2023, code), code).toBe(value);
    }
    const [safety] = await rows<{ achieved: string; registered: string }>(
      `select count(*) filter (where s.result = 'ACHIEVED') as achieved, count(*) as registered
        from "SafetyRegistration" s ${IN_FORMER("s")} and s.year = 2023`,
      [hg],
    );
    expect(Number(safety?.achieved) / Number(safety?.registered)).toBeCloseTo(0.968, 6);
    const [ratings] = await rows<{ good: string; rated: string }>(
      `select count(*) filter (where pr.rating in ('GOOD', 'FAIR')) as good, count(*) as rated from "PointRating" pr
        join "ReplicationPoint" rp on rp.id = pr."pointId" ${IN_FORMER("rp")} and pr.year = 2023`,
      [hg],
    );
    expect([Number(ratings?.good), Number(ratings?.rated)]).toEqual([910, 1_000]);
    const [camera] = await rows<{ tips: string; commune: string }>(
      `select sum(v.value) as tips, c.name as commune from "ReplicationPoint" rp join "FormerCommune" f on f.id = rp."formerCommuneId"
        join "Commune" c on c.id = rp."communeId" join "Model" mo on mo.id = rp."modelId"
        join "Report" r on r."pointId" = rp.id join "ReportingPeriod" p on p.id = r."periodId" and p.year = 2023
        join "ReportValue" v on v."reportId" = r.id join "Indicator" i on i.id = v."indicatorId" and i.code = 'tips'
        where f.code = '00692' and mo.code = 'camera-an-ninh' and r.status = 'APPROVED' group by c.name`,
    );
    expect(camera).toEqual({ tips: "12", commune: "Phường Hà Giang 2" });
    // Ngọc Hà: its 9 residential groups (tổ dân phố), each with a self-management team (a point of
    // a self-management model at the group, with its team and members), and the "Camera giám sát
    // ANTT" model's point with its 82 cameras.
    const groups = await rows<{ name: string; kind: string; teams: string; members: string }>(
      `select a.name, a.kind, count(distinct t.id) as teams, count(distinct m.id) as members
         from "ResidentialArea" a join "FormerCommune" f on f.id = a."formerCommuneId"
         left join "ReplicationPoint" rp on rp."residentialAreaId" = a.id and rp.status = 'ACTIVE'
         left join "Model" mo on mo.id = rp."modelId" and mo.field = 'SELF_MANAGEMENT'
         left join "Team" t on t."pointId" = rp.id and mo.id is not null and t.status = 'ACTIVE'
         left join "Membership" m on m."teamId" = t.id and m."leftOn" is null
        where f.code = '00692' group by a.id, a.name, a.kind order by a.name`,
    );
    expect(
      groups.map((g) => g.name).sort((a, b) => a.localeCompare(b, "vi", { numeric: true })),
    ).toEqual(Array.from({ length: 9 }, (_, i) => `Tổ dân phố ${i + 1}`));
    for (const g of groups) {
      expect(g.kind, g.name).toBe("RESIDENTIAL_GROUP");
      expect(Number(g.teams), g.name).toBeGreaterThanOrEqual(1);
      expect(Number(g.members), g.name).toBeGreaterThanOrEqual(3);
    }
    const [cameras] = await rows<{ model: string; place: string }>(
      `select mo.name as model, rp."placeName" as place from "ReplicationPoint" rp
         join "FormerCommune" f on f.id = rp."formerCommuneId" join "Model" mo on mo.id = rp."modelId"
        where f.code = '00692' and mo.code = 'camera-an-ninh'`,
    );
    expect(cameras?.model).toBe("Camera giám sát ANTT");
    expect(cameras?.place).toMatch(/\b82 camera/);

    const bt = "Tỉnh Bến Tre";
    expect(
      await count(
        `select count(distinct rp."formerCommuneId") as n from "ReplicationPoint" rp join "Model" mo on mo.id = rp."modelId"
          ${IN_FORMER("rp")} and mo.code = 'tieng-loa-an-ninh'`,
        [bt],
      ),
    ).toBe(149);
    const compliance = await rows<{ unitType: string; achieved: string; registered: string }>(
      `select s."unitType", count(*) filter (where s.result = 'ACHIEVED') as achieved, count(*) as registered
        from "SafetyRegistration" s ${IN_FORMER("s")} and s.year = 2023 group by 1 order by 1`,
      [bt],
    );
    const byType = Object.fromEntries(
      compliance.map((c) => [c.unitType, [Number(c.achieved), Number(c.registered)]]),
    );
    expect(byType.RESIDENTIAL_AREA).toEqual([950, 978]);
    expect(byType.AGENCY).toEqual([1_048, 1_063]);

    const st = "Tỉnh Sóc Trăng";
    expect(
      await count(
        `select count(distinct rp."modelId") as n from "ReplicationPoint" rp ${IN_FORMER("rp")}`,
        [st],
      ),
    ).toBe(40);
    expect(
      await count(`select count(*) as n from "ReplicationPoint" rp ${IN_FORMER("rp")}`, [st]),
    ).toBe(603);
    expect(
      await count(
        `select count(*) as n from "Team" t ${IN_FORMER("t")} and t.kind = 'GRASSROOTS_SECURITY'`,
        [st],
      ),
    ).toBe(775);
    expect(
      await count(
        `select count(distinct ta."residentialAreaId") as n from "TeamArea" ta join "Team" t on t.id = ta."teamId" ${IN_FORMER("t")}`,
        [st],
      ),
    ).toBe(775);
    expect(
      await count(
        `select count(*) as n from "Membership" m join "Team" t on t.id = m."teamId" ${IN_FORMER("t")}
          and t.kind = 'GRASSROOTS_SECURITY' and m."leftOn" is null`,
        [st],
      ),
    ).toBe(2_482);
    expect(await total(st, 2024, "propaganda_sessions")).toBe(7_866);
    expect(await total(st, 2024, "tips")).toBe(1_036);
    expect(
      await count(
        `select count(*) as n from "ModelRecognition" r join "Province" p on p.id = r."provinceId" where p.code = '92' and r.level = 'ADVANCED_EXEMPLAR'`,
      ),
    ).toBe(8);
  });

  it("has the evaluations as published: former units, awards, titles and published tallies", async () => {
    // Awards of a former province in a year, by issuer and kind: [collectives, persons].
    const awards = async (formerProvince: string, year: number) => {
      const found = await rows<{ key: string; c: string; p: string }>(
        `select a.issuer || '/' || a.kind as key,
            count(*) filter (where a."recipientKind" = 'COLLECTIVE') as c,
            count(*) filter (where a."recipientKind" = 'PERSON') as p
          from "Award" a join "FormerProvince" fp on fp.id = a."formerProvinceId"
          where fp.name = $1 and extract(year from a."awardedOn") = $2 group by 1 order by 1`,
        [formerProvince, year],
      );
      return Object.fromEntries(found.map((r) => [r.key, [Number(r.c), Number(r.p)]]));
    };
    expect(await awards("Tỉnh Bạc Liêu", 2023)).toEqual({
      "FATHERLAND_FRONT/MERIT_CERTIFICATE": [1, 1],
      "MINISTRY/MERIT_CERTIFICATE": [9, 40],
      "PROVINCE_COMMITTEE/MERIT_CERTIFICATE": [24, 67],
    });
    expect(await awards("Tỉnh Bến Tre", 2018)).toEqual({
      "MINISTRY/EMULATION_FLAG": [3, 0],
      "MINISTRY/MERIT_CERTIFICATE": [9, 0],
      "POLICE_DIRECTOR/COMMENDATION": [60, 20],
    });
    expect(await awards("Tỉnh Sóc Trăng", 2024)).toEqual({
      "MINISTRY/MERIT_CERTIFICATE": [1, 1],
      "PROVINCE_COMMITTEE/MERIT_CERTIFICATE": [26, 0],
    });
    expect(await total("Tỉnh Bạc Liêu", 2023, "media_rounds")).toBe(21_074);
    expect(await total("Tỉnh Bạc Liêu", 2023, "training_classes")).toBe(128);

    // Bến Tre 2023: the communes registered as the former communes they were; all of them are
    // counted under Vĩnh Long today.
    const [communes] = await rows<{ achieved: string; registered: string; today: string }>(
      `select count(*) filter (where s.result = 'ACHIEVED') as achieved, count(*) as registered,
          count(distinct pr.code) as today
        from "SafetyRegistration" s join "FormerCommune" f on f.id = s."formerCommuneId"
        join "FormerProvince" fp on fp.id = f."formerProvinceId" join "Province" pr on pr.id = s."provinceId"
        where fp.name = 'Tỉnh Bến Tre' and s.year = 2023 and s."unitType" = 'COMMUNE'`,
    );
    expect([
      Number(communes?.achieved),
      Number(communes?.registered),
      Number(communes?.today),
    ]).toEqual([137, 156, 1]);
    const tallies = await rows<{
      name: string;
      year: number;
      measure: string;
      achieved: number | null;
      total: number | null;
      rateTenths: number | null;
    }>(
      `select fp.name, t.year, t.measure::text, t.achieved, t.total, t."rateTenths" from "PublishedTally" t
        join "FormerProvince" fp on fp.id = t."formerProvinceId" order by 1, 3`,
    );
    expect(tallies).toEqual([
      {
        name: "Tỉnh Bạc Liêu",
        year: 2023,
        measure: "TRAINING_CLASSES_DISTRICT",
        achieved: 5,
        total: null,
        rateTenths: null,
      },
      {
        name: "Tỉnh Bạc Liêu",
        year: 2023,
        measure: "TRAINING_CLASSES_PROVINCE",
        achieved: 3,
        total: null,
        rateTenths: null,
      },
      {
        name: "Tỉnh Bến Tre",
        year: 2023,
        measure: "SAFETY_COMMUNES",
        achieved: 145,
        total: 164,
        rateTenths: null,
      },
      {
        name: "Tỉnh Hà Giang",
        year: 2023,
        measure: "EXEMPLARY_AGENCIES",
        achieved: 3,
        total: null,
        rateTenths: null,
      },
      {
        name: "Tỉnh Hà Giang",
        year: 2023,
        measure: "RURAL_SECURITY_COMMUNES",
        achieved: null,
        total: null,
        rateTenths: 818,
      },
    ]);
    expect(
      await count(
        `select count(*) as n from "CommuneYearTitle" t join "FormerCommune" f on f.id = t."formerCommuneId"
          join "FormerProvince" fp on fp.id = f."formerProvinceId" where fp.name = 'Tỉnh Hà Giang' and t.year = 2023 and t.exemplary`,
      ),
    ).toBe(7);
  });

  it("keeps every validation rule in every report", async () => {
    const broken = await count(
      `select count(*) as n from "ValidationRule" vr
        join "ReportValue" l on l."indicatorId" = vr."leftIndicatorId"
        join "ReportValue" r on r."reportId" = l."reportId" and r."indicatorId" = vr."rightIndicatorId"
        where (vr.operator = 'LTE' and l.value > r.value) or (vr.operator = 'GTE' and l.value < r.value)`,
    );
    expect(broken).toBe(0);
  });

  it("keeps the former units of the reports made before the 2025 reorganisation", async () => {
    const byEra = await rows<{ before: boolean; n: string; former: string; formerCommune: string }>(
      `select p."endsOn" < date '2025-07-01' as before, count(*) as n,
              count(*) filter (where r."formerProvinceId" = c."formerProvinceId") as former,
              count(*) filter (where r."formerCommuneId" = pt."formerCommuneId") as "formerCommune"
         from "Report" r join "ReportingPeriod" p on p.id = r."periodId"
         join "Commune" c on c.id = r."communeId"
         left join "ReplicationPoint" pt on pt.id = r."pointId"
        group by 1 order by 1`,
    );
    const before = byEra.find((e) => e.before);
    const after = byEra.find((e) => !e.before);
    expect(Number(before?.n)).toBeGreaterThan(1000);
    expect(before?.former).toBe(before?.n);
    expect(Number(before?.formerCommune)).toBeGreaterThan(0);
    expect(
      await count(
        `select count(*) as n from "Report" r join "ReportingPeriod" p on p.id = r."periodId"
          where p."endsOn" >= date '2025-07-01' and (r."formerProvinceId" is not null or r."formerCommuneId" is not null)`,
      ),
    ).toBe(0);
    expect(Number(after?.n)).toBeGreaterThan(0);
  });

  it("has the demo users, one team leader per team and unique citizen IDs", async () => {
    expect(
      await count(`select count(*) as n from "User" where username = any($1)`, [
        DEMO_USERS.map((u) => u.username),
      ]),
    ).toBe(DEMO_USERS.length);
    expect(
      await count(
        `select count(*) as n from (select m."teamId" from "Membership" m where m."leftOn" is null
          group by 1 having count(*) filter (where m.role = 'LEADER') <> 1
            or count(*) filter (where m.role = 'DEPUTY') not between 1 and 2) x`,
      ),
    ).toBe(0);
    expect(await count(`select count(*) - count(distinct "citizenId") as n from "Person"`)).toBe(0);
  });
});

describe("running the seed again", () => {
  it("adds nothing and changes no total", async () => {
    const before = await tableCounts();
    const summary = await seed(db, { demo: true, log: () => undefined });
    expect(summary.demo.map((d) => d.status)).toEqual(DEMO_PROFILES.map(() => "skipped"));
    expect(summary.unitsInserted).toEqual({
      provinces: 0,
      formerProvinces: 0,
      communes: 0,
      formerCommunes: 0,
      mappings: 0,
    });
    expect(summary.usersInserted).toBe(0);
    expect(await tableCounts()).toEqual(before);
  }, 120_000);

  it("writes a demo plan a second time without inserting a row (stable ids)", async () => {
    const data = await loadAddressData();
    const { ids } = await seedUnits(db, data);
    const bacLieu = BAC_LIEU;
    const indicators = await db.indicator.findMany({ select: { id: true, code: true } });
    const periods = await db.reportingPeriod.findMany({
      select: { id: true, year: true, quarter: true },
    });
    const models = await db.model.findMany({
      where: { provinceId: null },
      select: { id: true, code: true },
    });
    const plan = planDemoProvince(bacLieu, {
      units: buildDemoUnits(data, bacLieu.formerProvince, ids),
      indicatorIds: new Map(indicators.map((i) => [i.code, i.id])),
      periodIds: new Map(periods.map((p) => [`${p.year}-Q${p.quarter}`, p.id])),
      nationalModelIds: new Map(models.map((m) => [m.code, m.id])),
    });
    const before = await tableCounts();
    const inserted = await db.$transaction((tx) => writePlan(tx, plan), { timeout: 120_000 });
    expect(Object.values(inserted).every((n) => n === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  }, 120_000);
});
