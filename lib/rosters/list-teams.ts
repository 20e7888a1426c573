import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { Prisma, TeamKind, TeamStatus } from "@/lib/generated/prisma/client";
import { afterCursor, type Cursor, DEFAULT_PAGE_SIZE, pageOf } from "@/lib/lists/keyset";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { openMemberCounts } from "./open-member-counts";
import { teamsInScope } from "./scope";

export type TeamSort = "name" | "established";

export interface ListTeamsFilter {
  kind?: TeamKind | undefined;
  pointId?: string | undefined;
  areaId?: string | undefined;
  status?: TeamStatus | undefined;
  communeId?: number | undefined;
  q?: string | undefined;
  sort?: TeamSort | undefined;
  cursor?: Cursor | null;
}

export interface TeamListItem {
  id: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  establishedOn: Date | null;
  dissolvedOn: Date | null;
  communeName: string;
  pointName: string | null;
  areaNames: string[];
  members: number;
}

/** Teams of the caller's scope, filtered, in pages of 50 by keyset (name or founding date, then id). */
export async function listTeams(ctx: AuthContext, filter: ListTeamsFilter = {}) {
  const key = filter.q ? searchKey(filter.q).slice(0, 100) : "";
  const sort = filter.sort ?? "name";
  const field = sort === "name" ? "searchKey" : "establishedOn";
  const after = afterCursor(field, filter.cursor ?? null);
  const cursorWhere = sort === "established" ? fixDates(after) : (after as Prisma.TeamWhereInput);
  const where: Prisma.TeamWhereInput = {
    ...teamsInScope(ctx),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.pointId ? { pointId: filter.pointId } : {}),
    ...(filter.communeId && ctx.scope.level !== "COMMUNE" ? { communeId: filter.communeId } : {}),
    ...(filter.areaId ? { areas: { some: { residentialAreaId: filter.areaId } } } : {}),
    // The team's own name, or its point's ("cuu chien binh" finds the veterans' club's teams).
    ...(key
      ? {
          OR: [searchKeyWhere(key), { point: { is: searchKeyWhere(key) } }],
        }
      : {}),
  };
  return inScope(ctx, async (tx) => {
    const [total, rows] = await Promise.all([
      tx.team.count({ where }),
      tx.team.findMany({
        where: { AND: [where, cursorWhere] },
        orderBy: [{ [field]: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        take: DEFAULT_PAGE_SIZE + 1,
        select: {
          id: true,
          name: true,
          searchKey: true,
          kind: true,
          status: true,
          establishedOn: true,
          dissolvedOn: true,
          commune: { select: { name: true } },
          point: { select: { name: true } },
          areas: { select: { residentialArea: { select: { name: true } } }, take: 5 },
          provinceId: true,
        },
      }),
    ]);
    const page = pageOf(rows, DEFAULT_PAGE_SIZE, (row) =>
      sort === "name" ? row.searchKey : (row.establishedOn?.toISOString() ?? null),
    );
    const members = await openMemberCounts(tx, page.rows);
    return {
      total,
      next: page.next,
      rows: page.rows.map((row): TeamListItem => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        status: row.status,
        establishedOn: row.establishedOn,
        dissolvedOn: row.dissolvedOn,
        communeName: row.commune.name,
        pointName: row.point?.name ?? null,
        areaNames: row.areas.map((a) => a.residentialArea.name),
        members: members(row.id),
      })),
    };
  });
}

// A date cursor travels as ISO text: compare it as a date.
function fixDates(where: Record<string, unknown>): Prisma.TeamWhereInput {
  return JSON.parse(JSON.stringify(where), (_key, value: unknown) =>
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : value,
  ) as Prisma.TeamWhereInput;
}
