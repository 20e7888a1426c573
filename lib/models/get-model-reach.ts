import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import { provinceRef } from "./list-models";
import { modelsInScope } from "./rules";
import type { CommuneCount, ModelReach, ProvinceCoverage } from "./types";

/** The points listed on a model's page; the counts and coverage take them all. */
export const REACH_POINTS_SHOWN = 500;

/** "57/64": communes with a point among a unit's communes. */
export function coverageOf(covered: Iterable<number>, of: number): { covered: number; of: number } {
  return { covered: new Set(covered).size, of };
}

/**
 * Where a model runs in the viewer's scope: its points (not dissolved), how many in each commune,
 * its coverage of each province's communes of today and — for points recorded in pre-2025 units —
 * of the former province's communes of that time, and its active teams and open memberships.
 */
export async function getModelReach(ctx: AuthContext, modelId: string): Promise<ModelReach | null> {
  return inScope(ctx, async (tx) => {
    const model = await tx.model.findFirst({
      where: { AND: [{ id: modelId }, modelsInScope(ctx.scope)] },
      select: { id: true, originProvinceId: true },
    });
    if (!model) return null;
    const pointWhere: Prisma.ReplicationPointWhereInput = {
      modelId: model.id,
      status: { not: "DISSOLVED" },
      ...tenantWhere(ctx.scope),
    };
    const points = await tx.replicationPoint.findMany({
      where: pointWhere,
      select: {
        id: true,
        name: true,
        status: true,
        establishedOn: true,
        provinceId: true,
        communeId: true,
        formerCommuneId: true,
        commune: { select: { name: true } },
        province: { select: { id: true, shortName: true, kind: true } },
        formerCommune: { select: { name: true, formerProvinceId: true } },
      },
      orderBy: [
        { provinceId: "asc" },
        { commune: { name: "asc" } },
        { name: "asc" },
        { id: "asc" },
      ],
    });

    const byCommune = new Map<number, CommuneCount>();
    for (const p of points) {
      const entry = byCommune.get(p.communeId) ?? {
        communeId: p.communeId,
        name: p.commune.name,
        points: 0,
      };
      entry.points += 1;
      byCommune.set(p.communeId, entry);
    }

    // Coverage needs every commune of the unit, which only a province or the ministry sees whole.
    const coverage: ProvinceCoverage[] = [];
    if (ctx.scope.level !== "COMMUNE") {
      const provinces = [...new Map(points.map((p) => [p.provinceId, p.province])).values()];
      for (const province of provinces) {
        const here = points.filter((p) => p.provinceId === province.id);
        const communeCount = await tx.commune.count({ where: { provinceId: province.id } });
        const formerIds = [
          ...new Set(
            here.flatMap((p) => (p.formerCommune ? [p.formerCommune.formerProvinceId] : [])),
          ),
        ];
        const formers = await tx.formerProvince.findMany({
          where: { id: { in: formerIds } },
          select: { id: true, name: true, _count: { select: { formerCommunes: true } } },
          orderBy: { name: "asc" },
        });
        coverage.push({
          province: provinceRef(province) ?? {
            id: province.id,
            name: province.shortName,
            kind: province.kind,
          },
          today: coverageOf(
            here.map((p) => p.communeId),
            communeCount,
          ),
          former: formers.map((f) => ({
            formerProvinceId: f.id,
            name: f.name,
            coverage: coverageOf(
              here.flatMap((p) =>
                p.formerCommune?.formerProvinceId === f.id && p.formerCommuneId !== null
                  ? [p.formerCommuneId]
                  : [],
              ),
              f._count.formerCommunes,
            ),
          })),
        });
      }
    }

    // By ids, not through nested relation filters: row-level security then checks each table once.
    const teams = await tx.team.findMany({
      where: {
        pointId: { in: points.map((p) => p.id) },
        status: "ACTIVE",
        ...tenantWhere(ctx.scope),
      },
      select: { id: true },
    });
    const memberships = await tx.membership.findMany({
      where: { teamId: { in: teams.map((t) => t.id) }, leftOn: null, ...tenantWhere(ctx.scope) },
      select: { personId: true },
    });
    const activeTeams = teams.length;
    const openMemberships = memberships.length;
    const people = new Set(memberships.map((m) => m.personId));

    // The province the model began in first, then the widest coverage.
    coverage.sort(
      (a, b) =>
        Number(b.province.id === model.originProvinceId) -
          Number(a.province.id === model.originProvinceId) || b.today.covered - a.today.covered,
    );

    return {
      points: points.slice(0, REACH_POINTS_SHOWN).map((p) => ({
        id: p.id,
        name: p.name,
        status: p.status,
        establishedOn: p.establishedOn,
        commune: { id: p.communeId, name: p.commune.name },
        province: p.province.shortName,
        formerCommune: p.formerCommune?.name ?? null,
      })),
      pointTotal: points.length,
      byCommune: [...byCommune.values()].sort(
        (a, b) => b.points - a.points || a.name.localeCompare(b.name, "vi"),
      ),
      coverage,
      activeTeams,
      openMemberships,
      members: people.size,
    };
  });
}
