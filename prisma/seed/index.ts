import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { type AddressCounts, loadAddressData } from "./address-data";
import { NATIONAL_MODELS, seedNationalModels } from "./catalog-models";
import { type DemoResult, seedDemoProvinces } from "./demo";
import { seedDemoUsers } from "./demo-users";
import { seedEthnicities } from "./ethnicities";
import { seedIndicators } from "./indicators";
import { seedPeriods } from "./periods";
import { seedUnits } from "./units";

// The seed: the real national units, the reference data, the national model catalog, demo users
// and the demo data of four provinces. Safe to run twice: every insert skips what exists, and a
// demo province that already has data is left alone. Whether to run it at all (first start only)
// is the caller's decision.

export interface SeedSummary {
  durationMs: number;
  /** What the address package holds (10,977 mapping rows = mappings + skipped + merged). */
  address: AddressCounts;
  /** Rows in the database after the seed. */
  totals: {
    provinces: number;
    formerProvinces: number;
    communes: number;
    formerCommunes: number;
    communeMappings: number;
    ethnicities: number;
    indicators: number;
    validationRules: number;
    reportingPeriods: number;
    nationalModels: number;
    users: number;
    replicationPoints: number;
    teams: number;
    persons: number;
    memberships: number;
    reports: number;
  };
  /** Rows this run inserted into the national units (0 on a second run). */
  unitsInserted: {
    provinces: number;
    formerProvinces: number;
    communes: number;
    formerCommunes: number;
    mappings: number;
  };
  usersInserted: number;
  demo: DemoResult[];
}

export async function seed(
  db: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<SeedSummary> {
  const started = performance.now();
  const data = await loadAddressData();
  const units = await seedUnits(db, data);
  const { ids } = units;
  await seedEthnicities(db);
  const indicatorIds = await seedIndicators(db);
  const periodIds = await seedPeriods(db);
  const formerCode = (code: string) => {
    const former = data.formerCommunes.find((f) => f.code === code);
    if (!former) throw new Error(`No former commune ${code}`);
    return former;
  };
  const nationalModelIds = await seedNationalModels(db, {
    province: (code) => ids.province(code),
    formerCommuneByCode: (code) => ids.formerCommune(formerCode(code)),
    communeOfFormer: (code) => ids.commune(formerCode(code).communeCodes[0] ?? ""),
  });
  const usersInserted = await seedDemoUsers(db, ids);
  log(
    `Seed: units and reference data ready (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const demo = await seedDemoProvinces(
    db,
    data,
    ids,
    { nationalModelIds, indicatorIds, periodIds },
    log,
  );

  const [
    provinces,
    formerProvinces,
    communes,
    formerCommunes,
    communeMappings,
    ethnicities,
    indicators,
    validationRules,
    reportingPeriods,
    nationalModels,
    users,
    replicationPoints,
    teams,
    persons,
    memberships,
    reports,
  ] = await Promise.all([
    db.province.count(),
    db.formerProvince.count(),
    db.commune.count(),
    db.formerCommune.count(),
    db.communeMapping.count(),
    db.ethnicity.count(),
    db.indicator.count(),
    db.validationRule.count(),
    db.reportingPeriod.count(),
    db.model.count({ where: { provinceId: null } }),
    db.user.count(),
    db.replicationPoint.count(),
    db.team.count(),
    db.person.count(),
    db.membership.count(),
    db.report.count(),
  ]);
  const summary: SeedSummary = {
    durationMs: Math.round(performance.now() - started),
    address: data.counts,
    totals: {
      provinces,
      formerProvinces,
      communes,
      formerCommunes,
      communeMappings,
      ethnicities,
      indicators,
      validationRules,
      reportingPeriods,
      nationalModels,
      users,
      replicationPoints,
      teams,
      persons,
      memberships,
      reports,
    },
    unitsInserted: units.inserted,
    usersInserted,
    demo,
  };
  if (nationalModels < NATIONAL_MODELS.length) throw new Error("National model catalog incomplete");
  log(
    `Seed done in ${(summary.durationMs / 1000).toFixed(1)} s: ${provinces} provinces, ${communes} communes, ` +
      `${formerCommunes} former communes, ${communeMappings} mappings; ${replicationPoints} points, ${teams} teams, ` +
      `${persons} people, ${reports} reports; ${users} users`,
  );
  return summary;
}

/** `npx tsx prisma/seed/index.ts`: seeds the database of DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1]?.replace(/\\/g, "/") ?? "";
if (/prisma\/seed(\/index(\.ts)?)?$/.test(entry)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
