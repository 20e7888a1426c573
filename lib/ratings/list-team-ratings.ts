import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { TeamGrade } from "@/lib/generated/prisma/enums";
import { communeForRead } from "@/lib/safety/scope";
import { countGrades, type GradeCounts, maxExcellent } from "./team-grade-rule";

const collator = new Intl.Collator("vi");

export interface CommuneTeamRatings {
  commune: { id: number; name: string };
  year: number;
  teams: { id: string; name: string; grade: TeamGrade | null; note: string | null }[];
  counts: GradeCounts;
  maxExcellent: number;
}

/** The grassroots security teams of a commune with their rating of the year. */
export async function listTeamRatings(
  ctx: AuthContext,
  communeId: number,
  year: number,
): Promise<CommuneTeamRatings> {
  return inScope(ctx, async (tx) => {
    const commune = await communeForRead(tx, ctx, communeId);
    const start = new Date(Date.UTC(year, 0, 1));
    const end = new Date(Date.UTC(year, 11, 31));
    const teams = await tx.team.findMany({
      where: {
        provinceId: commune.provinceId,
        communeId: commune.id,
        kind: "GRASSROOTS_SECURITY",
        // The teams that existed in that year.
        AND: [
          { OR: [{ establishedOn: null }, { establishedOn: { lte: end } }] },
          { OR: [{ dissolvedOn: null }, { dissolvedOn: { gte: start } }] },
        ],
      },
      select: {
        id: true,
        name: true,
        ratings: { where: { year }, select: { grade: true, note: true } },
      },
    });
    const rows = teams
      .map((t) => ({
        id: t.id,
        name: t.name,
        grade: t.ratings[0]?.grade ?? null,
        note: t.ratings[0]?.note ?? null,
      }))
      .sort((a, b) => collator.compare(a.name, b.name));
    const counts = countGrades(rows.flatMap((r) => (r.grade ? [r.grade] : [])));
    return {
      commune: { id: commune.id, name: commune.name },
      year,
      teams: rows,
      counts,
      maxExcellent: maxExcellent(counts.GOOD),
    };
  });
}
