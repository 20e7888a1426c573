import { writeAudit } from "@/lib/audit/write-audit";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { withScope } from "@/lib/db/scoped";
import { auditActor, type UsersContext } from "./context";
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
    updatedAt: user.updatedAt.toISOString(),
  };
  return new ConflictError(current);
}

/**
 * Changes a user's name, role and units. The role must be one the caller may give, the user one
 * the caller may manage, and an administrator cannot change their own role or units. The change
 * applies at the user's next request (the guard re-reads the row). Refused when someone saved the
 * user since the form was read (`updatedAt`).
 */
export async function updateUser(
  ctx: UsersContext,
  input: UpdateUserInput,
): Promise<{ id: string; updatedAt: Date }> {
  return withScope(
    ctx.scope,
    async (tx) => {
      const before = await findUserInScope(tx, ctx, input.id);
      assertMayManage(ctx, before);
      if (before.updatedAt.getTime() !== input.updatedAt.getTime()) throw conflictOf(before);
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
      if (unchanged) return { id: before.id, updatedAt: before.updatedAt };

      // One statement, by id and scope and version: a row of another scope, or one changed meanwhile,
      // is not touched.
      const { count } = await tx.user.updateMany({
        where: { ...manageableUserWhere(ctx, input.id), updatedAt: before.updatedAt },
        data: { fullName: input.fullName, role: input.role, ...units },
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
      return { id: after.id, updatedAt: after.updatedAt };
    },
    { userId: ctx.user.id },
  );
}
