import { z } from "zod";
import type { Tx } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RosterTotals } from "./types";

// Roster totals of a commune from RosterRollup (a few dozen rows per commune, kept by the database:
// decision 012), of a province from its sums in RosterRollupProvince (decision 015). Age bands
// change with time, so the rollups keep birth years and the band is worked out here, by the year of
// the reading.

export const AGE_BANDS = ["UNDER_18", "18_30", "31_45", "46_60", "OVER_60", "UNKNOWN"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of a birth year ("0" or empty: not known) in a year, by the age reached that year. */
export function ageBand(birthYear: number, year: number): AgeBand {
  if (!birthYear) return "UNKNOWN";
  const age = year - birthYear;
  if (age < 18) return "UNDER_18";
  if (age <= 30) return "18_30";
  if (age <= 45) return "31_45";
  if (age <= 60) return "46_60";
  return "OVER_60";
}

const row = z.object({
  measure: z.enum([
    "TEAMS",
    "MEMBER_ROLE",
    "MEMBER_GENDER",
    "MEMBER_ETHNICITY",
    "MEMBER_BIRTH_YEAR",
    "MEMBER_TEAM_KIND",
  ]),
  key: z.string(),
  count: z.number().int(),
  updatedAt: z.date(),
});

/** The year in Vietnam now. */
export function vietnamYear(now = new Date()): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}

export async function readRosterTotals(
  tx: Tx,
  where: { provinceId: number; communeId?: number },
  year = vietnamYear(),
): Promise<RosterTotals> {
  const rows = z.array(row).parse(
    await tx.$queryRaw`
      SELECT measure::text AS measure, key, SUM(count)::int AS count, max("updatedAt") AS "updatedAt"
      FROM ${where.communeId ? Prisma.sql`"RosterRollup"` : Prisma.sql`"RosterRollupProvince"`}
      WHERE "provinceId" = ${where.provinceId}
        ${where.communeId ? Prisma.sql`AND "communeId" = ${where.communeId}` : Prisma.empty}
        AND count <> 0
      GROUP BY 1, 2`,
  );
  const of = (measure: z.infer<typeof row>["measure"]) =>
    rows
      .filter((r) => r.measure === measure && r.count !== 0)
      .map((r) => ({ key: r.key, count: r.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const ethnicityIds = of("MEMBER_ETHNICITY").map((e) => Number(e.key));
  const ethnicities = await tx.ethnicity.findMany({
    where: { id: { in: ethnicityIds } },
    select: { id: true, name: true, nameEn: true },
  });
  const names = new Map(ethnicities.map((e) => [String(e.id), e]));
  const bands = new Map<AgeBand, number>();
  for (const r of of("MEMBER_BIRTH_YEAR")) {
    const band = ageBand(Number(r.key), year);
    bands.set(band, (bands.get(band) ?? 0) + r.count);
  }
  const asOf = rows.reduce<Date | null>(
    (a, r) => (a === null || r.updatedAt > a ? r.updatedAt : a),
    null,
  );
  const membersByRole = of("MEMBER_ROLE");
  const teamsByKind = of("TEAMS");
  return {
    teamsByKind,
    membersByRole,
    membersByGender: of("MEMBER_GENDER"),
    membersByEthnicity: of("MEMBER_ETHNICITY").map((e) => ({
      ...e,
      name: names.get(e.key)?.name ?? e.key,
      nameEn: names.get(e.key)?.nameEn ?? e.key,
    })),
    membersByAge: AGE_BANDS.filter((b) => bands.has(b)).map((b) => ({
      key: b,
      count: bands.get(b) ?? 0,
    })),
    members: membersByRole.reduce((a, r) => a + r.count, 0),
    teams: teamsByKind.reduce((a, r) => a + r.count, 0),
    asOfYear: year,
    asOf,
  };
}
