import type { AuthContext } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/scoped";
import type { AuditAction, Prisma, Role } from "@/lib/generated/prisma/client";

export interface AuditActor {
  userId?: string | null;
  username?: string | null;
  role?: Role | null;
  provinceId?: number | null;
  communeId?: number | null;
  ip?: string | null;
}

/**
 * The one audit-actor builder: who acts (the context the guard built) and where the change
 * happened — by default the actor's own units; a change to another unit's row names that unit, so
 * that the unit's own administrators see it in their trail.
 */
export function auditActor(
  ctx: Pick<AuthContext, "user" | "role" | "ip">,
  place?: { provinceId: number | null; communeId: number | null },
): AuditActor {
  return {
    userId: ctx.user.id,
    username: ctx.user.username,
    role: ctx.role,
    provinceId: place ? (place.provinceId ?? ctx.user.provinceId) : ctx.user.provinceId,
    communeId: place ? place.communeId : ctx.user.communeId,
    ip: ctx.ip,
  };
}

export interface AuditEntry {
  action: AuditAction;
  entity?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  detail?: string;
}

// Values are stored as JSON: BigInt as a string, Dates as ISO strings, secrets never (the
// password hash is omitted by the client and dropped here if a caller passes it).
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === "passwordHash" ? undefined : typeof v === "bigint" ? v.toString() : v,
    ),
  ) as Prisma.InputJsonValue;
}

/** Appends one row to the audit trail, in the caller's transaction (so it commits with the change). */
export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  // createMany: a plain INSERT. create() adds RETURNING, which needs the row to be readable too,
  // and a failed sign-in (no scope) may append to the trail but not read it.
  await tx.auditLog.createMany({
    data: {
      action: entry.action,
      userId: actor.userId ?? null,
      username: actor.username ?? null,
      role: actor.role ?? null,
      provinceId: actor.provinceId ?? null,
      communeId: actor.communeId ?? null,
      ip: actor.ip ?? null,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      detail: entry.detail ?? null,
    },
  });
}
