import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { type DemoResult, seedDemo } from "./demo";
import type { AddressCounts } from "./reference/address-data";
import { seedReference } from "./reference";

// The seed: the reference data every install needs (national units, catalogs) and, only when asked
// for, the demo data (demo users and four demo provinces). Safe to run twice: every insert skips
// what exists, and a demo province that already has data is left alone. Whether to run it at all,
// and with the demo data or not, is the caller's decision (scripts/db/seed-once.ts).

export interface SeedOptions {
  /** Load the demo users and provinces too (default: reference data only). */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface SeedSummary {
  durationMs: number;
  demoLoaded: boolean;
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

export async function seed(db: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const reference = await seedReference(db);
  log(
    `Seed: units and reference data ready (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const demo = options.demo
    ? await seedDemo(db, reference, log)
    : { usersInserted: 0, provinces: [] };

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
    demoLoaded: options.demo ?? false,
    address: reference.address.counts,
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
    unitsInserted: reference.unitsInserted,
    usersInserted: demo.usersInserted,
    demo: demo.provinces,
  };
  log(
    `Seed done in ${(summary.durationMs / 1000).toFixed(1)} s: ${provinces} provinces, ${communes} communes, ` +
      `${formerCommunes} former communes, ${communeMappings} mappings; ${replicationPoints} points, ${teams} teams, ` +
      `${persons} people, ${reports} reports; ${users} users`,
  );
  return summary;
}

/** `npx tsx prisma/seed/index.ts [--demo]`: seeds the database of DATABASE_URL. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seed(db, { demo: process.argv.includes("--demo") });
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
