import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { hasPermission } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { type FieldChange, type JsonValue, diffAudit } from "./audit-diff";
import {
  AUDIT_PAGE_SIZE,
  type AuditActionName,
  type AuditCursor,
  type AuditFilters,
} from "./audit-query";
import { startOfVietnamDay } from "./format-audit-time";

// The audit trail as its readers browse it: newest first, 50 rows a page, keyset on id (a page
// never shifts when new rows arrive). The ministry reads every row; a province administrator the
// rows of their province — the scope is in the where, whatever the filters say, and row-level
// security (policy audit_read) holds the same line behind it.

export interface AuditRow {
  id: string;
  at: Date;
  action: AuditActionName;
  username: string | null;
  role: Role | null;
  province: string | null;
  commune: string | null;
  ip: string | null;
  entity: string | null;
  entityId: string | null;
  detail: string | null;
  changes: FieldChange[];
  /** The user a row is about (entity User), by name; null when not a user or not visible here. */
  subject: AuditUserRef | null;
}

export interface AuditUserRef {
  id: string;
  username: string;
  fullName: string;
}

/** Names of the units and users that a page's changes refer to by id, read in the same transaction. */
export interface AuditNames {
  provinces: Record<string, string>;
  communes: Record<string, string>;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Cursor of the page of newer rows (`after`), when there is one. */
  newer: string | null;
  /** Cursor of the page of older rows (`before`), when there is one. */
  older: string | null;
  names: AuditNames;
}

/** The audit trail is the ministry's and the province administrators': no one else reads it. */
export function assertCanViewAudit(viewer: AuthContext): asserts viewer is AuthContext & {
  scope: Exclude<Scope, { level: "COMMUNE" }>;
} {
  if (!hasPermission(viewer.role, "audit.view") || viewer.scope.level === "COMMUNE") {
    throw new FormError("forbidden");
  }
}

export function auditScopeWhere(
  viewer: AuthContext,
  provinceFilter?: number,
): Prisma.AuditLogWhereInput {
  assertCanViewAudit(viewer);
  if (viewer.scope.level === "PROVINCE") return { provinceId: viewer.scope.provinceId };
  return provinceFilter === undefined ? {} : { provinceId: provinceFilter };
}

/**
 * Rows matching the username filter: the one who acted, or the user the row is about (the ids of
 * the users whose username matches, looked up first, in the viewer's scope).
 */
function usernameWhere(username: string, subjectIds: readonly string[]): Prisma.AuditLogWhereInput {
  const actor: Prisma.AuditLogWhereInput = {
    username: { contains: username, mode: "insensitive" },
  };
  if (subjectIds.length === 0) return actor;
  return { OR: [actor, { entity: "User", entityId: { in: [...subjectIds] } }] };
}

const MAX_SUBJECTS = 500;

function filterWhere(
  viewer: AuthContext,
  filters: AuditFilters,
  subjectIds: readonly string[] = [],
): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = startOfVietnamDay(filters.from);
  if (filters.to) at.lt = new Date(startOfVietnamDay(filters.to).getTime() + 24 * 60 * 60 * 1000);
  return {
    AND: [
      auditScopeWhere(viewer, filters.provinceId),
      filters.action ? { action: filters.action } : {},
      filters.username ? usernameWhere(filters.username, subjectIds) : {},
      filters.entity ? { entity: filters.entity } : {},
      filters.from || filters.to ? { at } : {},
    ],
  };
}

const rowSelect = {
  id: true,
  at: true,
  action: true,
  username: true,
  role: true,
  provinceId: true,
  communeId: true,
  ip: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  detail: true,
} satisfies Prisma.AuditLogSelect;

