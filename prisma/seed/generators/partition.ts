import type { Rng } from "./random";

// Splitting a published total ("1,994 tips in 2023") into integer values per point and quarter that
// add up to it exactly.

export interface Bounds {
  /** Lowest value of each slot (default 0). */
  min?: readonly number[];
  /** Highest value of each slot (default unbounded). */
  max?: readonly number[];
}

function checkInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/**
 * Integers, one per weight, that sum exactly to `total`, in proportion to the weights (largest
 * remainder rounding) and within the bounds. A slot of weight 0 gets its minimum. Throws when the
 * bounds make the total impossible.
 */
export function distribute(
  total: number,
  weights: readonly number[],
  bounds: Bounds = {},
): number[] {
  checkInteger("total", total);
  const n = weights.length;
  const min = weights.map((_, i) => bounds.min?.[i] ?? 0);
  const max = weights.map((w, i) =>
    w > 0 ? (bounds.max?.[i] ?? Number.POSITIVE_INFINITY) : (min[i] ?? 0),
  );
  let sumMin = 0;
  let sumMax = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] ?? 0;
    const lo = min[i] ?? 0;
    const hi = max[i] ?? 0;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${i} is ${w}`);
    checkInteger(`min[${i}]`, lo);
    if (hi < lo) throw new RangeError(`slot ${i}: max ${hi} < min ${lo}`);
    sumMin += lo;
    sumMax += hi;
  }
  if (total < sumMin || total > sumMax) {
    throw new RangeError(`cannot split ${total} into ${n} slots between ${sumMin} and ${sumMax}`);
  }

  const result = [...min];
  let remaining = total - sumMin;
  let open = weights.map((_, i) => i).filter((i) => (result[i] ?? 0) < (max[i] ?? 0));
  while (remaining > 0) {
    let weightSum = 0;
    for (const i of open) weightSum += weights[i] ?? 0;
    const fractions: [number, number][] = [];
    let given = 0;
    let capped = false;
    for (const i of open) {
      const exact = (remaining * (weights[i] ?? 0)) / weightSum;
      const room = (max[i] ?? 0) - (result[i] ?? 0);
      const share = Math.min(Math.floor(exact), room);
      result[i] = (result[i] ?? 0) + share;
      given += share;
      if (share === room) capped = true;
      else fractions.push([i, exact - Math.floor(exact)]);
    }
    remaining -= given;
    if (capped) {
      // Some slots are full: share what is left among the others, in proportion again.
      open = open.filter((i) => (result[i] ?? 0) < (max[i] ?? 0));
      continue;
    }
    // Without capping, what is left is less than the number of open slots.
    fractions.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (let k = 0; k < remaining; k++) {
      const slot = fractions[k];
      if (!slot) throw new Error("distribute: rounding left more than one unit per slot");
      result[slot[0]] = (result[slot[0]] ?? 0) + 1;
    }
    remaining = 0;
  }
  return result;
}

/** Random weights: exponential, so that the shares are uniform on the simplex. */
export function randomWeights(n: number, rng: Rng): number[] {
  return Array.from({ length: n }, () => -Math.log(1 - rng.next()));
}

/** `n` random non-negative integers that sum exactly to `total`. */
export function partition(total: number, n: number, rng: Rng): number[] {
  if (n === 0) {
    if (total !== 0) throw new RangeError(`cannot split ${total} into 0 slots`);
    return [];
  }
  return distribute(total, randomWeights(n, rng));
}

/** Like `distribute`, with each weight multiplied by random noise (0.5–1.5 by default). */
export function jitteredDistribute(
  total: number,
  weights: readonly number[],
  rng: Rng,
  bounds: Bounds = {},
  spread = 0.5,
): number[] {
  return distribute(
    total,
    weights.map((w) => w * (1 - spread + 2 * spread * rng.next())),
    bounds,
  );
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
