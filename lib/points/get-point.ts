import { NotFoundError } from "@/lib/auth/errors";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { inRunningText } from "@/lib/places/labels";
import { openMemberCounts } from "@/lib/rosters/open-member-counts";
import { pointListSelect, toPointListItem } from "./list-points";
import { nextStatuses, pointsInScope } from "./rules";
import type { PointDetail } from "./types";

/** One point of the caller's scope with its history, yearly ratings and teams (with member counts). */
export async function getPoint(ctx: AuthContext, id: string): Promise<PointDetail> {
  return inScope(ctx, async (tx) => {
    const row = await tx.replicationPoint.findFirst({
      where: { id, ...pointsInScope(ctx.scope) },
      select: {
        ...pointListSelect,
        version: true,
        provinceId: true,
        communeId: true,
        modelId: true,
        residentialAreaId: true,
        organizationId: true,
        suspendedOn: true,
        dissolvedOn: true,
        dissolvedReason: true,
        formerCommune: { select: { name: true, districtName: true } },
        changes: {
          select: {
            id: true,
            fromStatus: true,
            toStatus: true,
            effectiveOn: true,
            reason: true,
            createdAt: true,
            userId: true,
          },
          orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
        },
        teams: {
          select: {
            id: true,
            name: true,
            kind: true,
            status: true,
          },
          orderBy: { name: "asc" },
        },
      },
    });
    if (!row) throw new NotFoundError("ReplicationPoint", id);
    const ratings = await tx.pointRating.findMany({
      where: { provinceId: row.provinceId, pointId: row.id },
      select: { year: true, rating: true, note: true },
      orderBy: { year: "desc" },
    });
    // Who recorded each change: names of users the caller may read (others stay unnamed).
    const userIds = [...new Set(row.changes.flatMap((c) => (c.userId ? [c.userId] : [])))];
    const users =
      userIds.length > 0
        ? await tx.user.findMany({
            where: { id: { in: userIds } },
            select: { id: true, fullName: true },
          })
        : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    const members = await openMemberCounts(
      tx,
      row.teams.map((t) => ({ id: t.id, provinceId: row.provinceId })),
    );
    return {
      ...toPointListItem(row),
      version: row.version,
      provinceId: row.provinceId,
      communeId: row.communeId,
      modelId: row.modelId,
      residentialAreaId: row.residentialAreaId,
      organizationId: row.organizationId,
      placeName: row.placeName,
      formerCommuneName: row.formerCommune
        ? `${row.formerCommune.name}, ${inRunningText(row.formerCommune.districtName)}`
        : null,
      suspendedOn: row.suspendedOn,
      dissolvedOn: row.dissolvedOn,
      dissolvedReason: row.dissolvedReason,
      history: row.changes.map((c) => ({
        id: c.id,
        fromStatus: c.fromStatus,
        toStatus: c.toStatus,
        effectiveOn: c.effectiveOn,
        reason: c.reason,
        recordedAt: c.createdAt,
        recordedBy: c.userId ? (names.get(c.userId) ?? null) : null,
      })),
      ratings,
      teams: row.teams.map((t) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        status: t.status,
        members: members(t.id),
      })),
      nextStatuses: [...nextStatuses(row.status)],
    };
  });
}
