import type { AuditAction, Prisma, Role } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/scoped";

export interface AuditActor {
  userId?: string | null;
  username?: string | null;
  role?: Role | null;
  provinceId?: number | null;
  communeId?: number | null;
  ip?: string | null;
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
