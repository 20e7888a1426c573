import type { Prisma } from "../../../lib/generated/prisma/client";
import { Affiliation, Gender, MemberRole, Religion } from "../../../lib/generated/prisma/enums";
import { ETHNICITY } from "../reference/ethnicities";
import { generateName, nameStyleFor } from "./names";
import { birthDate, birthdayAt, citizenId, phoneNumber } from "./people";
import { addDays } from "../../../lib/periods/period-dates";
import type { Rng } from "./random";

// Team rosters: people and their memberships. Every team has exactly one leader (tổ trưởng), one
// or two deputies (tổ phó) and members (tổ viên). A few people belong to two teams of their commune
// (one Person, two Memberships), and a few left a team earlier (history kept: leftOn, leftReason).

type Weighted<T> = readonly (readonly [T, number])[];

export interface MemberProfile {
  /** GSO ethnicity codes with weights. */
  ethnicity: Weighted<number>;
  maleShare: number;
  birthYears: readonly [number, number];
  affiliation: Weighted<Affiliation>;
  /** Overrides the religion drawn from the ethnicity. */
  religion?: Weighted<Religion>;
  /** Northern naming for Kinh people. */
  north: boolean;
  /** Citizen ID province codes (place of birth) with weights. */
  birthProvince: Weighted<string>;
}

export interface PlannedTeam {
  id: string;
  communeId: number;
  establishedOn: Date;
  /** Open memberships of the team, at least 3. */
  size: number;
  profile: MemberProfile;
  /** Residential areas the members live in. */
  areaIds: readonly string[];
}

export interface RosterOptions {
  /** Memberships (counted in team sizes) held by a person who is also in another team. */
  shared: number;
  /** Extra closed memberships of people who left. */
  leavers: number;
  /** Latest joining date. */
  joinBy: Date;
  /**
   * Citizen IDs already given in the province (unique per province): the national data set plans a
   * province in several parts and passes one set to all of them. Default: a set of this call's own.
   */
  usedCitizenIds?: Set<string>;
}

export interface Roster {
  persons: Prisma.PersonCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
}

const RELIGION_BY_ETHNICITY: Record<number, Weighted<Religion>> = {
  [ETHNICITY.KHMER]: [
    [Religion.BUDDHISM, 95],
    [Religion.NONE, 5],
  ],
  [ETHNICITY.HOA]: [
    [Religion.BUDDHISM, 55],
    [Religion.NONE, 40],
    [Religion.CATHOLICISM, 5],
  ],
  [ETHNICITY.MONG]: [
    [Religion.NONE, 78],
    [Religion.PROTESTANTISM, 18],
    [Religion.CATHOLICISM, 4],
  ],
};
const RELIGION_SOUTH: Weighted<Religion> = [
  [Religion.NONE, 55],
  [Religion.BUDDHISM, 25],
  [Religion.CAO_DAI, 7],
  [Religion.CATHOLICISM, 7],
  [Religion.HOA_HAO, 3],
  [Religion.PROTESTANTISM, 3],
];
const RELIGION_NORTH: Weighted<Religion> = [
  [Religion.NONE, 88],
  [Religion.BUDDHISM, 9],
  [Religion.CATHOLICISM, 3],
];

const LEFT_REASONS = [
  "Chuyển nơi cư trú",
  "Đi làm ăn xa",
  "Lý do sức khỏe",
  "Quá tuổi tham gia",
  "Tự nguyện xin thôi",
].map((s) => s.normalize("NFC"));

/** Whether a person can hold this affiliation: women's union for women, veterans and the elderly by age. */
export function affiliationFits(
  affiliation: Affiliation,
  gender: Gender,
  birthYear: number,
): boolean {
  switch (affiliation) {
    case Affiliation.WOMEN_UNION:
      return gender === Gender.FEMALE;
    case Affiliation.VETERAN:
      return birthYear <= 1985;
    case Affiliation.ELDERLY:
      return birthYear <= 1966;
    case Affiliation.VILLAGE_ELDER:
      return birthYear <= 1975;
    case Affiliation.YOUTH_UNION:
      return birthYear >= 1990;
    default:
      return true;
  }
}

function drawAffiliation(
  weights: Weighted<Affiliation>,
  gender: Gender,
  birthYear: number,
  rng: Rng,
): Affiliation {
  for (let attempt = 0; attempt < 5; attempt++) {
    const affiliation = rng.weighted(weights);
    if (affiliationFits(affiliation, gender, birthYear)) return affiliation;
  }
  return Affiliation.NONE;
}

function roleAt(index: number, size: number, twoDeputies: boolean): MemberRole {
  if (index === 0) return MemberRole.LEADER;
  if (index === 1 || (index === 2 && twoDeputies && size >= 8)) return MemberRole.DEPUTY;
  return MemberRole.MEMBER;
}

