import { addDays } from "../../../lib/periods/period-dates";
import type { Rng } from "./random";

/** A date drawn uniformly between two dates, both included. */
export function dateBetween(rng: Rng, from: Date, to: Date): Date {
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, days)));
}
