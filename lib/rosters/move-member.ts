import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { closeMembership } from "./end-membership";
import { checkOpening, openingLeaderGuard } from "./membership-checks";
import type { MoveMemberInput } from "./schemas";
import { findMembershipInScope, findTeamInScope } from "./scope";

/**
 * Moves a member to another team of the caller's scope: the current membership ends on the day
 * with the reason, and a new one opens in the other team the same day with its role — in one
 * transaction, so the person is never in neither or both.
 */
export async function moveMember(
  ctx: AuthContext,
  input: MoveMemberInput,
): Promise<{ fromTeamId: string; toTeamId: string; membershipId: string; personId: string }> {
  return inScope(ctx, async (tx) => {
    const current = await findMembershipInScope(tx, ctx, input.membershipId);
    if (current.teamId === input.toTeamId) throw new FieldErrors({ toTeamId: { key: "sameTeam" } });
    const target = await findTeamInScope(tx, ctx, input.toTeamId);
    await closeMembership(tx, ctx, { ...input, leftOn: input.movedOn });
    await checkOpening(tx, target, {
      personId: current.personId,
      birthDate: current.person.birthDate,
      role: input.role,
      joinedOn: input.movedOn,
      ageNote: input.ageNote ?? current.ageNote ?? undefined,
    });
    const opened = await openingLeaderGuard(() =>
      tx.membership.create({
        data: {
          provinceId: target.provinceId,
          communeId: target.communeId,
          teamId: target.id,
          personId: current.personId,
          role: input.role,
          joinedOn: input.movedOn,
          ageNote: input.ageNote ?? current.ageNote,
        },
        select: { id: true },
      }),
    );
    await writeAudit(tx, auditActor(ctx, target), {
      action: "CREATE",
      entity: "Membership",
      entityId: opened.id,
      after: {
        teamId: target.id,
        personId: current.personId,
        role: input.role,
        joinedOn: input.movedOn,
      },
      detail: `moved from membership ${current.id}`,
    });
    return {
      fromTeamId: current.teamId,
      toTeamId: target.id,
      membershipId: opened.id,
      personId: current.personId,
    };
  });
}
