import type { Rating } from "../../../lib/generated/prisma/enums";
import type { Rng } from "./random";

// Yearly ratings of replication points (tốt / khá / trung bình / yếu).

type Weighted<T> = readonly (readonly [T, number])[];

export type RatingYear =
  | { year: number; weights: Weighted<Rating> }
  /** Exact counts, given to the oldest points in turn (the newest are not rated yet). */
  | { year: number; counts: Weighted<Rating> };

interface RatedPoint {
  id: string;
  key: string;
  establishedOn: Date;
}

/**
 * Each point's rating per year. Years with exact counts are settled first (a shuffle of the oldest
 * points), then every point draws its weighted years in turn, so one year's rule never shifts another.
 */
export function planRatings(
  points: readonly RatedPoint[],
  years: readonly RatingYear[],
  rng: Rng,
): Map<string, Map<number, Rating>> {
  const exact = new Map<number, Map<string, Rating>>();
  for (const spec of years) {
    if (!("counts" in spec)) continue;
    const rated = spec.counts.reduce((sum, [, n]) => sum + n, 0);
    const byDate = [...points].sort(
      (a, b) =>
        a.establishedOn.getTime() - b.establishedOn.getTime() || Number(a.key) - Number(b.key),
    );
    if (rated > byDate.length) throw new Error(`${rated} ratings for ${byDate.length} points`);
    const order = rng.shuffle(byDate.slice(0, rated));
    const ratings = new Map<string, Rating>();
    let next = 0;
    for (const [rating, n] of spec.counts) {
      for (const point of order.slice(next, next + n)) ratings.set(point.id, rating);
      next += n;
    }
    exact.set(spec.year, ratings);
  }
  const result = new Map<string, Map<number, Rating>>();
  for (const point of points) {
    const ratings = new Map<number, Rating>();
    for (const spec of years) {
      const rating =
        "counts" in spec ? exact.get(spec.year)?.get(point.id) : rng.weighted(spec.weights);
      if (rating) ratings.set(spec.year, rating);
    }
    result.set(point.id, ratings);
  }
  return result;
}
