"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { addMember } from "@/lib/rosters/add-member";
import { createTeam } from "@/lib/rosters/create-team";
import { dissolveTeam } from "@/lib/rosters/dissolve-team";
import { endMembership } from "@/lib/rosters/end-membership";
import { moveMember } from "@/lib/rosters/move-member";
import {
  addMemberSchema,
  createTeamSchema,
  dissolveTeamSchema,
  endMembershipSchema,
  moveMemberSchema,
  updateTeamSchema,
} from "@/lib/rosters/schemas";
import { updateTeam } from "@/lib/rosters/update-team";

// Teams and their rosters: thin actions over lib/rosters. Scope comes from the session.

function revalidateTeams(locale: string, ...ids: string[]): void {
  revalidatePaths(`/${locale}/teams`, ...ids.map((id) => `/${locale}/teams/${id}`));
}

export const createTeamAction = authAction(
  { schema: createTeamSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const team = await createTeam(ctx, input);
    revalidateTeams(ctx.locale);
    return team;
  },
);

export const updateTeamAction = authAction(
  { schema: updateTeamSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const team = await updateTeam(ctx, input);
    revalidateTeams(ctx.locale, team.id);
    return team;
  },
);

export const dissolveTeamAction = authAction(
  { schema: dissolveTeamSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const team = await dissolveTeam(ctx, input);
    revalidateTeams(ctx.locale, team.id);
    return team;
  },
);

export const addMemberAction = authAction(
  { schema: addMemberSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const result = await addMember(ctx, input);
    if (result.status === "added") {
      revalidateTeams(ctx.locale, input.teamId);
      revalidatePaths(`/${ctx.locale}/people/${result.personId}`);
    }
    return result;
  },
);

export const moveMemberAction = authAction(
  { schema: moveMemberSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const moved = await moveMember(ctx, input);
    revalidateTeams(ctx.locale, moved.fromTeamId, moved.toTeamId);
    revalidatePaths(`/${ctx.locale}/people/${moved.personId}`);
    return moved;
  },
);

export const endMembershipAction = authAction(
  { schema: endMembershipSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const ended = await endMembership(ctx, input);
    revalidateTeams(ctx.locale, ended.teamId);
    revalidatePaths(`/${ctx.locale}/people/${ended.personId}`);
    return ended;
  },
);