export async function listAudit(
  viewer: AuthContext,
  filters: AuditFilters,
  cursor: AuditCursor = null,
): Promise<AuditPage> {
  assertCanViewAudit(viewer);
  const maskCitizenIds = !hasPermission(viewer.role, "rosters.citizen-id");

  return inScope(viewer, async (tx) => {
    const subjects = filters.username
      ? await tx.user.findMany({
          where: { username: { contains: filters.username, mode: "insensitive" } },
          select: { id: true },
          take: MAX_SUBJECTS,
        })
      : [];
    const where = filterWhere(
      viewer,
      filters,
      subjects.map((user) => user.id),
    );
    const newerFirst = cursor !== null && "after" in cursor;
    const found = await tx.auditLog.findMany({
      where: {
        AND: [
          where,
          cursor === null
            ? {}
            : "before" in cursor
              ? { id: { lt: cursor.before } }
              : { id: { gt: cursor.after } },
        ],
      },
      orderBy: { id: newerFirst ? "asc" : "desc" },
      take: AUDIT_PAGE_SIZE,
      select: rowSelect,
    });
    const rows = newerFirst ? found.reverse() : found;
    const newest = rows[0]?.id;
    const oldest = rows[rows.length - 1]?.id;
    const [hasNewer, hasOlder, names] = await Promise.all([
      newest === undefined ? false : exists(tx, where, { gt: newest }),
      oldest === undefined ? false : exists(tx, where, { lt: oldest }),
      unitNames(tx, rows),
    ]);
    const users = await usersOf(tx, rows);

    return {
      rows: rows.map((row) => ({
        id: row.id.toString(),
        at: row.at,
        action: row.action,
        username: row.username,
        role: row.role,
        province: row.provinceId === null ? null : (names.provinces.get(row.provinceId) ?? null),
        commune: row.communeId === null ? null : (names.communes.get(row.communeId) ?? null),
        ip: row.ip,
        entity: row.entity,
        entityId: row.entityId,
        detail: row.detail,
        changes: diffAudit(row.before as JsonValue | null, row.after as JsonValue | null, {
          maskCitizenIds,
        }),
        subject: row.entity === "User" && row.entityId ? (users.get(row.entityId) ?? null) : null,
      })),
      names: {
        provinces: Object.fromEntries(names.provinces),
        communes: Object.fromEntries(names.communes),
      },
      newer: hasNewer && newest !== undefined ? newest.toString() : null,
      older: hasOlder && oldest !== undefined ? oldest.toString() : null,
    };
  });
}

async function exists(
  tx: Tx,
  where: Prisma.AuditLogWhereInput,
  id: Prisma.BigIntFilter,
): Promise<boolean> {
  const row = await tx.auditLog.findFirst({
    where: { AND: [where, { id }] },
    select: { id: true },
  });
  return row !== null;
}

interface IdRow {
  provinceId: number | null;
  communeId: number | null;
  before: unknown;
  after: unknown;
}

/** The ids a row's recorded values name in `field` (e.g. a user's communeId before and after). */
function valueIds(row: IdRow, field: "provinceId" | "communeId"): number[] {
  return [row.before, row.after].flatMap((value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
    const id = (value as Record<string, unknown>)[field];
    return typeof id === "number" && Number.isInteger(id) ? [id] : [];
  });
}

async function unitNames(tx: Tx, rows: IdRow[]) {
  const provinceIds = [
    ...new Set(
      rows.flatMap((row) => [
        ...(row.provinceId === null ? [] : [row.provinceId]),
        ...valueIds(row, "provinceId"),
      ]),
    ),
  ];
  const communeIds = [
    ...new Set(
      rows.flatMap((row) => [
        ...(row.communeId === null ? [] : [row.communeId]),
        ...valueIds(row, "communeId"),
      ]),
    ),
  ];
  const [provinces, communes] = await Promise.all([
    provinceIds.length
      ? tx.province.findMany({
          where: { id: { in: provinceIds } },
          select: { id: true, shortName: true },
        })
      : [],
    communeIds.length
      ? tx.commune.findMany({ where: { id: { in: communeIds } }, select: { id: true, name: true } })
      : [],
  ]);
  return {
    provinces: new Map(provinces.map((p) => [p.id, p.shortName])),
    communes: new Map(communes.map((c) => [c.id, c.name])),
  };
}

/** The users the rows are about, by id (those the viewer's scope can read). */
async function usersOf(
  tx: Tx,
  rows: { entity: string | null; entityId: string | null }[],
): Promise<Map<string, AuditUserRef>> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const ids = [
    ...new Set(
      rows.flatMap((row) =>
        row.entity === "User" && row.entityId && UUID.test(row.entityId) ? [row.entityId] : [],
      ),
    ),
  ];
  if (ids.length === 0) return new Map();
  const users = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, username: true, fullName: true },
  });
  return new Map(users.map((user) => [user.id, user]));
}
