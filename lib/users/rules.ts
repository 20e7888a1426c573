import { FieldErrors, FormError } from "@/lib/auth/errors";
import { MANAGEABLE_ROLES, type Role } from "@/lib/auth/permissions";
import { type Scope, tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";

// Who may manage whom. A user of role R may create and edit users whose role is in
// MANAGEABLE_ROLES[R] (never more power than their own), inside their scope, and may not change
// their own role or units, nor deactivate themselves.

export function manageableRoles(role: Role): Role[] {
  return [...MANAGEABLE_ROLES[role]];
}

export function canManage(actorRole: Role, targetRole: Role): boolean {
  return MANAGEABLE_ROLES[actorRole].includes(targetRole);
}

/** `where` of the users in the caller's scope: the ministry all, a province its own. */
export function usersInScope(scope: Scope): { provinceId?: number; communeId?: number } {
  return tenantWhere(scope);
}

/** `where` of one user that the caller may manage: in scope, with a role the caller may manage. */
export function manageableUserWhere(ctx: AuthContext, id: string) {
  return { id, ...usersInScope(ctx.scope), role: { in: manageableRoles(ctx.role) } };
}

/** Refuses a role the caller may not give. */
export function assertMayGrant(ctx: AuthContext, role: Role): void {
  if (!canManage(ctx.role, role)) throw new FieldErrors({ role: { key: "roleNotAllowed" } });
}

/** Refuses a user (found in scope) whose current role the caller may not manage. */
export function assertMayManage(ctx: AuthContext, target: { role: Role }): void {
  if (!canManage(ctx.role, target.role)) throw new FormError("userNotManageable");
}

export interface RequestedUnits {
  provinceId?: number | undefined;
  communeId?: number | undefined;
}

export interface Units {
  provinceId: number | null;
  communeId: number | null;
}

/**
 * The province and commune of a user of `role`, as the caller's scope allows. A province user's
 * province is always the caller's own, whatever the browser sent; only the ministry names a
 * province. A commune must be one of that province's communes, checked against the Commune table.
 */
export async function resolveUnits(
  tx: Tx,
  scope: Scope,
  role: Role,
  requested: RequestedUnits,
): Promise<Units> {
  if (role === "MINISTRY_ADMIN" || role === "MINISTRY_ANALYST")
    return { provinceId: null, communeId: null };

  let provinceId: number;
  if (scope.level === "NATION") {
    const province = requested.provinceId
      ? await tx.province.findUnique({ where: { id: requested.provinceId }, select: { id: true } })
      : null;
    if (!province) throw new FieldErrors({ provinceId: { key: "provinceRequired" } });
    provinceId = province.id;
  } else {
    provinceId = scope.provinceId;
  }
  if (role === "PROVINCE_ADMIN" || role === "PROVINCE_OFFICER")
    return { provinceId, communeId: null };

  if (!requested.communeId) throw new FieldErrors({ communeId: { key: "communeRequired" } });
  const commune = await tx.commune.findFirst({
    where: { id: requested.communeId, provinceId },
    select: { id: true },
  });
  if (!commune) throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  return { provinceId, communeId: commune.id };
}
