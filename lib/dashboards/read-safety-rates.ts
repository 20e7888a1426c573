import { z } from "zod";
import type { Tx } from "@/lib/db/scoped";
import type { SafetyUnitType } from "@/lib/generated/prisma/enums";

// "An toàn về ANTT" by unit type, province by province, for the ministry's dashboard: how many units
// registered for the year, how many were recognised (ACHIEVED), and the rate. Counted directly from
// SafetyRegistration, one GROUP BY over the year's rows (index provinceId, year, unitType). A
// registration changes once or twice a year, not at every approval, and a national year is about
// 300,000 rows: measured on this machine (1.2 million synthetic rows over four years) the count takes
// about 190 ms — acceptable beside the rest of the page, so no rollup table or trigger is kept for it
// yet (decision 012, "An toàn về ANTT" and completeness); a yearly rollup by province × unit type is
// the step if it ever shows.

export const SAFETY_UNIT_TYPES: readonly SafetyUnitType[] = [
  "RESIDENTIAL_AREA",
  "COMMUNE",
  "AGENCY",
  "ENTERPRISE",
  "SCHOOL",
];

export interface SafetyTally {
  registered: number;
  achieved: number;
}

export interface SafetyProvinceRates {
  provinceId: number;
  name: string;
  byType: Record<SafetyUnitType, SafetyTally>;
}

export interface SafetyRates {
  year: number;
  /** The year asked for, when it had no registration yet and `year` is the latest one before it. */
  requestedYear?: number;
  provinces: SafetyProvinceRates[];
  total: Record<SafetyUnitType, SafetyTally>;
}

const row = z.object({
  provinceId: z.number().int(),
  unitType: z.enum(SAFETY_UNIT_TYPES as [SafetyUnitType, ...SafetyUnitType[]]),
  registered: z.number().int(),
  achieved: z.number().int(),
});

const emptyTypes = (): Record<SafetyUnitType, SafetyTally> =>
  Object.fromEntries(SAFETY_UNIT_TYPES.map((t) => [t, { registered: 0, achieved: 0 }])) as Record<
    SafetyUnitType,
    SafetyTally
  >;

async function countYear(tx: Tx, year: number) {
  return z.array(row).parse(
    await tx.$queryRaw`
      SELECT s."provinceId", s."unitType"::text AS "unitType", count(*)::int AS registered,
             count(*) FILTER (WHERE s.result = 'ACHIEVED')::int AS achieved
      FROM "SafetyRegistration" s
      WHERE s.year = ${year}
      GROUP BY 1, 2`,
  );
}

/**
 * The year's registrations and recognitions per province and unit type (row-level security scopes
 * them). Units are evaluated at the year's end, so a year with no registration in the scope yet
 * shows the latest year before it that has some, and says so (`requestedYear`).
 */
export async function readSafetyRates(tx: Tx, requested: number): Promise<SafetyRates> {
  let year = requested;
  let rows = await countYear(tx, year);
  if (rows.length === 0) {
    const [latest] = z
      .array(z.object({ year: z.number().int().nullable() }))
      .parse(
        await tx.$queryRaw`SELECT max(year)::int AS year FROM "SafetyRegistration" WHERE year < ${requested}`,
      );
    if (latest?.year) {
      year = latest.year;
      rows = await countYear(tx, year);
    }
  }
  const provinces = await tx.province.findMany({
    select: { id: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
  const byProvince = new Map(provinces.map((p) => [p.id, emptyTypes()]));
  const total = emptyTypes();
  for (const r of rows) {
    const types = byProvince.get(r.provinceId);
    if (!types) continue;
    types[r.unitType] = { registered: r.registered, achieved: r.achieved };
    total[r.unitType].registered += r.registered;
    total[r.unitType].achieved += r.achieved;
  }
  const collator = new Intl.Collator("vi");
  return {
    year,
    ...(year !== requested ? { requestedYear: requested } : {}),
    provinces: provinces
      .map((p) => ({
        provinceId: p.id,
        name: p.shortName,
        byType: byProvince.get(p.id) ?? emptyTypes(),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    total,
  };
}
