import type { AuditActor } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";

/** What the users functions know about the caller: the guard's context, re-read from the database. */
export type UsersContext = Pick<AuthContext, "user" | "role" | "scope" | "ip">;

/**
 * The audit actor of a change to a user. The audit row's province and commune are where the change
 * happened (the user's units), so that a province sees the ministry's changes to its own users.
 */
export function auditActor(
  ctx: UsersContext,
  place: { provinceId: number | null; communeId: number | null },
): AuditActor {
  return {
    userId: ctx.user.id,
    username: ctx.user.username,
    role: ctx.role,
    provinceId: place.provinceId ?? ctx.user.provinceId,
    communeId: place.communeId,
    ip: ctx.ip,
  };
}
