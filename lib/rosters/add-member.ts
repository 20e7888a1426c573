import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DuplicateCandidate, findDuplicates } from "./find-duplicates";
import { checkOpening, openingLeaderGuard } from "./membership-checks";
import { lookUpPersons } from "./person-lookup";
import { checkPerson } from "./rules";
import type { AddMemberInput } from "./schemas";
import { findPersonInScope, findTeamInScope, type TeamRecord } from "./scope";

export type AddMemberResult =
  | { status: "added"; membershipId: string; personId: string }
  /** Nothing saved: these persons may be the one typed; the officer chooses. */
  | { status: "duplicates"; candidates: DuplicateCandidate[] };

/**
 * Adds a member to a team: an existing person of the caller's scope, or a new person (one record
 * per citizen ID in the province). Before a new person is saved, persons with the same citizen ID,
 * or the same name and birth date under another ID, are returned for the officer to choose from,
 * unless the officer has confirmed this is someone else. The membership opens with its role and
 * joining date; one leader per team; a grassroots team member outside 18–70 needs a note.
 */
export async function addMember(ctx: AuthContext, input: AddMemberInput): Promise<AddMemberResult> {
  return inScope(ctx, async (tx) => {
    const team = await findTeamInScope(tx, ctx, input.teamId);
    if (input.personId) {
      const person = await findMemberToBe(tx, ctx, input.personId);
      await checkOpening(tx, team, { ...input, personId: person.id, birthDate: person.birthDate });
      const membershipId = await open(tx, ctx, team, person.id, input);
      return { status: "added", membershipId, personId: person.id };
    }

    const checked = checkPerson({
      fullName: input.fullName ?? "",
      gender: input.gender ?? "MALE",
      birthDate: input.birthDate ?? null,
      citizenId: input.citizenId ?? null,
      phone: input.phone ?? null,
    });
    const problems = Object.entries(checked.problems);
    if (problems.length > 0)
      throw new FieldErrors(
        Object.fromEntries(problems.map(([field, key]) => [field, { key: key }])),
      );
    await checkOpening(tx, team, { ...input, personId: null, birthDate: input.birthDate ?? null });
    const candidates = await findDuplicates(tx, ctx, {
      fullName: checked.fullName,
      birthDate: input.birthDate ?? null,
      citizenId: checked.citizenId,
    });
    const sameId = candidates.some((c) => c.sameCitizenId);
    if (candidates.length > 0 && (sameId || input.confirmDifferent !== true))
      return { status: "duplicates", candidates };

    if (input.residentialAreaId) {
      const area = await tx.residentialArea.findFirst({
        where: {
          id: input.residentialAreaId,
          provinceId: team.provinceId,
          communeId: team.communeId,
        },
        select: { id: true },
      });
      if (!area) throw new FieldErrors({ residentialAreaId: { key: "residentialAreaOutOfScope" } });
    }
    let personId: string;
    try {
      // A citizen ID taken in another commune (hidden from a commune officer by row-level
      // security) fails the insert: the transaction rolls back and the field says why.
      personId = await tx.person
        .create({
          data: {
            provinceId: team.provinceId,
            communeId: team.communeId,
            residentialAreaId: input.residentialAreaId ?? null,
            fullName: checked.fullName,
            gender: input.gender ?? "MALE",
            birthDate: input.birthDate ?? null,
            ethnicityId: input.ethnicityId ?? 1,
            religion: input.religion ?? "NONE",
            affiliation: input.affiliation ?? "NONE",
            citizenId: checked.citizenId,
            phone: checked.phone,
          },
          select: { id: true },
        })
        .then((p) => p.id);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw new FieldErrors({ citizenId: { key: "citizenIdTaken" } });
      throw error;
    }
    await writeAudit(tx, auditActor(ctx, team), {
      action: "CREATE",
      entity: "Person",
      entityId: personId,
      // The citizen ID and phone stay out of the trail: it is read by more people than may see them.
      after: {
        fullName: checked.fullName,
        gender: input.gender,
        birthDate: input.birthDate ?? null,
        ethnicityId: input.ethnicityId ?? 1,
        religion: input.religion ?? "NONE",
        affiliation: input.affiliation ?? "NONE",
        citizenId: checked.citizenId ? `…${checked.citizenId.slice(-4)}` : null,
        phone: checked.phone ? `…${checked.phone.slice(-4)}` : null,
      },
      ...(input.confirmDifferent === true && candidates.length > 0
        ? { detail: `confirmed not a duplicate of ${candidates.map((c) => c.id).join(", ")}` }
        : {}),
    });
    const membershipId = await open(tx, ctx, team, personId, input);
    return { status: "added", membershipId, personId };
  });
}

/**
 * The existing person the officer chose: one of the caller's scope, or — for a commune officer —
 * one of another commune of the province, found through the narrow lookup (the same citizen ID is
 * the same person in the province; the membership joins the record that commune keeps).
 */
async function findMemberToBe(
  tx: Tx,
  ctx: AuthContext,
  personId: string,
): Promise<{ id: string; birthDate: Date | null }> {
  try {
    return await findPersonInScope(tx, ctx, personId);
  } catch (error) {
    if (!(error instanceof NotFoundError) || ctx.scope.level !== "COMMUNE") throw error;
    const [elsewhere] = await lookUpPersons(tx, { personIds: [personId] });
    if (!elsewhere) throw error;
    return { id: elsewhere.id, birthDate: elsewhere.birthDate };
  }
}

async function open(
  tx: Tx,
  ctx: AuthContext,
  team: TeamRecord,
  personId: string,
  input: Pick<AddMemberInput, "role" | "joinedOn" | "ageNote">,
): Promise<string> {
  const membership = await openingLeaderGuard(() =>
    tx.membership.create({
      data: {
        provinceId: team.provinceId,
        communeId: team.communeId,
        teamId: team.id,
        personId,
        role: input.role,
        joinedOn: input.joinedOn,
        ageNote: input.ageNote ?? null,
      },
      select: { id: true },
    }),
  );
  await writeAudit(tx, auditActor(ctx, team), {
    action: "CREATE",
    entity: "Membership",
    entityId: membership.id,
    after: {
      teamId: team.id,
      personId,
      role: input.role,
      joinedOn: input.joinedOn,
      ageNote: input.ageNote ?? null,
    },
  });
  return membership.id;
}
