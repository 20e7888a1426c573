import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { Gender, MemberRole, TeamKind } from "@/lib/generated/prisma/client";
import { maskCitizenId } from "./citizen-id";
import { maskPhone } from "./phone";
import { personsInScope } from "./scope";

export interface PersonDetail {
  id: string;
  version: number;
  fullName: string;
  gender: Gender;
  birthDate: Date | null;
  ethnicityId: number;
  ethnicityName: string;
  residentialAreaId: string | null;
  residentialAreaName: string | null;
  communeId: number;
  communeName: string;
  /** Masked; the reveal action shows the rest. */
  citizenId: string | null;
  phone: string | null;
  memberships: {
    id: string;
    version: number;
    teamId: string;
    teamName: string;
    teamKind: TeamKind;
    role: MemberRole;
    joinedOn: Date;
    leftOn: Date | null;
    leftReason: string | null;
    ageNote: string | null;
  }[];
}

/** A person of the caller's scope with every membership, current and past; null outside it. */
export async function getPerson(ctx: AuthContext, id: string): Promise<PersonDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await inScope(ctx, (tx) =>
    tx.person.findFirst({
      where: { id, ...personsInScope(ctx) },
      select: {
        id: true,
        version: true,
        fullName: true,
        gender: true,
        birthDate: true,
        ethnicityId: true,
        ethnicity: { select: { name: true } },
        residentialAreaId: true,
        residentialArea: { select: { name: true } },
        communeId: true,
        commune: { select: { name: true } },
        citizenId: true,
        phone: true,
        memberships: {
          orderBy: [{ joinedOn: "desc" }, { id: "desc" }],
          select: {
            id: true,
            version: true,
            role: true,
            joinedOn: true,
            leftOn: true,
            leftReason: true,
            ageNote: true,
            team: { select: { id: true, name: true, kind: true } },
          },
        },
      },
    }),
  );
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    fullName: row.fullName,
    gender: row.gender,
    birthDate: row.birthDate,
    ethnicityId: row.ethnicityId,
    ethnicityName: row.ethnicity.name,
    residentialAreaId: row.residentialAreaId,
    residentialAreaName: row.residentialArea?.name ?? null,
    communeId: row.communeId,
    communeName: row.commune.name,
    citizenId: row.citizenId ? maskCitizenId(row.citizenId) : null,
    phone: row.phone ? maskPhone(row.phone) : null,
    memberships: row.memberships.map((m) => ({
      id: m.id,
      version: m.version,
      teamId: m.team.id,
      teamName: m.team.name,
      teamKind: m.team.kind,
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      leftReason: m.leftReason,
      ageNote: m.ageNote,
    })),
  };
}