export function planRoster(
  provinceId: number,
  teams: readonly PlannedTeam[],
  options: RosterOptions,
  rng: Rng,
  id: (kind: string, key: string | number) => string,
): Roster {
  const persons: Prisma.PersonCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const usedIds = options.usedCitizenIds ?? new Set<string>();
  const joinByYear = options.joinBy.getUTCFullYear();

  const newPerson = (
    team: PlannedTeam,
    role: MemberRole,
  ): Prisma.PersonCreateManyInput & { id: string; birthDate: Date } => {
    const p = team.profile;
    const ethnicityId = rng.weighted(p.ethnicity);
    const gender = rng.chance(p.maleShare) ? Gender.MALE : Gender.FEMALE;
    // Leaders are rarely the youngest.
    const [from, to] = p.birthYears;
    const latest = Math.min(to, joinByYear - 18, role === MemberRole.MEMBER ? to : to - 5);
    const birth = birthDate(rng, from, Math.max(from, latest));
    const religions =
      p.religion ??
      RELIGION_BY_ETHNICITY[ethnicityId] ??
      (p.north ? RELIGION_NORTH : RELIGION_SOUTH);
    const person = {
      id: id("person", persons.length),
      provinceId,
      communeId: team.communeId,
      residentialAreaId:
        team.areaIds.length > 0 && rng.chance(0.95) ? rng.pick(team.areaIds) : null,
      fullName: generateName(nameStyleFor(ethnicityId, p.north), gender, rng),
      gender,
      birthDate: birth,
      ethnicityId,
      religion: rng.weighted(religions),
      affiliation: drawAffiliation(p.affiliation, gender, birth.getUTCFullYear(), rng),
      phone: rng.chance(0.9) ? phoneNumber(rng) : null,
      citizenId: citizenId(
        rng.weighted(p.birthProvince),
        gender,
        birth.getUTCFullYear(),
        rng,
        usedIds,
      ),
    };
    persons.push(person);
    return person;
  };

  const joinedOn = (team: PlannedTeam, birth: Date, founder: boolean): Date => {
    const span = Math.max(
      0,
      Math.round((options.joinBy.getTime() - team.establishedOn.getTime()) / 86_400_000),
    );
    const offset = founder ? rng.int(0, Math.min(30, span)) : rng.int(0, span);
    const adult = birthdayAt(birth, 18);
    const date = addDays(team.establishedOn, offset);
    return date < adult ? adult : date;
  };

  // Which teams give one member slot to a person of another team in the same commune.
  const teamsByCommune = new Map<number, number[]>();
  teams.forEach((t, i) =>
    teamsByCommune.set(t.communeId, [...(teamsByCommune.get(t.communeId) ?? []), i]),
  );
  const eligible = teams
    .map((_, i) => i)
    .filter((i) => (teamsByCommune.get(teams[i]?.communeId ?? -1)?.length ?? 0) > 1);
  if (eligible.length < options.shared)
    throw new Error(`Only ${eligible.length} teams can share a member`);
  const sharing = new Set(rng.sample(eligible, options.shared));

  const firstPersonOfTeam: { id: string; birthDate: Date }[][] = [];
  teams.forEach((team, t) => {
    if (team.size < 3) throw new Error(`Team ${team.id} has ${team.size} members, fewer than 3`);
    const twoDeputies = rng.chance(0.5);
    const own = sharing.has(t) ? team.size - 1 : team.size;
    const members: { id: string; birthDate: Date }[] = [];
    for (let k = 0; k < own; k++) {
      const role = roleAt(k, team.size, twoDeputies);
      const person = newPerson(team, role);
      members.push(person);
      memberships.push({
        id: id("membership", memberships.length),
        provinceId,
        communeId: team.communeId,
        teamId: team.id,
        personId: person.id,
        role,
        joinedOn: joinedOn(team, person.birthDate, role !== MemberRole.MEMBER || rng.chance(0.7)),
      });
    }
    firstPersonOfTeam.push(members);
  });

  // Each shared person joins exactly one other team.
  const alreadyShared = new Set<string>();
  for (const t of [...sharing].sort((a, b) => a - b)) {
    const team = teams[t];
    if (!team) continue;
    const others = (teamsByCommune.get(team.communeId) ?? []).filter((o) => o !== t);
    const donor = (firstPersonOfTeam[rng.pick(others)] ?? []).filter(
      (p) => !alreadyShared.has(p.id),
    );
    const person = donor.length > 0 ? rng.pick(donor) : undefined;
    if (!person) throw new Error(`No one to share into team ${team.id}`);
    alreadyShared.add(person.id);
    memberships.push({
      id: id("membership", memberships.length),
      provinceId,
      communeId: team.communeId,
      teamId: team.id,
      personId: person.id,
      role: MemberRole.MEMBER,
      joinedOn: joinedOn(team, person.birthDate, false),
    });
  }

  for (let k = 0; k < options.leavers; k++) {
    const team = rng.pick(teams);
    const person = newPerson(team, MemberRole.MEMBER);
    const joined = joinedOn(team, person.birthDate, true);
    const stayed = rng.int(120, 900);
    const left =
      addDays(joined, stayed) < options.joinBy ? addDays(joined, stayed) : options.joinBy;
    memberships.push({
      id: id("membership", memberships.length),
      provinceId,
      communeId: team.communeId,
      teamId: team.id,
      personId: person.id,
      role: MemberRole.MEMBER,
      joinedOn: joined,
      leftOn: left < joined ? joined : left,
      leftReason: rng.pick(LEFT_REASONS),
    });
  }
  return { persons, memberships };
}
