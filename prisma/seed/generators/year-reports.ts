import { ModelField, type Rating, ReportKind } from "../../../lib/generated/prisma/enums";
import type { DemoPlan } from "./plan";
import { periodDates, periodKey } from "../../../lib/periods/period-dates";
import type { DemoUnits } from "./province-units";
import type { Rng } from "./random";
import { buildReports, type ReportSlot } from "./reports";
import {
  COMMUNE_SPECS,
  generateValues,
  POINT_SPECS,
  type Target,
  type Targets,
} from "./report-values";

// One demo province's approved reports for one year: a POINT report per active replication point
// and quarter, a COMMUNE report per commune and quarter.

/** How much more (or less) of each activity a model's points do than the average point. */
const FIELD_AFFINITY: Record<ModelField, Readonly<Record<string, number>>> = {
  [ModelField.CRIME_PREVENTION]: {
    patrols: 2,
    tips: 2.5,
    weapons_handed_in: 1.5,
    scenes_protected: 2,
    mediations: 0.8,
  },
  [ModelField.SELF_MANAGEMENT]: {
    patrols: 1.5,
    mediations: 1.5,
    scenes_protected: 1,
    fire_rescue_callouts: 1,
  },
  [ModelField.ETHNIC]: {
    propaganda_sessions: 2,
    mediations: 1.5,
    houses_built: 3,
    gifts: 2.5,
    patrols: 0.6,
  },
  [ModelField.RELIGION]: {
    propaganda_sessions: 2,
    mediations: 1.2,
    gifts: 2,
    houses_built: 2,
    patrols: 0.6,
  },
  [ModelField.REINTEGRATION]: {
    reintegration_helped: 8,
    gifts: 2,
    mediations: 0.6,
    patrols: 0.3,
    tips: 0.7,
  },
  [ModelField.FIRE_RESCUE]: {
    fire_rescue_callouts: 8,
    scenes_protected: 1.5,
    patrols: 0.8,
    tips: 0.4,
  },
  [ModelField.TRAFFIC]: { patrols: 1.5, scenes_protected: 2, propaganda_sessions: 1.2, tips: 0.6 },
  [ModelField.SOCIAL_EVILS]: { tips: 2, propaganda_sessions: 1.5, reintegration_helped: 1.5 },
  [ModelField.BORDER_SEA]: { patrols: 1.5, tips: 1.5 },
  [ModelField.WORKPLACE]: {
    propaganda_sessions: 1.5,
    patrols: 0.8,
    fire_rescue_callouts: 1.5,
    mediations: 0.5,
  },
  [ModelField.TECHNOLOGY]: {
    tips: 2.5,
    propaganda_sessions: 2.5,
    patrols: 0.2,
    scenes_protected: 1.5,
    mediations: 0.2,
  },
  [ModelField.OTHER]: {},
};

/** Weapons and firecrackers are handed in mostly before and after Tết. */
const SEASON: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  1: { weapons_handed_in: 1.4, commune_weapons_handed_in: 1.4, launch_campaigns: 1.3 },
  2: { weapons_handed_in: 0.7, commune_weapons_handed_in: 0.7 },
  3: { weapons_handed_in: 0.7, commune_weapons_handed_in: 0.7, forums: 1.3 },
  4: { weapons_handed_in: 1.3, commune_weapons_handed_in: 1.3 },
};

export interface SlotPoint {
  /** Stable key of the point within its province, e.g. "17". */
  key: string;
  id: string;
  communeId: number;
  field: ModelField;
  establishedOn: Date;
  /** A border point reports border patrols. */
  border: boolean;
  /** The point's own activity level (about 0.3–2), the same every quarter. */
  activity: number;
  ratings?: ReadonlyMap<number, Rating>;
}

const BORDER_CODES = new Set(["border_patrols", "border_patrol_participants"]);

/** Each root indicator's weight in one slot: the model's affinity × the point's activity × season. */
function slotAffinity(
  base: Readonly<Record<string, number>>,
  quarter: number,
  activity: number,
  codes: readonly string[],
  optIn: ReadonlySet<string>,
): Record<string, number> {
  const season = SEASON[quarter] ?? {};
  const result: Record<string, number> = {};
  for (const code of codes) {
    result[code] = (base[code] ?? (optIn.has(code) ? 0 : 1)) * activity * (season[code] ?? 1);
  }
  return result;
}

const POINT_ROOTS = POINT_SPECS.roots.map((r) => r.code);
const COMMUNE_ROOTS = COMMUNE_SPECS.roots.map((r) => r.code);
const NONE: ReadonlySet<string> = new Set();

export function pointSlots(
  points: readonly SlotPoint[],
  year: number,
  periodIds: ReadonlyMap<string, number>,
): ReportSlot[] {
  const slots: ReportSlot[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    const period = periodDates(year, quarter);
    const periodId = periodIds.get(periodKey(year, quarter));
    if (periodId === undefined) throw new Error(`No period ${periodKey(year, quarter)}`);
    for (const p of points) {
      if (p.establishedOn > period.endsOn) continue;
      const base = { ...FIELD_AFFINITY[p.field], ...(p.border ? { border_patrols: 1 } : {}) };
      slots.push({
        key: `point:${p.key}:${periodKey(year, quarter)}`,
        kind: ReportKind.POINT,
        communeId: p.communeId,
        pointId: p.id,
        year,
        quarter,
        periodId,
        rating: p.ratings?.get(year),
        omit: p.border ? undefined : BORDER_CODES,
        affinity: slotAffinity(base, quarter, p.activity, POINT_ROOTS, BORDER_CODES),
      });
    }
  }
  return slots;
}

