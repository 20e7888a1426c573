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
}

export interface AuditPage {
  rows: AuditRow[];
  /** Cursor of the page of newer rows (`after`), when there is one. */
  newer: string | null;
  /** Cursor of the page of older rows (`before`), when there is one. */
  older: string | null;
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

function filterWhere(viewer: AuthContext, filters: AuditFilters): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = startOfVietnamDay(filters.from);
  if (filters.to) at.lt = new Date(startOfVietnamDay(filters.to).getTime() + 24 * 60 * 60 * 1000);
  return {
    AND: [
      auditScopeWhere(viewer, filters.provinceId),
      filters.action ? { action: filters.action } : {},
      filters.username ? { username: { contains: filters.username, mode: "insensitive" } } : {},
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
  const where = filterWhere(viewer, filters);
  const maskCitizenIds = !hasPermission(viewer.role, "rosters.citizen-id");

  return inScope(viewer, async (tx) => {
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
      })),
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

async function unitNames(tx: Tx, rows: { provinceId: number | null; communeId: number | null }[]) {
  const provinceIds = [
    ...new Set(rows.flatMap((row) => (row.provinceId === null ? [] : [row.provinceId]))),
  ];
  const communeIds = [
    ...new Set(rows.flatMap((row) => (row.communeId === null ? [] : [row.communeId]))),
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
