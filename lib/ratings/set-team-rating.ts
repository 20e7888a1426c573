import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { today } from "@/lib/points/rules";
import type { SetTeamRatingInput } from "./schemas";
import { countGrades, maxExcellent, withinExcellentQuota } from "./team-grade-rule";

/**
 * Sets (or corrects) a grassroots security team's rating of a year, keeping the commune's quota of
 * excellent teams (team-grade-rule.ts). The commune's ratings of that year are read under a lock of
 * that commune and year, so two officers rating at once cannot both pass the quota.
 */
export async function setTeamRating(
  ctx: AuthContext,
  input: SetTeamRatingInput,
): Promise<{ teamId: string; year: number }> {
  return inScope(ctx, async (tx) => {
    if (ctx.scope.level !== "PROVINCE") throw new NotFoundError("Team", input.teamId);
    const team = await tx.team.findFirst({
      where: { id: input.teamId, provinceId: ctx.scope.provinceId },
      select: { id: true, provinceId: true, communeId: true, kind: true, establishedOn: true },
    });
    if (!team) throw new NotFoundError("Team", input.teamId);
    if (team.kind !== "GRASSROOTS_SECURITY")
      throw new FieldErrors({ teamId: { key: "teamNotGrassroots" } });
    const first = team.establishedOn?.getUTCFullYear() ?? 2015;
    if (input.year < first || input.year > today().getUTCFullYear())
      throw new FieldErrors({ year: { key: "ratingYearInvalid" } });

    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${team.provinceId}::int, ${team.communeId * 10_000 + (input.year % 10_000)}::int)`;
    const others = await tx.teamRating.findMany({
      where: {
        provinceId: team.provinceId,
        communeId: team.communeId,
        year: input.year,
        NOT: { teamId: team.id },
      },
      select: { grade: true },
    });
    const counts = countGrades([...others.map((o) => o.grade), input.grade]);
    if (!withinExcellentQuota(counts))
      throw new FieldErrors({
        grade: {
          key: "teamExcellentQuota",
          values: { good: counts.GOOD, max: maxExcellent(counts.GOOD) },
        },
      });

    const key = { provinceId: team.provinceId, teamId: team.id, year: input.year };
    const before = await tx.teamRating.findUnique({
      where: { provinceId_teamId_year: key },
      select: { grade: true, note: true, version: true },
    });
    const values = { grade: input.grade, note: input.note ?? null };
    if (before) {
      await tx.teamRating.updateMany({
        where: key,
        data: { ...values, version: { increment: 1 } },
      });
    } else {
      await tx.teamRating.createMany({ data: { ...key, communeId: team.communeId, ...values } });
    }
    await writeAudit(tx, auditActor(ctx, team), {
      action: before ? "UPDATE" : "CREATE",
      entity: "TeamRating",
      entityId: `${team.id}/${input.year}`,
      before: before ? { grade: before.grade, note: before.note } : undefined,
      after: { year: input.year, ...values },
    });
    return { teamId: team.id, year: input.year };
  });
}
