import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import type { Rating, TeamGrade } from "@/lib/generated/prisma/enums";
import {
  countGrades,
  type GradeCounts,
  maxExcellent,
  withinExcellentQuota,
} from "./team-grade-rule";

const collator = new Intl.Collator("vi");

export interface RatingSummary {
  year: number;
  province: { id: number; name: string } | null;
  formerProvince: { id: number; name: string } | null;
  formerProvinces: { id: number; name: string }[];
  points: Record<Rating, number>;
  pointsRated: number;
  teams: GradeCounts;
  teamsRated: number;
  /** Per commune: the team grades of the year and whether they keep the quota. */
  communes: {
    communeId: number;
    communeName: string;
    teams: number;
    grades: GradeCounts;
    withinQuota: boolean;
    maxExcellent: number;
  }[];
}

export interface RatingSummaryQuery {
  year: number;
  provinceId?: number | undefined;
  /** Only the points and teams in communes that came from this former province. */
  formerProvinceId?: number | undefined;
}

/** The year's ratings in the caller's scope: points (tốt / khá / …) and grassroots teams. */
export async function getRatingSummary(
  ctx: AuthContext,
  query: RatingSummaryQuery,
): Promise<RatingSummary> {
  return inScope(ctx, async (tx) => {
    const provinceId =
      ctx.scope.level === "NATION" ? (query.provinceId ?? null) : ctx.scope.provinceId;
    const province = provinceId
      ? await tx.province.findUnique({
          where: { id: provinceId },
          select: { id: true, shortName: true },
        })
      : null;
    const formerProvinces = province
      ? await tx.formerProvince.findMany({
          where: { successorId: province.id },
          select: { id: true, shortName: true },
          orderBy: { shortName: "asc" },
        })
      : [];
    const former = query.formerProvinceId
      ? (formerProvinces.find((f) => f.id === query.formerProvinceId) ?? null)
      : null;
    const communeFilter = former ? { commune: { formerProvinceId: former.id } } : {};
    const scope = tenantWhere(ctx.scope);
    const placeWhere = { ...scope, ...(province ? { provinceId: province.id } : {}) };

    const pointGroups = await tx.pointRating.groupBy({
      by: ["rating"],
      where: {
        provinceId: placeWhere.provinceId,
        year: query.year,
        point: { ...placeWhere, ...communeFilter },
      },
      _count: { _all: true },
    });
    const points: Record<Rating, number> = { GOOD: 0, FAIR: 0, AVERAGE: 0, WEAK: 0 };
    for (const g of pointGroups) points[g.rating] = g._count._all;

    const teamGroups = await tx.teamRating.groupBy({
      by: ["communeId", "grade"],
      where: { ...placeWhere, year: query.year, team: communeFilter },
      _count: { _all: true },
    });
    const teams = countGrades([]);
    const byCommune = new Map<number, TeamGrade[]>();
    for (const g of teamGroups) {
      teams[g.grade] += g._count._all;
      const list = byCommune.get(g.communeId) ?? [];
      for (let i = 0; i < g._count._all; i++) list.push(g.grade);
      byCommune.set(g.communeId, list);
    }
    const names = await tx.commune.findMany({
      where: { id: { in: [...byCommune.keys()] } },
      select: { id: true, name: true },
    });
    const name = new Map(names.map((c) => [c.id, c.name]));
    const communes = [...byCommune.entries()]
      .map(([communeId, grades]) => {
        const counts = countGrades(grades);
        return {
          communeId,
          communeName: name.get(communeId) ?? "",
          teams: grades.length,
          grades: counts,
          withinQuota: withinExcellentQuota(counts),
          maxExcellent: maxExcellent(counts.GOOD),
        };
      })
      .sort((a, b) => collator.compare(a.communeName, b.communeName));
    return {
      year: query.year,
      province: province ? { id: province.id, name: province.shortName } : null,
      formerProvince: former ? { id: former.id, name: former.shortName } : null,
      formerProvinces: formerProvinces.map((f) => ({ id: f.id, name: f.shortName })),
      points,
      pointsRated: Object.values(points).reduce((a, b) => a + b, 0),
      teams,
      teamsRated: Object.values(teams).reduce((a, b) => a + b, 0),
      communes,
    };
  });
}
