// Rows of the isolation matrix for the rosters actions (tests/support/isolation/harness.ts): every
// action on a team, person or membership of the actor's own commune, another commune of the
// province, and another province.
import { expect } from "vitest";
import { revealPersonAction, updatePersonAction } from "@/app/[locale]/(portal)/people/actions";
import {
  addMemberAction,
  createTeamAction,
  dissolveTeamAction,
  endMembershipAction,
  moveMemberAction,
  updateTeamAction,
} from "@/app/[locale]/(portal)/teams/actions";
import viErrors from "@/messages/vi/errors.json";
import { ownerDb } from "../../owner-db";
import {
  createArea,
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
} from "../../rosters";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
  fieldRefusal,
  forbidden,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

/** rosters.edit (or rosters.citizen-id) on an existing row: the province all its communes, a commune its own. */
const ON_ROW: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: { own: ok, otherCommune: notFound, otherProvince: notFound },
};

const AREA_OUT = fieldRefusal("areaIds", viErrors.Errors.residentialAreaOutOfScope);
const COMMUNE_OUT = fieldRefusal("communeId", viErrors.Errors.communeOutOfScope);

/** Creating a team in the target commune: a commune officer's team always lands in their own. */
const ON_CREATE: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: COMMUNE_OUT },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: COMMUNE_OUT },
  communeOfficer: { own: ok, otherCommune: AREA_OUT, otherProvince: AREA_OUT },
};

const units = (c: CaseContext) => ({
  provinceId: c.units.provinceId,
  communeId: c.units.communeId,
});

async function teamSnapshot(teamId: string) {
  const db = ownerDb();
  const [team, memberships, persons, teams] = await Promise.all([
    db.team.findFirstOrThrow({
      where: { id: teamId },
      select: { name: true, status: true, dissolvedOn: true, dissolvedReason: true, version: true },
    }),
    db.membership.findMany({
      where: { teamId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        personId: true,
        role: true,
        leftOn: true,
        leftReason: true,
        version: true,
      },
    }),
    db.person.count(),
    db.team.count(),
  ]);
  return { team, memberships, persons, teams };
}
type TeamSnapshot = Awaited<ReturnType<typeof teamSnapshot>>;
const snap = (value: unknown) => value as TeamSnapshot;

const createTeamRowCase = defineRow({
  action: "createTeamAction",
  expected: ON_CREATE,
  arrange: async (c) => ({
    area: await createArea(units(c)),
    name: `Tổ mới ${Math.random().toString(36).slice(2, 8)}`,
  }),
  act: ({ area, name }, c) =>
    createTeamAction(undefined, {
      kind: "GRASSROOTS_SECURITY",
      name,
      communeId: String(c.units.communeId),
      areaIds: [area.id],
    }),
  snapshot: async ({ name }) => ({
    teams: await ownerDb().team.count(),
    created: await ownerDb().team.findFirst({
      where: { name },
      select: { provinceId: true, communeId: true },
    }),
  }),
  verify({ name: _name }, before, after, c) {
    const b = before as { teams: number };
    const a = after as { teams: number; created: { provinceId: number; communeId: number } | null };
    expect(a.teams).toBe(b.teams + 1);
    expect(a.created).toEqual(units(c));
  },
});

const updateTeamRowCase = defineRow({
  action: "updateTeamAction",
  expected: ON_ROW,
  arrange: (c) => createTeamRow(units(c)),
  act: (team) =>
    updateTeamAction(undefined, {
      id: team.id,
      version: team.version,
      name: `${team.name} (sửa)`,
      areaIds: [team.areaId],
    }),
  snapshot: (team) => teamSnapshot(team.id),
  verify(team, before, after) {
    expect(snap(after).team).toEqual({
      ...snap(before).team,
      name: `${team.name} (sửa)`,
      version: 2,
    });
  },
});

const dissolveTeamRowCase = defineRow({
  action: "dissolveTeamAction",
  expected: ON_ROW,
  arrange: async (c) => {
    const team = await createTeamRow(units(c));
    const person = await createPersonRow(units(c));
    await createMembershipRow(team, person.id, "LEADER");
    return team;
  },
  act: (team) =>
    dissolveTeamAction(undefined, {
      id: team.id,
      version: team.version,
      dissolvedOn: "30/09/2025",
      reason: "Sáp nhập",
    }),
  snapshot: (team) => teamSnapshot(team.id),
  verify(_team, _before, after) {
    expect(snap(after).team.status).toBe("DISSOLVED");
    expect(snap(after).memberships.every((m) => m.leftReason === "Sáp nhập")).toBe(true);
  },
});

