import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type {
  Affiliation,
  Gender,
  MemberRole,
  Religion,
  TeamKind,
} from "@/lib/generated/prisma/client";
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
  religion: Religion;
  affiliation: Affiliation;
  /**
   * Whether the caller's scope keeps the record: false for a member of a commune's team whose
   * record another commune of the province keeps (shown, not edited).
   */
  keptHere: boolean;
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

/**
 * A person of the caller's scope with every membership the caller can see, current and past —
 * for a commune officer also a member of their commune's teams whose record another commune
 * keeps; null outside it.
 */
export async function getPerson(ctx: AuthContext, id: string): Promise<PersonDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await inScope(ctx, (tx) =>
    tx.person.findFirst({
      where: {
        id,
        ...(ctx.scope.level === "COMMUNE"
          ? {
              provinceId: ctx.scope.provinceId,
              OR: [
                { communeId: ctx.scope.communeId },
                { memberships: { some: { communeId: ctx.scope.communeId } } },
              ],
            }
          : personsInScope(ctx)),
      },
      select: {
        id: true,
        version: true,
        fullName: true,
        gender: true,
        birthDate: true,
        ethnicityId: true,
        ethnicity: { select: { name: true } },
        religion: true,
        affiliation: true,
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
    religion: row.religion,
    affiliation: row.affiliation,
    keptHere: ctx.scope.level !== "COMMUNE" || row.communeId === ctx.scope.communeId,
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