export interface SlotCommune {
  id: number;
  code: string;
  /** Relative size (e.g. how many former communes it merged). */
  weight: number;
}

export function communeSlots(
  communes: readonly SlotCommune[],
  year: number,
  periodIds: ReadonlyMap<string, number>,
): ReportSlot[] {
  const slots: ReportSlot[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    const periodId = periodIds.get(periodKey(year, quarter));
    if (periodId === undefined) throw new Error(`No period ${periodKey(year, quarter)}`);
    for (const c of communes) {
      slots.push({
        key: `commune:${c.code}:${periodKey(year, quarter)}`,
        kind: ReportKind.COMMUNE,
        communeId: c.id,
        pointId: null,
        year,
        quarter,
        periodId,
        affinity: slotAffinity({}, quarter, c.weight, COMMUNE_ROOTS, NONE),
      });
    }
  }
  return slots;
}

export interface YearReports {
  year: number;
  points: readonly SlotPoint[];
  communes: readonly SlotCommune[];
  /** Only these quarters (default all four). */
  quarters?: readonly number[];
  pointTargets: Targets;
  communeTargets: Targets;
  /** Pins part of a point total to one point's slots, by point key (e.g. Ngọc Hà's 12 tips). */
  pointPins?: { code: string; pointKey: string; total: number }[];
}

/** The year's approved reports, appended to the plan. */
export function planYearReports(
  plan: DemoPlan,
  provinceId: number,
  spec: YearReports,
  periodIds: ReadonlyMap<string, number>,
  indicatorIds: ReadonlyMap<string, number>,
  id: (kind: string, key: string) => string,
  rng: Rng,
): void {
  const inYear = (slot: ReportSlot): boolean => spec.quarters?.includes(slot.quarter) ?? true;
  const pSlots = pointSlots(spec.points, spec.year, periodIds).filter(inYear);
  const targets: Record<string, number | Target> = { ...spec.pointTargets };
  for (const pin of spec.pointPins ?? []) {
    const slots = pSlots.flatMap((s, i) => (s.key.startsWith(`point:${pin.pointKey}:`) ? [i] : []));
    const current = targets[pin.code];
    if (current === undefined) throw new Error(`Pin on ${pin.code} without a total`);
    const target: Target = typeof current === "number" ? { total: current } : current;
    targets[pin.code] = {
      total: target.total,
      pinned: [...(target.pinned ?? []), { slots, total: pin.total }],
    };
  }
  const cSlots = communeSlots(spec.communes, spec.year, periodIds).filter(inYear);
  const yearRng = rng.fork(`reports-${spec.year}`);
  for (const [slots, specs, t] of [
    [pSlots, POINT_SPECS, targets],
    [cSlots, COMMUNE_SPECS, spec.communeTargets],
  ] as const) {
    const values = generateValues(
      specs,
      slots,
      t,
      yearRng.fork(`values-${slots[0]?.kind ?? "none"}`),
    );
    const rows = buildReports(
      provinceId,
      slots,
      values,
      indicatorIds,
      id,
      yearRng.fork(`rows-${slots[0]?.kind ?? "none"}`),
    );
    plan.reports.push(...rows.reports);
    plan.reportValues.push(...rows.values);
    plan.statusChanges.push(...rows.statusChanges);
  }
}

/** Each new commune weighted by how many former communes it merged. */
export function communeWeights(units: DemoUnits): SlotCommune[] {
  return units.communes.map((c) => ({
    id: c.id,
    code: c.code,
    weight: Math.max(1, units.formerCommunes.filter((f) => f.commune.id === c.id).length),
  }));
}

/**
 * The commune reports of the successor province's other communes (those of its other former
 * provinces, which have no demo points): approved, one per commune and quarter like the demo
 * communes', values drawn from the catalog's usual ranges (no published totals bind them). Without
 * them today's province reads ≤ 88 % complete for quarters everyone sent (Cà Mau: 39 communes of
 * former Cà Mau beside Bạc Liêu's 25).
 */
export function planOtherCommuneReports(
  plan: DemoPlan,
  provinceId: number,
  spec: { year: number; quarters?: readonly number[]; communes: readonly SlotCommune[] },
  periodIds: ReadonlyMap<string, number>,
  indicatorIds: ReadonlyMap<string, number>,
  id: (kind: string, key: string) => string,
  rng: Rng,
): void {
  const slots = communeSlots(spec.communes, spec.year, periodIds).filter(
    (slot) => spec.quarters?.includes(slot.quarter) ?? true,
  );
  if (slots.length === 0) return;
  const yearRng = rng.fork(`other-communes-${spec.year}`);
  const values = generateValues(COMMUNE_SPECS, slots, {}, yearRng.fork("values"));
  const rows = buildReports(provinceId, slots, values, indicatorIds, id, yearRng.fork("rows"));
  plan.reports.push(...rows.reports);
  plan.reportValues.push(...rows.values);
  plan.statusChanges.push(...rows.statusChanges);
}
