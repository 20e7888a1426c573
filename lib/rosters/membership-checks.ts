import { FieldErrors, FormError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { Prisma, type MemberRole } from "@/lib/generated/prisma/client";
import { isOneLeaderViolation, needsAgeConfirmation } from "./rules";
import type { TeamRecord } from "./scope";

// Checks made before a membership opens (add, move): the team takes members, the person is not
// already in it, one leader at a time, and the age rule of grassroots security teams.

export async function checkOpening(
  tx: Tx,
  team: TeamRecord,
  opening: {
    personId: string | null;
    birthDate: Date | null;
    role: MemberRole;
    joinedOn: Date;
    ageNote?: string | undefined;
  },
): Promise<void> {
  if (team.status === "DISSOLVED") throw new FormError("teamDissolved");
  if (opening.personId) {
    const open = await tx.membership.findFirst({
      where: {
        provinceId: team.provinceId,
        teamId: team.id,
        personId: opening.personId,
        leftOn: null,
      },
      select: { id: true },
    });
    if (open) throw new FormError("alreadyMember");
  }
  if (opening.role === "LEADER") {
    const leader = await tx.membership.findFirst({
      where: { provinceId: team.provinceId, teamId: team.id, role: "LEADER", leftOn: null },
      select: { id: true },
    });
    if (leader) throw new FieldErrors({ role: { key: "teamHasLeader" } });
  }
  if (needsAgeConfirmation(team.kind, opening.birthDate, opening.joinedOn) && !opening.ageNote)
    throw new FieldErrors({ ageNote: { key: "ageConfirmRequired" } });
}

/** The one-leader index refusing a leader that a parallel save added meanwhile: the same field error. */
export async function openingLeaderGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && isOneLeaderViolation(error))
      throw new FieldErrors({ role: { key: "teamHasLeader" } });
    throw error;
  }
}