const addMemberRowCase = defineRow({
  action: "addMemberAction",
  expected: ON_ROW,
  arrange: (c) => createTeamRow(units(c)),
  act: (team) =>
    addMemberAction(undefined, {
      teamId: team.id,
      // A name of its own: the same name and birth date would be a possible duplicate.
      fullName: `Huỳnh Văn Ma Trận ${team.id.slice(-6)}`,
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: freshCitizenId(),
      role: "MEMBER",
      joinedOn: "01/10/2025",
    }),
  snapshot: (team) => teamSnapshot(team.id),
  verify(_team, before, after) {
    expect(snap(after).persons).toBe(snap(before).persons + 1);
    expect(snap(after).memberships).toHaveLength(1);
  },
});

async function memberFixture(c: CaseContext) {
  const team = await createTeamRow(units(c));
  const other = await createTeamRow(units(c));
  const person = await createPersonRow(units(c));
  const membership = await createMembershipRow(team, person.id, "DEPUTY");
  return { team, other, person, membership };
}
type MemberFixture = Awaited<ReturnType<typeof memberFixture>>;

async function memberSnapshot(f: MemberFixture) {
  return {
    memberships: await ownerDb().membership.findMany({
      where: { personId: f.person.id },
      orderBy: { id: "asc" },
      select: { teamId: true, role: true, leftOn: true, leftReason: true, version: true },
    }),
    person: await ownerDb().person.findFirstOrThrow({
      where: { id: f.person.id },
      select: { fullName: true, phone: true, citizenId: true, version: true },
    }),
  };
}
type MemberSnapshot = Awaited<ReturnType<typeof memberSnapshot>>;
const msnap = (value: unknown) => value as MemberSnapshot;

const moveMemberRowCase = defineRow({
  action: "moveMemberAction",
  expected: ON_ROW,
  arrange: memberFixture,
  act: (f) =>
    moveMemberAction(undefined, {
      membershipId: f.membership.id,
      version: f.membership.version,
      toTeamId: f.other.id,
      role: "MEMBER",
      movedOn: "01/10/2025",
      reason: "Chuyển nơi ở",
    }),
  snapshot: memberSnapshot,
  verify(f, _before, after) {
    expect(msnap(after).memberships.map((m) => [m.teamId, m.leftReason])).toEqual([
      [f.team.id, "Chuyển nơi ở"],
      [f.other.id, null],
    ]);
  },
});

const endMembershipRowCase = defineRow({
  action: "endMembershipAction",
  expected: ON_ROW,
  arrange: memberFixture,
  act: (f) =>
    endMembershipAction(undefined, {
      membershipId: f.membership.id,
      version: f.membership.version,
      leftOn: "01/10/2025",
      reason: "Đi làm ăn xa",
    }),
  snapshot: memberSnapshot,
  verify(_f, _before, after) {
    expect(msnap(after).memberships).toHaveLength(1);
    expect(msnap(after).memberships[0]?.leftReason).toBe("Đi làm ăn xa");
  },
});

const updatePersonRowCase = defineRow({
  action: "updatePersonAction",
  expected: ON_ROW,
  arrange: memberFixture,
  act: (f) =>
    updatePersonAction(undefined, {
      id: f.person.id,
      version: f.person.version,
      fullName: "Tên Đã Sửa",
      gender: "MALE",
      birthDate: "05/05/1980",
    }),
  snapshot: memberSnapshot,
  verify(_f, before, after) {
    expect(msnap(after).person).toEqual({
      ...msnap(before).person,
      fullName: "Tên Đã Sửa",
      version: 2,
    });
  },
});

const revealPersonRowCase = defineRow({
  action: "revealPersonAction",
  expected: ON_ROW,
  arrange: memberFixture,
  act: (f) => revealPersonAction(undefined, { personId: f.person.id, field: "citizenId" }),
  snapshot: async (f) => ({
    ...(await memberSnapshot(f)),
    reveals: await ownerDb().auditLog.count({ where: { action: "REVEAL", entityId: f.person.id } }),
  }),
  verify(_f, before, after) {
    expect((after as { reveals: number }).reveals).toBe(
      (before as { reveals: number }).reveals + 1,
    );
  },
});

export const ROSTERS_ROWS: MatrixRow[] = [
  createTeamRowCase,
  updateTeamRowCase,
  dissolveTeamRowCase,
  addMemberRowCase,
  moveMemberRowCase,
  endMembershipRowCase,
  updatePersonRowCase,
  revealPersonRowCase,
];
