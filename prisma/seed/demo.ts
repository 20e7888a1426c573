import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { AddressData } from "./address-data";
import { NATIONAL_MODELS, nationalModelId } from "./catalog-models";
import { INDICATORS } from "./indicators";
import { buildPeriods, periodKey } from "./periods";
import { BAC_LIEU, type DemoContext, planBacLieu } from "./demo-bac-lieu";
import { BEN_TRE, planBenTre } from "./demo-ben-tre";
import { HA_GIANG, planHaGiang } from "./demo-ha-giang";
import { type DemoCounts, type DemoPlan, planCounts, writePlan } from "./demo-plan";
import { planSocTrang, SOC_TRANG } from "./demo-soc-trang";
import { buildDemoUnits, type DemoUnits, type UnitIds } from "./demo-units";

// The four demo provinces. Each is written in one transaction, and only into a province part that
// has no movement data yet: a second run (or a province that already holds real data) is skipped.

export interface DemoProvince {
  key: string;
  formerProvince: string;
  plan: (ctx: DemoContext) => DemoPlan;
}

export const DEMO_PROVINCES: readonly DemoProvince[] = [
  { key: "bac-lieu", formerProvince: BAC_LIEU.formerProvince, plan: planBacLieu },
  { key: "ha-giang", formerProvince: HA_GIANG.formerProvince, plan: planHaGiang },
  { key: "ben-tre", formerProvince: BEN_TRE.formerProvince, plan: planBenTre },
  { key: "soc-trang", formerProvince: SOC_TRANG.formerProvince, plan: planSocTrang },
];

export interface DemoResult {
  key: string;
  formerProvince: string;
  status: "created" | "skipped";
  /** Rows inserted (created) or null (skipped). */
  counts: DemoCounts | null;
  ms: number;
}

export interface DemoReferences {
  nationalModelIds: ReadonlyMap<string, string>;
  indicatorIds: ReadonlyMap<string, number>;
  periodIds: ReadonlyMap<string, number>;
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

export async function seedDemoProvinces(
  db: PrismaClient,
  data: AddressData,
  ids: UnitIds,
  refs: DemoReferences,
  log: (line: string) => void,
): Promise<DemoResult[]> {
  const results: DemoResult[] = [];
  for (const demo of DEMO_PROVINCES) {
    const started = performance.now();
    const units = buildDemoUnits(data, demo.formerProvince, ids);
    if (await hasMovementData(db, units)) {
      results.push({
        key: demo.key,
        formerProvince: demo.formerProvince,
        status: "skipped",
        counts: null,
        ms: performance.now() - started,
      });
      log(`  ${demo.formerProvince}: has data already, skipped`);
      continue;
    }
    const plan = demo.plan({ units, ...refs });
    const counts = await db.$transaction((tx) => writePlan(tx, plan), {
      timeout: 120_000,
      maxWait: 10_000,
    });
    const ms = performance.now() - started;
    results.push({
      key: demo.key,
      formerProvince: demo.formerProvince,
      status: "created",
      counts,
      ms,
    });
    const planned = planCounts(plan);
    log(
      `  ${demo.formerProvince}: ${planned.points} points, ${planned.teams} teams, ${planned.persons} people, ` +
        `${planned.reports} reports (${(ms / 1000).toFixed(1)} s)`,
    );
  }
  return results;
}

/** References as the seed would find them in an empty database: for tests and dry runs. */
export function syntheticReferences(): DemoReferences {
  return {
    nationalModelIds: new Map(NATIONAL_MODELS.map((m) => [m.code, nationalModelId(m.code)])),
    indicatorIds: new Map(INDICATORS.map((indicator, i) => [indicator.code, i + 1])),
    periodIds: new Map(buildPeriods().map((p, i) => [periodKey(p.year, p.quarter), i + 1])),
  };
}
