import { inScope } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/auth/current-user";
import {
  count,
  intId,
  readSearchParam,
  type SearchParams,
  searchQuery,
} from "@/lib/validation/fields";
import { canManage, usersInScope } from "./rules";
import type { UserList, UserListItem } from "./types";

export const USERS_PAGE_SIZE = 50;
export const USERS_QUERY_MAX = 100;

export interface ListUsersFilter {
  /** The ministry may narrow the list to one province; ignored for a province's administrator. */
  provinceId?: number | undefined;
  /** Part of a username or a full name. */
  q?: string | undefined;
  page?: number | undefined;
}

export const userListSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  active: true,
  mustChangePassword: true,
  lastSignInAt: true,
  province: { select: { shortName: true } },
  commune: { select: { name: true, kind: true } },
} as const;

type ListRow = Prisma.UserGetPayload<{ select: typeof userListSelect }>;

export function toListItem(ctx: AuthContext, row: ListRow): UserListItem {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    provinceName: row.province?.shortName ?? null,
    communeName: row.commune?.name ?? null,
    communeKind: row.commune?.kind ?? null,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lastSignInAt: row.lastSignInAt,
    manageable: canManage(ctx.role, row.role),
  };
}

/**
 * The list's query string: ?q=words&province=id&page=n. A bad value (a NUL, a repeated parameter,
 * "0x10", a province id past int4) is left out and reported, never passed on to the database.
 */
export function parseUsersQuery(params: SearchParams): ListUsersFilter & { invalid: boolean } {
  const q = readSearchParam(params, "q", searchQuery(USERS_QUERY_MAX));
  const province = readSearchParam(params, "province", intId());
  const page = readSearchParam(params, "page", count());
  return {
    q: q.value,
    provinceId: province.value,
    page: page.value,
    invalid: q.invalid || province.invalid || page.invalid,
  };
}

/** The users in the caller's scope: the ministry sees all (by province if asked), a province its own. */
export async function listUsers(ctx: AuthContext, filter: ListUsersFilter = {}): Promise<UserList> {
  // Callers other than the page (tests, later features) get the same cleaning: never a NUL to
  // PostgreSQL, never an id past int4.
  const q = searchQuery(USERS_QUERY_MAX).safeParse(filter.q ?? "").data;
  const provinceId = intId().safeParse(filter.provinceId).data;
  const where: Prisma.UserWhereInput = {
    ...usersInScope(ctx.scope),
    ...(ctx.scope.level === "NATION" && provinceId ? { provinceId } : {}),
    ...(q
      ? {
          OR: [
            { username: { contains: q.toLowerCase() } },
            { fullName: { contains: q, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  return inScope(ctx, async (tx) => {
    const total = await tx.user.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1)), pageCount);
    const rows = await tx.user.findMany({
      where,
      select: userListSelect,
      orderBy: [{ role: "asc" }, { provinceId: "asc" }, { username: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    });
    return {
      rows: rows.map((row) => toListItem(ctx, row)),
      total,
      page,
      pageSize: USERS_PAGE_SIZE,
      pageCount,
    };
  });
}
