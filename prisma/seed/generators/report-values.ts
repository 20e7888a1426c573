import { distribute, sum } from "./partition";
import type { Rng } from "./random";

// Quarterly indicator values for a set of report slots (one slot = one report: a point or a commune
// in one quarter). Where a total was published, the slots' values add up to it exactly; elsewhere
// they are drawn around plausible means. Dependent indicators (participants, successful
// mediations, …) are drawn per unit of their parent, so every validation rule holds.

export interface ValueSlot {
  /** Relative activity per indicator code (default 1; border indicators default 0). */
  affinity: Readonly<Record<string, number>>;
}

interface RootSpec {
  code: string;
  /** Mean value per slot when no total is given. */
  mean: number;
  /** Only slots with an explicit affinity take part (border patrols). */
  optIn?: boolean;
}

interface DependentSpec {
  code: string;
  parent: string;
  /** Per unit of the parent: the value lies in [parent × lo, parent × hi]. */
  lo: number;
  hi: number;
  /** Never above this other indicator of the same report. */
  capBy?: string;
  /** Rounded to a multiple of this (money). */
  step?: number;
}

export interface ValueSpecs {
  roots: readonly RootSpec[];
  dependents: readonly DependentSpec[];
}

export const POINT_SPECS: ValueSpecs = {
  roots: [
    { code: "patrols", mean: 2.5 },
    { code: "border_patrols", mean: 4, optIn: true },
    { code: "tips", mean: 0.8 },
    { code: "mediations", mean: 0.35 },
    { code: "propaganda_sessions", mean: 3 },
    { code: "weapons_handed_in", mean: 0.6 },
    { code: "scenes_protected", mean: 0.03 },
    { code: "fire_rescue_callouts", mean: 0.06 },
    { code: "reintegration_helped", mean: 0.15 },
    { code: "meetings_held", mean: 2.6 },
    { code: "houses_built", mean: 0.01 },
    { code: "gifts", mean: 1.2 },
  ],
  dependents: [
    { code: "patrol_participants", parent: "patrols", lo: 3, hi: 8 },
    { code: "border_patrol_participants", parent: "border_patrols", lo: 1, hi: 4 },
    { code: "mediations_successful", parent: "mediations", lo: 0.6, hi: 1 },
    { code: "propaganda_attendees", parent: "propaganda_sessions", lo: 15, hi: 60 },
    { code: "gifts_value", parent: "gifts", lo: 200_000, hi: 1_000_000, step: 10_000 },
  ],
};

export const COMMUNE_SPECS: ValueSpecs = {
  roots: [
    { code: "launch_campaigns", mean: 4 },
    { code: "leaflets", mean: 800 },
    { code: "media_rounds", mean: 20 },
    { code: "forums", mean: 0.6 },
    { code: "training_classes", mean: 0.8 },
    { code: "joint_patrols", mean: 10 },
    { code: "commune_weapons_handed_in", mean: 2 },
  ],
  dependents: [
    { code: "launch_attendees", parent: "launch_campaigns", lo: 30, hi: 180 },
    { code: "forum_attendees", parent: "forums", lo: 20, hi: 80 },
    { code: "forum_opinions", parent: "forums", lo: 0, hi: 15, capBy: "forum_attendees" },
    { code: "trainees", parent: "training_classes", lo: 15, hi: 50 },
  ],
};

/** A published total, optionally with part of it pinned to some slots (e.g. one point's tips). */
export interface Target {
  total: number;
  pinned?: { slots: readonly number[]; total: number }[];
}

export type Targets = Readonly<Record<string, number | Target>>;
export type ValueTable = Map<string, number[]>;

/** Poisson draw: Knuth's method for small means, a rounded normal for large ones. */
export function poisson(mean: number, rng: Rng): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const u = 1 - rng.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

const affinityOf = (slot: ValueSlot, spec: RootSpec): number =>
  slot.affinity[spec.code] ?? (spec.optIn ? 0 : 1);

