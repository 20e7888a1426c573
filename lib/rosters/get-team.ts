import { z } from "zod";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { MemberRole, Prisma, TeamKind, TeamStatus } from "@/lib/generated/prisma/client";
import { searchKey, searchKeyWhere } from "@/lib/search/search-key";
import { maskCitizenId } from "./citizen-id";
import { maskPhone } from "./phone";
import { teamsInScope } from "./scope";

/** A roster shows this many current members on one page (`?page=`); the counts are the team's. */
export const ROSTER_PAGE_SIZE = 100;

export const MEMBER_ROLES = ["LEADER", "DEPUTY", "MEMBER"] as const satisfies readonly MemberRole[];

/** Which current members a page of the roster shows: a name search, a role, a page number. */
export interface RosterQuery {
  q?: string | undefined;
  role?: MemberRole | undefined;
  /** 1-based; past the last page, the last page. */
  page?: number | undefined;
  /** A current member asked for by id (the move / leave forms), wherever they are in the list. */
  memberId?: string | undefined;
}

/** One row of the roster table: what it shows and no more (the page's payload carries each once). */
export interface RosterMember {
  membershipId: string;
  personId: string;
  fullName: string;
  birthDate: Date | null;
  role: MemberRole;
  joinedOn: Date;
  ageNote: string | null;
  /** Masked: the last four digits only (the reveal action shows the rest, audited). */
  citizenId: string | null;
  phone: string | null;
  areaName: string | null;
}

/** The member the move / leave forms act on, with the version they save against. */
export interface ChosenMember {
  membershipId: string;
  membershipVersion: number;
  fullName: string;
  role: MemberRole;
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
  /** Current members of the whole team, whatever the search or the page. */
  memberCount: number;
  /** Current members of the whole team by role (each role present, 0 when none). */
  roleCounts: Record<MemberRole, number>;
  /** The team's leaders and deputies, whatever the search or the page (a team has a few). */
  leaders: { personId: string; fullName: string; role: MemberRole }[];
  /** Current members the search and role match (the whole team without them). */
  matched: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** This page of the matched members: leaders, then deputies, then by name. */
  members: RosterMember[];
  chosen: ChosenMember | null;
  past: PastMember[];
}

const memberSelect = {
  id: true,
  role: true,
  joinedOn: true,
  ageNote: true,
  person: {
    select: {
      id: true,
      fullName: true,
      birthDate: true,
      citizenId: true,
      phone: true,
      residentialArea: { select: { name: true } },
    },
  },
} as const satisfies Prisma.MembershipSelect;

const teamSelect = {
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
} as const satisfies Prisma.TeamSelect;

/** A team's name, for the page title: the team row only, not its roster. Null outside the scope. */
export async function getTeamName(ctx: AuthContext, id: string): Promise<string | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return inScope(ctx, async (tx) => {
    const team = await tx.team.findFirst({
      where: { id, ...teamsInScope(ctx) },
      select: { name: true },
    });
    return team?.name ?? null;
  });
}

/**
 * One team of the caller's scope with one page of its current members (leaders first, then
 * deputies, then by name; only the columns the page shows; citizen ID and phone masked), the counts
 * of the whole team, its leaders, and the members who left. Null outside the scope.
 */
export async function getTeam(
  ctx: AuthContext,
  id: string,
  query: RosterQuery = {},
): Promise<TeamDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return inScope(ctx, async (tx) => {
    const team = await tx.team.findFirst({
      where: { id, ...teamsInScope(ctx) },
      select: teamSelect,
    });
    if (!team) return null;
    const open = { provinceId: team.provinceId, teamId: team.id, leftOn: null };
    const key = query.q ? searchKey(query.q).slice(0, 100) : "";
    const where: Prisma.MembershipWhereInput = {
      ...open,
      ...(query.role ? { role: query.role } : {}),
      ...(key ? { person: searchKeyWhere(key) } : {}),
    };
    const filtered = Boolean(query.role || key);
    const chosenId =
      query.memberId && z.uuid().safeParse(query.memberId).success ? query.memberId : null;
    const asked = Math.max(1, query.page ?? 1);
    const pageOf = (page: number) =>
      tx.membership.findMany({
        where,
        // The enum's order: LEADER, DEPUTY, MEMBER.
        orderBy: [{ role: "asc" }, { person: { searchKey: "asc" } }, { id: "asc" }],
        skip: (page - 1) * ROSTER_PAGE_SIZE,
        take: ROSTER_PAGE_SIZE,
        select: memberSelect,
      });
    const [byRole, matchedCount, leaders, firstTry, chosen, past] = await Promise.all([
      tx.membership.groupBy({ by: ["role"], where: open, _count: { _all: true } }),
      filtered ? tx.membership.count({ where }) : Promise.resolve(null),
      tx.membership.findMany({
        where: { ...open, role: { in: ["LEADER", "DEPUTY"] } },
        orderBy: [{ role: "asc" }, { person: { searchKey: "asc" } }, { id: "asc" }],
        take: 20,
        select: { role: true, person: { select: { id: true, fullName: true } } },
      }),
      pageOf(asked),
      chosenId
        ? tx.membership.findFirst({
            where: { ...open, id: chosenId },
            select: { id: true, version: true, role: true, person: { select: { fullName: true } } },
          })
        : Promise.resolve(null),
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
    const roleCounts: Record<MemberRole, number> = { LEADER: 0, DEPUTY: 0, MEMBER: 0 };
    for (const r of byRole) roleCounts[r.role] = r._count._all;
    const memberCount = roleCounts.LEADER + roleCounts.DEPUTY + roleCounts.MEMBER;
    const matched = matchedCount ?? memberCount;
    const pageCount = Math.max(1, Math.ceil(matched / ROSTER_PAGE_SIZE));
    const page = Math.min(asked, pageCount);
    const rows = page === asked ? firstTry : await pageOf(page);
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
      roleCounts,
      leaders: leaders.map((m) => ({
        personId: m.person.id,
        fullName: m.person.fullName,
        role: m.role,
      })),
      matched,
      page,
      pageCount,
      pageSize: ROSTER_PAGE_SIZE,
      members: rows.map(toRosterMember),
      chosen: chosen
        ? {
            membershipId: chosen.id,
            membershipVersion: chosen.version,
            fullName: chosen.person.fullName,
            role: chosen.role,
          }
        : null,
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
    personId: m.person.id,
    fullName: m.person.fullName,
    birthDate: m.person.birthDate,
    role: m.role,
    joinedOn: m.joinedOn,
    ageNote: m.ageNote,
    citizenId: m.person.citizenId ? maskCitizenId(m.person.citizenId) : null,
    phone: m.person.phone ? maskPhone(m.person.phone) : null,
    areaName: m.person.residentialArea?.name ?? null,
  };
}
