import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import { findUserInScope } from "./find-user";
import { assertMayGrant, assertMayManage, manageableUserWhere, resolveUnits } from "./rules";
import type { UpdateUserInput } from "./schemas";
import type { UserConflict } from "./types";
import { auditValues, type UserRecord } from "./user-record";

function conflictOf(user: UserRecord): ConflictError {
  const current: UserConflict = {
    fullName: user.fullName,
    role: user.role,
    provinceId: user.provinceId,
    communeId: user.communeId,
    active: user.active,
    version: user.version,
  };
  return new ConflictError(current);
}

/**
 * Changes a user's name, role and units. The role must be one the caller may give, the user one
 * the caller may manage, and an administrator cannot change their own role or units. The change
 * applies at the user's next request (the guard re-reads the row). Refused when someone saved the
 * user since the form was read (its `version`: signing in does not change it, an edit does).
 */
export async function updateUser(
  ctx: AuthContext,
  input: UpdateUserInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findUserInScope(tx, ctx, input.id);
    assertMayManage(ctx, before);
    if (before.version !== input.version) throw conflictOf(before);
    const self = before.id === ctx.user.id;
    if (self && input.role !== before.role)
      throw new FieldErrors({ role: { key: "cannotChangeSelf" } });
    assertMayGrant(ctx, input.role);
    const units = self
      ? { provinceId: before.provinceId, communeId: before.communeId }
      : await resolveUnits(tx, ctx.scope, input.role, input);

    const unchanged =
      input.fullName === before.fullName &&
      input.role === before.role &&
      units.provinceId === before.provinceId &&
      units.communeId === before.communeId;
    if (unchanged) return { id: before.id, version: before.version };

    // One statement, by id and scope and version: a row of another scope, or one changed meanwhile,
    // is not touched.
    const { count } = await tx.user.updateMany({
      where: { ...manageableUserWhere(ctx, input.id), version: before.version },
      data: { fullName: input.fullName, role: input.role, ...units, version: { increment: 1 } },
    });
    if (count === 0) throw conflictOf(await findUserInScope(tx, ctx, input.id));
    const after = await findUserInScope(tx, ctx, input.id);
    await writeAudit(tx, auditActor(ctx, units), {
      action: "UPDATE",
      entity: "User",
      entityId: before.id,
      before: auditValues(before),
      after: auditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
