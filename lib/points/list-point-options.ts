import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { modelsForScope } from "./rules";
import type { CommuneOption, PointFilterOptions, PointFormOptions } from "./types";

/** What the list's filters offer: the ministry's provinces, the province's communes, the models. */
export async function listPointFilterOptions(
  ctx: AuthContext,
  provinceId?: number,
): Promise<PointFilterOptions> {
  return inScope(ctx, async (tx) => {
    const province = ctx.scope.level === "NATION" ? (provinceId ?? null) : ctx.scope.provinceId;
    const provinces =
      ctx.scope.level === "NATION"
        ? await tx.province.findMany({
            select: { id: true, shortName: true },
            orderBy: { shortName: "asc" },
          })
        : [];
    const communes: CommuneOption[] =
      province !== null && ctx.scope.level !== "COMMUNE"
        ? await tx.commune.findMany({
            where: { provinceId: province },
            select: { id: true, name: true, kind: true },
            orderBy: { name: "asc" },
          })
        : [];
    const models = await tx.model.findMany({
      where: {
        ...(province !== null
          ? { OR: [{ provinceId: null }, { provinceId: province }] }
          : modelsForScope(ctx.scope)),
        points: { some: {} },
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    return {
      provinces: provinces.map((p) => ({ id: p.id, name: p.shortName })),
      communes,
      models,
    };
  });
}

/** The communes a province officer may register a point in. */
export async function listPointCommunes(ctx: AuthContext): Promise<CommuneOption[]> {
  if (ctx.scope.level === "NATION") return [];
  const scope = ctx.scope;
  return inScope(ctx, (tx) =>
    tx.commune.findMany({
      where: {
        provinceId: scope.provinceId,
        ...(scope.level === "COMMUNE" ? { id: scope.communeId } : {}),
      },
      select: { id: true, name: true, kind: true },
      orderBy: { name: "asc" },
    }),
  );
}

/** What the create and edit forms offer for a point in this commune. */
export async function listPointFormOptions(
  ctx: AuthContext,
  communeId: number,
): Promise<PointFormOptions> {
  if (ctx.scope.level === "NATION") return { models: [], areas: [], organizations: [] };
  const provinceId = ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const models = await tx.model.findMany({
      where: { status: "ACTIVE", ...modelsForScope(ctx.scope) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const place = { provinceId, communeId, active: true };
    const select = {
      id: true,
      name: true,
      kind: true,
      formerCommune: { select: { name: true } },
    } as const;
    const areas = await tx.residentialArea.findMany({
      where: place,
      select,
      orderBy: [{ searchKey: "asc" }, { id: "asc" }],
    });
    const organizations = await tx.organization.findMany({
      where: place,
      select,
      orderBy: [{ searchKey: "asc" }, { id: "asc" }],
    });
    const option = (row: (typeof areas)[number] | (typeof organizations)[number]) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      formerCommuneName: row.formerCommune?.name ?? null,
    });
    return { models, areas: areas.map(option), organizations: organizations.map(option) };
  });
}
