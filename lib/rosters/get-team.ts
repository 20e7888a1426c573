import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type {
  Gender,
  MemberRole,
  Prisma,
  TeamKind,
  TeamStatus,
} from "@/lib/generated/prisma/client";
import { type Cursor, encodeCursor } from "@/lib/lists/keyset";
import { maskCitizenId } from "./citizen-id";
import { maskPhone } from "./phone";
import { teamsInScope } from "./scope";

/** A roster shows up to this many current members on one page; longer ones page by keyset. */
export const ROSTER_PAGE_SIZE = 1000;

const ROLE_ORDER: Record<MemberRole, number> = { LEADER: 0, DEPUTY: 1, MEMBER: 2 };

export interface RosterMember {
  membershipId: string;
  membershipVersion: number;
  personId: string;
  fullName: string;
  gender: Gender;
  birthDate: Date | null;
  role: MemberRole;
  joinedOn: Date;
  ageNote: string | null;
  /** Masked: the last four digits only (the reveal action shows the rest, audited). */
  citizenId: string | null;
  phone: string | null;
  areaName: string | null;
}

export interface PastMember {
  membershipId: string;
  personId: string;
  fullName: string;
  role: MemberRole;
  joinedOn: Date;
  leftOn: Date;
  leftReason: string;
}

export interface TeamDetail {
  id: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  version: number;
  communeId: number;
  communeName: string;
  pointId: string | null;
  pointName: string | null;
  establishedOn: Date | null;
  dissolvedOn: Date | null;
  dissolvedReason: string | null;
  areas: { id: string; name: string }[];
  memberCount: number;
  members: RosterMember[];
  /** Cursor of the next page of current members. */
  next: string | null;
  past: PastMember[];
}

const memberSelect = {
  id: true,
  version: true,
  role: true,
  joinedOn: true,
  ageNote: true,
  person: {
    select: {
      id: true,
      fullName: true,
      searchKey: true,
      gender: true,
      birthDate: true,
      citizenId: true,
      phone: true,
      residentialArea: { select: { name: true } },
    },
  },
} as const satisfies Prisma.MembershipSelect;

/**
 * One team of the caller's scope with its current members (leaders first, then by name; only the
 * columns the page shows; citizen ID and phone masked) and the members who left. Null outside
 * the scope. `cursor` continues a roster longer than one page.
 */
export async function getTeam(
  ctx: AuthContext,
  id: string,
  cursor: Cursor | null = null,
): Promise<TeamDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return inScope(ctx, async (tx) => {
    const team = await tx.team.findFirst({
      where: { id, ...teamsInScope(ctx) },
      select: {
        id: true,
        provinceId: true,
        name: true,
        kind: true,
        status: true,
        version: true,
        communeId: true,
        commune: { select: { name: true } },
        pointId: true,
        point: { select: { name: true } },
        establishedOn: true,
        dissolvedOn: true,
        dissolvedReason: true,
        areas: { select: { residentialArea: { select: { id: true, name: true } } } },
      },
    });
    if (!team) return null;
    const open = { provinceId: team.provinceId, teamId: team.id, leftOn: null };
    const afterName =
      cursor && typeof cursor.value === "string"
        ? {
            OR: [
              { person: { searchKey: { gt: cursor.value } } },
              { person: { searchKey: cursor.value }, id: { gt: cursor.id } },
            ],
          }
        : {};
    const [memberCount, leaders, members, past] = await Promise.all([
      tx.membership.count({ where: open }),
      // Leaders and deputies head the first page.
      cursor
        ? Promise.resolve([])
        : tx.membership.findMany({
            where: { ...open, role: { in: ["LEADER", "DEPUTY"] } },
            select: memberSelect,
          }),
      tx.membership.findMany({
        where: { ...open, role: "MEMBER", ...afterName },
        orderBy: [{ person: { searchKey: "asc" } }, { id: "asc" }],
        take: ROSTER_PAGE_SIZE + 1,
        select: memberSelect,
      }),
      tx.membership.findMany({
        where: { provinceId: team.provinceId, teamId: team.id, leftOn: { not: null } },
        orderBy: [{ leftOn: "desc" }, { id: "desc" }],
        take: 200,
        select: {
          id: true,
          role: true,
          joinedOn: true,
          leftOn: true,
          leftReason: true,
          person: { select: { id: true, fullName: true } },
        },
      }),
    ]);
    const page = members.slice(0, ROSTER_PAGE_SIZE);
    const last = page[page.length - 1];
    const next =
      members.length > ROSTER_PAGE_SIZE && last
        ? encodeCursor({ value: last.person.searchKey, id: last.id })
        : null;
    const sortedLeaders = [...leaders].sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        a.person.fullName.localeCompare(b.person.fullName, "vi"),
    );
    return {
      id: team.id,
      name: team.name,
      kind: team.kind,
      status: team.status,
      version: team.version,
      communeId: team.communeId,
      communeName: team.commune.name,
      pointId: team.pointId,
      pointName: team.point?.name ?? null,
      establishedOn: team.establishedOn,
      dissolvedOn: team.dissolvedOn,
      dissolvedReason: team.dissolvedReason,
      areas: team.areas.map((a) => a.residentialArea),
      memberCount,
      members: [...sortedLeaders, ...page].map(toRosterMember),
      next,
      past: past.map((m) => ({
        membershipId: m.id,
        personId: m.person.id,
        fullName: m.person.fullName,
        role: m.role,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn ?? m.joinedOn,
        leftReason: m.leftReason ?? "",
      })),
    };
  });
}

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

function toRosterMember(m: MemberRow): RosterMember {
  return {
    membershipId: m.id,
    membershipVersion: m.version,
    personId: m.person.id,
    fullName: m.person.fullName,
    gender: m.person.gender,
    birthDate: m.person.birthDate,
    role: m.role,
    joinedOn: m.joinedOn,
    ageNote: m.ageNote,
    citizenId: m.person.citizenId ? maskCitizenId(m.person.citizenId) : null,
    phone: m.person.phone ? maskPhone(m.person.phone) : null,
    areaName: m.person.residentialArea?.name ?? null,
  };
}
