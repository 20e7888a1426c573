import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MERGER_YEAR } from "@/lib/safety/rules";
import type { CreateAwardInput } from "./schemas";

// Awards (Bằng khen, Giấy khen, Kỷ niệm chương, Cờ thi đua) of a province. The ministry reads all;
// a province reads and writes its own; a commune reads its own commune's and the province's own.

/** The day of the 2025 merger: an award before it may name the former province it was given in. */
export const MERGER_DAY = `${MERGER_YEAR}-07-01`;

export function awardsInScope(ctx: AuthContext): Prisma.AwardWhereInput {
  switch (ctx.scope.level) {
    case "NATION":
      return {};
    case "PROVINCE":
      return { provinceId: ctx.scope.provinceId };
    case "COMMUNE":
      return {
        provinceId: ctx.scope.provinceId,
        OR: [{ communeId: ctx.scope.communeId }, { communeId: null }],
      };
  }
}

/** The award's links checked against the province: commune, team, point, former province. */
export async function checkedLinks(tx: Tx, provinceId: number, input: CreateAwardInput) {
  const errors: ConstructorParameters<typeof FieldErrors>[0] = {};
  if (input.recipientKind === "PERSON" && (input.teamId || input.pointId))
    errors[input.teamId ? "teamId" : "pointId"] = { key: "awardPersonNoLink" };
  if (input.teamId && input.pointId) errors.pointId = { key: "awardOneLink" };
  if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
  let communeId = input.communeId ?? null;
  if (communeId !== null) {
    const commune = await tx.commune.findFirst({
      where: { id: communeId, provinceId },
      select: { id: true },
    });
    if (!commune) throw new FieldErrors({ communeId: { key: "communeOutOfScope" } });
  }
  if (input.teamId) {
    const team = await tx.team.findFirst({
      where: { id: input.teamId, provinceId },
      select: { communeId: true },
    });
    if (!team) throw new FieldErrors({ teamId: { key: "awardTeamOutOfScope" } });
    communeId = team.communeId;
  }
  if (input.pointId) {
    const point = await tx.replicationPoint.findFirst({
      where: { id: input.pointId, provinceId },
      select: { communeId: true },
    });
    if (!point) throw new FieldErrors({ pointId: { key: "awardPointOutOfScope" } });
    communeId = point.communeId;
  }
  let formerProvinceId: number | null = null;
  if (input.formerProvinceId !== undefined) {
    if (input.awardedOn >= MERGER_DAY)
      throw new FieldErrors({ formerProvinceId: { key: "safetyFormerCommuneNotAllowed" } });
    const former = await tx.formerProvince.findFirst({
      where: { id: input.formerProvinceId, successorId: provinceId },
      select: { id: true },
    });
    if (!former) throw new FieldErrors({ formerProvinceId: { key: "inputNotChoice" } });
    formerProvinceId = former.id;
  }
  return {
    communeId,
    teamId: input.teamId ?? null,
    pointId: input.pointId ?? null,
    formerProvinceId,
  };
}

export function awardValues(input: CreateAwardInput) {
  return {
    kind: input.kind,
    issuer: input.issuer,
    recipientKind: input.recipientKind,
    recipientName: input.recipientName,
    decisionNumber: input.decisionNumber,
    awardedOn: new Date(`${input.awardedOn}T00:00:00Z`),
    reason: input.reason ?? null,
  };
}

export const awardRecordSelect = {
  id: true,
  provinceId: true,
  communeId: true,
  formerProvinceId: true,
  kind: true,
  issuer: true,
  recipientKind: true,
  recipientName: true,
  teamId: true,
  pointId: true,
  decisionNumber: true,
  awardedOn: true,
  reason: true,
  version: true,
} as const;

export async function findAwardForWrite(tx: Tx, ctx: AuthContext, id: string) {
  if (ctx.scope.level !== "PROVINCE") throw new NotFoundError("Award", id);
  const award = await tx.award.findFirst({
    where: { id, provinceId: ctx.scope.provinceId },
    select: awardRecordSelect,
  });
  if (!award) throw new NotFoundError("Award", id);
  return award;
}