function rootValues(
  spec: RootSpec,
  slots: readonly ValueSlot[],
  target: number | Target | undefined,
  rng: Rng,
): number[] {
  const weights = slots.map((s) => affinityOf(s, spec) * (0.25 + 1.5 * rng.next()));
  if (target === undefined) return weights.map((w) => poisson(spec.mean * w, rng));
  const { total, pinned = [] } = typeof target === "number" ? { total: target } : target;
  const values = new Array<number>(slots.length).fill(0);
  const taken = new Set<number>();
  for (const pin of pinned) {
    const part = distribute(
      pin.total,
      pin.slots.map((i) => weights[i] ?? 0),
    );
    pin.slots.forEach((slot, k) => {
      values[slot] = part[k] ?? 0;
      taken.add(slot);
    });
  }
  const rest = total - sum(pinned.map((p) => p.total));
  const part = distribute(
    rest,
    weights.map((w, i) => (taken.has(i) ? 0 : w)),
  );
  part.forEach((v, i) => {
    if (!taken.has(i)) values[i] = v;
  });
  return values;
}

function dependentValues(
  spec: DependentSpec,
  parent: readonly number[],
  cap: readonly number[] | undefined,
  target: number | Target | undefined,
  rng: Rng,
): number[] {
  const step = spec.step ?? 1;
  const min = parent.map((p) => Math.ceil((p * spec.lo) / step) * step);
  const max = parent.map((p, i) =>
    Math.min(Math.floor((p * spec.hi) / step) * step, cap?.[i] ?? Number.POSITIVE_INFINITY),
  );
  if (target === undefined) {
    return parent.map((p, i) => {
      const lo = min[i] ?? 0;
      const hi = Math.max(lo, max[i] ?? 0);
      const drawn = Math.round((p * (spec.lo + (spec.hi - spec.lo) * rng.next())) / step) * step;
      return Math.min(hi, Math.max(lo, drawn));
    });
  }
  if (step !== 1)
    throw new Error(`${spec.code}: a published total of a stepped indicator is not supported`);
  const total = typeof target === "number" ? target : target.total;
  const weights = parent.map((p) => p * (0.5 + rng.next()));
  return distribute(total, weights, { min, max });
}

/** Values of every indicator of `specs` for every slot. */
export function generateValues(
  specs: ValueSpecs,
  slots: readonly ValueSlot[],
  targets: Targets,
  rng: Rng,
): ValueTable {
  const table: ValueTable = new Map();
  for (const spec of specs.roots) {
    table.set(spec.code, rootValues(spec, slots, targets[spec.code], rng.fork(spec.code)));
  }
  for (const spec of specs.dependents) {
    const parent = table.get(spec.parent);
    if (!parent) throw new Error(`${spec.code}: parent ${spec.parent} not generated`);
    const cap = spec.capBy ? table.get(spec.capBy) : undefined;
    table.set(
      spec.code,
      dependentValues(spec, parent, cap, targets[spec.code], rng.fork(spec.code)),
    );
  }
  for (const code of Object.keys(targets)) {
    if (!table.has(code)) throw new Error(`Target for unknown indicator ${code}`);
  }
  return table;
}

/**
 * Dependents that can never exceed their parent (successful mediations ≤ mediations). A published
 * total of one may sit at its parent's bound (Bạc Liêu 2023: 384 of 384); scaled to another year by
 * a growth of its own it could overshoot the scaled parent, so a scaled year draws it per unit of
 * its parent instead.
 */
export const PARENT_BOUNDED: ReadonlySet<string> = new Set(
  [...POINT_SPECS.dependents, ...COMMUNE_SPECS.dependents]
    .filter((spec) => spec.hi <= 1)
    .map((spec) => spec.code),
);

/**
 * Scales published totals to a plausible other year (growth between `lo` and `hi`). Totals of
 * parent-bounded dependents are left out (no draw is spent on them, so the other totals scale as
 * they would without them).
 */
export function scaleTargets(
  targets: Readonly<Record<string, number>>,
  rng: Rng,
  lo = 0.9,
  hi = 1.12,
): Record<string, number> {
  const scaled: Record<string, number> = {};
  for (const [code, total] of Object.entries(targets)) {
    if (PARENT_BOUNDED.has(code)) continue;
    scaled[code] = Math.round(total * (lo + (hi - lo) * rng.next()));
  }
  return scaled;
}
