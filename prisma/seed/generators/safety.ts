import type { Prisma } from "../../../lib/generated/prisma/client";
import { SafetyResult, type SafetyUnitType } from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import type { IdOf } from "./ids";
import type { Rng } from "./random";

// "An toàn về ANTT" registrations: units register in Q1 and are recognised (or not) at year end.

/** Registration of units for "An toàn về ANTT" in a year, `achieved` of them recognised. */
export function planSafety(
  provinceId: number,
  year: number,
  units: readonly {
    communeId: number;
    residentialAreaId?: string;
    organizationId?: string;
    /** The former commune the unit belonged to (kept on registrations before 2025). */
    formerCommuneId?: number;
  }[],
  unitType: SafetyUnitType,
  achieved: number,
  rng: Rng,
  id: IdOf,
): Prisma.SafetyRegistrationCreateManyInput[] {
  if (achieved > units.length)
    throw new Error(`${achieved} achieved of ${units.length} registered`);
  const winners = new Set(
    rng.sample(
      units.map((_, i) => i),
      achieved,
    ),
  );
  const decidedOn = day(year, 12, rng.int(10, 28));
  return units.map((u, i) => ({
    id: id(`safety-${year}-${unitType}`, i),
    provinceId,
    communeId: u.communeId,
    year,
    unitType,
    residentialAreaId: u.residentialAreaId ?? null,
    organizationId: u.organizationId ?? null,
    formerCommuneId: year < 2025 ? (u.formerCommuneId ?? null) : null,
    registeredOn: day(year, rng.int(1, 3), rng.int(2, 28)),
    result: winners.has(i) ? SafetyResult.ACHIEVED : SafetyResult.NOT_ACHIEVED,
    decisionNumber: `${rng.int(100, 999)}/QĐ-UBND`.normalize("NFC"),
    decidedOn,
  }));
}
