import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { Prisma, ProvinceKind } from "@/lib/generated/prisma/client";
import {
  afterCursor,
  type Cursor,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  pageOf,
} from "@/lib/lists/keyset";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { originSelect, toOrigin } from "./model-origin";
import type { ModelOrigin } from "./place-text";
import { modelsInScope } from "./rules";
import type { ModelListFilter, ModelListItem, ModelListPage, ProvinceRef } from "./types";

// The models list: the national catalog and the viewer's province's own models (the ministry: every
// province's), filtered, searched without diacritics (the generated searchKey under a trigram
// index), sorted by name, launch date or number of points, paged by keyset.

export const MODELS_PAGE_SIZE = DEFAULT_PAGE_SIZE;
/** An export holds at most this many rows (a province has hundreds, the country a few thousand). */
export const MODELS_EXPORT_MAX = 10_000;

export function modelListWhere(ctx: AuthContext, filter: ModelListFilter): Prisma.ModelWhereInput {
  const and: Prisma.ModelWhereInput[] = [modelsInScope(ctx.scope)];
  if (filter.field) and.push({ field: filter.field });
  if (filter.status) and.push({ status: filter.status });
  if (filter.level) and.push({ recognitions: { some: { level: filter.level } } });
  if (filter.owner === "catalog") and.push({ provinceId: null });
  if (filter.owner === "province") {
    if (ctx.scope.level !== "NATION") and.push({ provinceId: ctx.scope.provinceId });
    else and.push({ provinceId: filter.provinceId ?? { not: null } });
  } else if (ctx.scope.level === "NATION" && filter.provinceId && filter.owner !== "catalog") {
    and.push({ OR: [{ provinceId: null }, { provinceId: filter.provinceId }] });
  }
  const key = filter.q ? searchKey(filter.q).slice(0, 100) : "";
  if (key) and.push(searchKeyWhere(key));
  return { AND: and };
}

/** Points that count: not dissolved, in the viewer's scope (a commune sees its own). */
function countedPoints(ctx: AuthContext): Prisma.ReplicationPointWhereInput {
  return { status: { not: "DISSOLVED" }, ...tenantWhere(ctx.scope) };
}

function itemSelect(ctx: AuthContext) {
  return {
    id: true,
    name: true,
    searchKey: true,
    field: true,
    status: true,
    launchedOn: true,
    province: { select: { id: true, shortName: true, kind: true } },
    originProvince: { select: { id: true, shortName: true, kind: true } },
    recognitions: { select: { level: true }, orderBy: { level: "asc" } },
    _count: { select: { points: { where: countedPoints(ctx) } } },
  } as const satisfies Prisma.ModelSelect;
}
type ItemRow = Prisma.ModelGetPayload<{ select: ReturnType<typeof itemSelect> }>;

export function provinceRef(
  p: { id: number; shortName: string; kind: ProvinceKind } | null,
): ProvinceRef | null {
  return p ? { id: p.id, name: p.shortName, kind: p.kind } : null;
}

function toItem(row: ItemRow): ModelListItem & { searchKey: string } {
  return {
    id: row.id,
    name: row.name,
    searchKey: row.searchKey ?? "",
    field: row.field,
    status: row.status,
    ownerProvince: provinceRef(row.province),
    originProvince: provinceRef(row.originProvince),
    launchedOn: row.launchedOn,
    points: row._count.points,
    recognitionLevels: [...new Set(row.recognitions.map((r) => r.level))],
  };
}

async function fetchPage(
  tx: Tx,
  ctx: AuthContext,
  where: Prisma.ModelWhereInput,
  sort: ModelListFilter["sort"],
  cursor: Cursor | null,
  take: number,
): Promise<{ rows: ModelListItem[]; next: string | null }> {
  const select = itemSelect(ctx);
  if (sort === "launched") {
    const fetched = await tx.model.findMany({
      where: { AND: [where, afterCursor("launchedOn", cursor)] },
      select,
      orderBy: [{ launchedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: take + 1,
    });
    const items = fetched.map(toItem);
    return strip(pageOf(items, take, (r) => r.launchedOn?.toISOString() ?? null));
  }
  if (sort === "points") {
    // A count is no column to page on: the ids and counts of the matching models (hundreds in a
    // province, a few thousand in the country), ordered most points first, cut after the cursor.
    const counted = await tx.model.findMany({
      where,
      select: { id: true, _count: { select: { points: { where: countedPoints(ctx) } } } },
    });
    const ordered = counted
      .map((m) => ({ id: m.id, points: m._count.points }))
      .sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const start = cursor
      ? ordered.findIndex((m) => {
          const value = typeof cursor.value === "number" ? cursor.value : Number.MAX_SAFE_INTEGER;
          return m.points < value || (m.points === value && m.id > cursor.id);
        })
      : 0;
    const slice = start < 0 ? [] : ordered.slice(start, start + take + 1);
    const rows = await tx.model.findMany({ where: { id: { in: slice.map((m) => m.id) } }, select });
    const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
    const items = slice.flatMap((m) => {
      const item = byId.get(m.id);
      return item ? [item] : [];
    });
    return strip(pageOf(items, take, (r) => r.points));
  }
  const fetched = await tx.model.findMany({
    where: { AND: [where, afterCursor("searchKey", cursor)] },
    select,
    orderBy: [{ searchKey: "asc" }, { id: "asc" }],
    take: take + 1,
  });
  return strip(pageOf(fetched.map(toItem), take, (r) => r.searchKey));
}

function strip(page: { rows: (ModelListItem & { searchKey: string })[]; next: string | null }) {
  return {
    rows: page.rows.map(({ searchKey: _key, ...item }) => item),
    next: page.next,
  };
}

/** One page of the models the viewer may read, after `after` (a cursor from the address). */
export async function listModels(
  ctx: AuthContext,
  filter: ModelListFilter,
  after?: string | null,
): Promise<ModelListPage> {
  const where = modelListWhere(ctx, filter);
  const cursor = decodeCursor(after);
  return inScope(ctx, async (tx) => {
    const [total, page] = await Promise.all([
      tx.model.count({ where }),
      fetchPage(tx, ctx, where, filter.sort, cursor, MODELS_PAGE_SIZE),
    ]);
    return { ...page, total };
  });
}

/** Every model of the filter, in its order: for the Excel export. */
export async function listModelsForExport(
  ctx: AuthContext,
  filter: ModelListFilter,
): Promise<(ModelListItem & { origin: ModelOrigin })[]> {
  const where = modelListWhere(ctx, filter);
  return inScope(ctx, async (tx) => {
    const page = await fetchPage(tx, ctx, where, filter.sort, null, MODELS_EXPORT_MAX);
    const origins = await tx.model.findMany({
      where: { id: { in: page.rows.map((r) => r.id) } },
      select: { id: true, ...originSelect },
    });
    const byId = new Map(origins.map((o) => [o.id, toOrigin(o)]));
    const none: ModelOrigin = { originProvince: null, originCommune: null, originFormer: null };
    return page.rows.map((row) => ({ ...row, origin: byId.get(row.id) ?? none }));
  });
}
