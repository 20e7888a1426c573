import { inScope, type Tx } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  afterCursor,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  type KeysetPage,
  pageOf,
} from "@/lib/lists/keyset";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { pointsInScope } from "./rules";
import type { PointFilter, PointSort } from "./schemas";
import type { PointListItem } from "./types";

export const pointListSelect = {
  id: true,
  name: true,
  searchKey: true,
  establishedOn: true,
  leadOrganization: true,
  status: true,
  placeName: true,
  model: { select: { name: true } },
  commune: { select: { name: true, kind: true } },
  province: { select: { shortName: true } },
  residentialArea: { select: { name: true, formerCommune: { select: { name: true } } } },
  organization: { select: { name: true, formerCommune: { select: { name: true } } } },
  ratings: { select: { year: true, rating: true }, orderBy: { year: "desc" }, take: 1 },
} as const;

type ListRow = Prisma.ReplicationPointGetPayload<{ select: typeof pointListSelect }>;

export function toPointListItem(row: ListRow): PointListItem {
  const place = row.residentialArea ?? row.organization;
  const rating = row.ratings[0];
  return {
    id: row.id,
    name: row.name,
    modelName: row.model.name,
    communeName: row.commune.name,
    communeKind: row.commune.kind,
    provinceName: row.province.shortName,
    place: place
      ? { name: place.name, formerCommuneName: place.formerCommune?.name ?? null }
      : row.placeName
        ? { name: row.placeName, formerCommuneName: null }
        : null,
    leadOrganization: row.leadOrganization,
    establishedOn: row.establishedOn,
    status: row.status,
    latestRating: rating ? { year: rating.year, rating: rating.rating } : null,
  };
}

const SORTS: Record<
  PointSort,
  { field: "searchKey" | "establishedOn"; direction: "asc" | "desc" }
> = {
  name: { field: "searchKey", direction: "asc" },
  "established-desc": { field: "establishedOn", direction: "desc" },
  "established-asc": { field: "establishedOn", direction: "asc" },
};

/** The where of the list: the caller's scope first, then the filters (a commune sees its own only). */
export function pointListWhere(
  ctx: AuthContext,
  filter: Partial<PointFilter>,
): Prisma.ReplicationPointWhereInput {
  const key = filter.q ? searchKey(filter.q) : "";
  return {
    ...pointsInScope(ctx.scope),
    ...(ctx.scope.level === "NATION" && filter.provinceId ? { provinceId: filter.provinceId } : {}),
    ...(ctx.scope.level !== "COMMUNE" && filter.communeId ? { communeId: filter.communeId } : {}),
    ...(filter.modelId ? { modelId: filter.modelId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.lead ? { leadOrganization: filter.lead } : {}),
    ...(key ? searchKeyWhere(key) : {}),
  };
}

function cursorValue(row: ListRow, sort: PointSort): string | null {
  return SORTS[sort].field === "searchKey" ? row.searchKey : row.establishedOn.toISOString();
}

/** One keyset page of points, in the order asked for; `take` rows (50 by default). */
export async function fetchPointPage(
  tx: Tx,
  ctx: AuthContext,
  filter: Partial<PointFilter>,
  take = DEFAULT_PAGE_SIZE,
): Promise<KeysetPage<PointListItem>> {
  const sort = filter.sort ?? "name";
  const { field, direction } = SORTS[sort];
  const cursor = decodeCursor(filter.after);
  const rows = await tx.replicationPoint.findMany({
    where: {
      AND: [
        pointListWhere(ctx, filter),
        afterCursor(field, cursor, direction) as Prisma.ReplicationPointWhereInput,
      ],
    },
    select: pointListSelect,
    orderBy: [{ [field]: direction }, { id: direction }],
    take: take + 1,
  });
  const page = pageOf(rows, take, (row) => cursorValue(row, sort));
  return { rows: page.rows.map(toPointListItem), next: page.next };
}

export interface PointList extends KeysetPage<PointListItem> {
  total: number;
}

/** The points in the caller's scope, filtered, one keyset page at a time, with the total. */
export async function listPoints(
  ctx: AuthContext,
  filter: Partial<PointFilter> = {},
): Promise<PointList> {
  return inScope(ctx, async (tx) => {
    // One after the other: a transaction runs one statement at a time anyway.
    const total = await tx.replicationPoint.count({ where: pointListWhere(ctx, filter) });
    const page = await fetchPointPage(tx, ctx, filter);
    return { total, ...page };
  });
}
