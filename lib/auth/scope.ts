import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Where a user may act: the whole nation (ministry), one province, or one commune of a province.
 * Always derived on the server from the user's row, never from anything the browser sends.
 */
export type Scope =
  | { level: "NATION" }
  | { level: "PROVINCE"; provinceId: number }
  | { level: "COMMUNE"; provinceId: number; communeId: number };

export interface ScopedUserRow {
  role: Role;
  provinceId: number | null;
  communeId: number | null;
}

/** The scope of a user row; null when the row is inconsistent (the database forbids that). */
export function scopeOf(user: ScopedUserRow): Scope | null {
  switch (user.role) {
    case "MINISTRY_ADMIN":
    case "MINISTRY_ANALYST":
      return { level: "NATION" };
    case "PROVINCE_ADMIN":
    case "PROVINCE_OFFICER":
      return user.provinceId === null ? null : { level: "PROVINCE", provinceId: user.provinceId };
    case "COMMUNE_OFFICER":
      return user.provinceId === null || user.communeId === null
        ? null
        : { level: "COMMUNE", provinceId: user.provinceId, communeId: user.communeId };
  }
}

/**
 * `where` fragment for a table that carries provinceId (and communeId): the ministry sees all, a
 * province its own rows, a commune its own commune's rows.
 */
export function tenantWhere(scope: Scope): { provinceId?: number; communeId?: number } {
  switch (scope.level) {
    case "NATION":
      return {};
    case "PROVINCE":
      return { provinceId: scope.provinceId };
    case "COMMUNE":
      return { provinceId: scope.provinceId, communeId: scope.communeId };
  }
}

/** `where` fragment for a province-level table (no communeId): a commune sees its province's rows. */
export function provinceWhere(scope: Scope): { provinceId?: number } {
  return scope.level === "NATION" ? {} : { provinceId: scope.provinceId };
}
