import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import {
  afterCursor,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  type KeysetPage,
  pageOf,
} from "@/lib/lists/keyset";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { placesInScope } from "./rules";
import type { PlaceType } from "./schemas";
import type { FormerCommuneOption, PlaceCommune, PlaceListItem } from "./types";

export interface PlaceListFilter {
  communeId: number;
  q?: string | undefined;
  /** Also those taken out of use. */
  all?: boolean | undefined;
  after?: string | undefined;
}

export interface PlaceList extends KeysetPage<PlaceListItem> {
  total: number;
}

const select = {
  id: true,
  name: true,
  searchKey: true,
  kind: true,
  formerCommuneId: true,
  active: true,
  version: true,
  formerCommune: { select: { name: true } },
  _count: { select: { points: true } },
} as const;

/** One commune's residential areas or organisations, by name, a keyset page at a time. */
export async function listPlaces(
  ctx: AuthContext,
  type: PlaceType,
  filter: PlaceListFilter,
  take = DEFAULT_PAGE_SIZE,
): Promise<PlaceList> {
  const key = filter.q ? searchKey(filter.q) : "";
  const where = {
    ...placesInScope(ctx.scope),
    communeId: ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : filter.communeId,
    ...(filter.all ? {} : { active: true }),
    ...(key ? searchKeyWhere(key) : {}),
  };
  const paged = {
    AND: [where, afterCursor("searchKey", decodeCursor(filter.after))],
  };
  const orderBy = [{ searchKey: "asc" as const }, { id: "asc" as const }];
  return inScope(ctx, async (tx) => {
    if (type === "area") {
      const total = await tx.residentialArea.count({ where });
      const rows = await tx.residentialArea.findMany({
        where: paged,
        select: { ...select, households: true },
        orderBy,
        take: take + 1,
      });
      const page = pageOf(rows, take, (r) => r.searchKey);
      return { total, next: page.next, rows: page.rows.map((r) => item(r, "area", r.households)) };
    }
    const total = await tx.organization.count({ where });
    const rows = await tx.organization.findMany({ where: paged, select, orderBy, take: take + 1 });
    const page = pageOf(rows, take, (r) => r.searchKey);
    return { total, next: page.next, rows: page.rows.map((r) => item(r, "organization", null)) };
  });
}

function item(
  row: {
    id: string;
    name: string;
    kind: PlaceListItem["kind"];
    formerCommuneId: number | null;
    active: boolean;
    version: number;
    formerCommune: { name: string } | null;
    _count: { points: number };
  },
  type: PlaceType,
  households: number | null,
): PlaceListItem {
  return {
    id: row.id,
    type,
    name: row.name,
    kind: row.kind,
    formerCommuneId: row.formerCommuneId,
    formerCommuneName: row.formerCommune?.name ?? null,
    households,
    active: row.active,
    version: row.version,
    points: row._count.points,
  };
}

/** The communes whose places the caller keeps: their own, or their province's. */
export async function listPlaceCommunes(ctx: AuthContext): Promise<PlaceCommune[]> {
  const scope = ctx.scope;
  if (scope.level === "NATION") return [];
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

/** The former communes that merged into this commune in 2025 (the form's "xã cũ"). */
export async function listFormerCommunes(
  ctx: AuthContext,
  communeId: number,
): Promise<FormerCommuneOption[]> {
  return inScope(ctx, async (tx) => {
    const rows = await tx.communeMapping.findMany({
      where: { communeId },
      select: { formerCommune: { select: { id: true, name: true, districtName: true } } },
    });
    return rows.map((r) => r.formerCommune).sort((a, b) => a.name.localeCompare(b.name, "vi"));
  });
}
