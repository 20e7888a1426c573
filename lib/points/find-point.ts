import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import type { AuthContext } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pointsInScope } from "./rules";
import type { PointConflict } from "./types";

export const pointRecordSelect = {
  id: true,
  provinceId: true,
  communeId: true,
  modelId: true,
  formerCommuneId: true,
  residentialAreaId: true,
  organizationId: true,
  name: true,
  placeName: true,
  establishedOn: true,
  leadOrganization: true,
  status: true,
  suspendedOn: true,
  dissolvedOn: true,
  dissolvedReason: true,
  version: true,
} as const;

export type PointRecord = Prisma.ReplicationPointGetPayload<{ select: typeof pointRecordSelect }>;

/** The where of one point by id in the caller's scope (updates name it with the version too). */
export function pointWhere(ctx: AuthContext, id: string): Prisma.ReplicationPointWhereInput {
  return { id, ...pointsInScope(ctx.scope) };
}

/** A point in the caller's scope; another scope's point is "not found", never "forbidden". */
export async function findPointInScope(tx: Tx, ctx: AuthContext, id: string): Promise<PointRecord> {
  const point = await tx.replicationPoint.findFirst({
    where: pointWhere(ctx, id),
    select: pointRecordSelect,
  });
  if (!point) throw new NotFoundError("ReplicationPoint", id);
  return point;
}

export function pointConflict(point: PointRecord): ConflictError {
  const current: PointConflict = { version: point.version, name: point.name, status: point.status };
  return new ConflictError(current);
}

/** The values the audit trail keeps of a point. */
export function pointAuditValues(point: PointRecord) {
  return {
    name: point.name,
    modelId: point.modelId,
    communeId: point.communeId,
    residentialAreaId: point.residentialAreaId,
    organizationId: point.organizationId,
    placeName: point.placeName,
    leadOrganization: point.leadOrganization,
    establishedOn: point.establishedOn,
    status: point.status,
    suspendedOn: point.suspendedOn,
    dissolvedOn: point.dissolvedOn,
    dissolvedReason: point.dissolvedReason,
    version: point.version,
  };
}
