import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { type DemoCounts, planCounts, writePlan } from "../generators/plan";
import { buildDemoUnits, type DemoUnits } from "../generators/province-units";
import type { Reference } from "../reference";
import { BAC_LIEU } from "./bac-lieu";
import { BEN_TRE } from "./ben-tre";
import { HA_GIANG } from "./ha-giang";
import { planDemoProvince } from "./pipeline";
import type { DemoProfile } from "./profile";
import { SOC_TRANG } from "./soc-trang";
import { seedDemoUsers } from "./users";

// The demo data: the demo users and four demo provinces, each declared as a profile and written by
// the one pipeline. Loaded on the embedded (demo) install or when asked for, never by default on a
// real office's database. A province part that already holds movement data is left alone, so a
// second run (or a province with real data) is skipped.

export const DEMO_PROFILES: readonly DemoProfile[] = [BAC_LIEU, HA_GIANG, BEN_TRE, SOC_TRANG];

export interface DemoResult {
  key: string;
  formerProvince: string;
  status: "created" | "skipped";
  /** Rows inserted (created) or null (skipped). */
  counts: DemoCounts | null;
  ms: number;
}

export interface DemoSummary {
  usersInserted: number;
  provinces: DemoResult[];
}

/** Whether the communes of this former province already hold points, teams or residential areas. */
async function hasMovementData(db: PrismaClient, units: DemoUnits): Promise<boolean> {
  const where = {
    provinceId: units.provinceId,
    commune: { formerProvinceId: units.formerProvinceId },
  };
  const [points, teams, areas] = await Promise.all([
    db.replicationPoint.count({ where }),
    db.team.count({ where }),
    db.residentialArea.count({ where }),
  ]);
  return points + teams + areas > 0;
}

/** The pipeline: a profile planned in memory, then written in one transaction. */
export async function seedDemoProvince(
  db: PrismaClient,
  profile: DemoProfile,
  reference: Reference,
  log: (line: string) => void,
): Promise<DemoResult> {
  const started = performance.now();
  const result = { key: profile.key, formerProvince: profile.formerProvince };
  const units = buildDemoUnits(reference.address, profile.formerProvince, reference.ids);
  if (await hasMovementData(db, units)) {
    log(`  ${profile.formerProvince}: has data already, skipped`);
    return { ...result, status: "skipped", counts: null, ms: performance.now() - started };
  }
  const plan = planDemoProvince(profile, { units, ...reference.catalog });
  // The limit only catches a hang: a busy machine (tests building templates beside other work)
  // has taken over two minutes for the largest province.
  const counts = await db.$transaction((tx) => writePlan(tx, plan), {
    timeout: 600_000,
    maxWait: 10_000,
  });
  const ms = performance.now() - started;
  const planned = planCounts(plan);
  log(
    `  ${profile.formerProvince}: ${planned.points} points, ${planned.teams} teams, ${planned.persons} people, ` +
      `${planned.reports} reports (${(ms / 1000).toFixed(1)} s)`,
  );
  return { ...result, status: "created", counts, ms };
}

export async function seedDemo(
  db: PrismaClient,
  reference: Reference,
  log: (line: string) => void,
): Promise<DemoSummary> {
  const usersInserted = await seedDemoUsers(db, reference.ids);
  const provinces: DemoResult[] = [];
  for (const profile of DEMO_PROFILES)
    provinces.push(await seedDemoProvince(db, profile, reference, log));
  return { usersInserted, provinces };
}
