// What the checks of an import need from the database, read once per preview or commit in the
// caller's scope: the commune's teams (and their leaders), residential areas, the ethnic groups,
// the province's former communes with their old → new mappings, and the persons the file names.
import type { Tx } from "@/lib/db/scoped";
import type { MemberRole, TeamKind } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/search/search-key";
import { lookUpPersons } from "../person-lookup";
import { ethnicityKey, unitKey } from "./values";

export interface TeamInfo {
  id: string;
  name: string;
  kind: TeamKind;
  /** The name of the team's open leader, if it has one. */
  leader: string | null;
}
export interface AreaInfo {
  id: string;
  name: string;
  formerCommuneId: number | null;
}
export interface FormerCommuneInfo {
  id: number;
  code: string | null;
  nameKey: string;
  districtKey: string;
  provinceKey: string;
  /** "Xã Phong Thạnh, Thị xã Giá Rai, Tỉnh Bạc Liêu" */
  label: string;
  communeIds: number[];
}
export interface ExistingPerson {
  id: string;
  /** The full name, or the masked one ("Nguyễn V. A.") of a person another commune keeps. */
  fullName: string;
  nameMasked: boolean;
  birthDate: Date | null;
  communeName: string;
  memberships: { teamId: string; teamName: string; teamKind: TeamKind; role: MemberRole }[];
}

export interface Lookups {
  commune: { id: number; provinceId: number; name: string };
  communeNames: Map<number, string>;
  teams: Map<string, TeamInfo[]>;
  areas: Map<string, AreaInfo[]>;
  ethnicities: Map<string, number>;
  formerCommunes: FormerCommuneInfo[];
  persons: Map<string, ExistingPerson>;
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export async function loadLookups(
  tx: Tx,
  commune: { id: number; provinceId: number; name: string },
  citizenIds: string[],
): Promise<Lookups> {
  const where = { provinceId: commune.provinceId, communeId: commune.id };
  const [teams, areas, ethnicities, formers, persons] = await Promise.all([
    tx.team.findMany({
      where: { ...where, status: "ACTIVE" },
      select: {
        id: true,
        name: true,
        kind: true,
        memberships: {
          where: { role: "LEADER", leftOn: null },
          select: { personId: true },
          take: 1,
        },
      },
    }),
    tx.residentialArea.findMany({
      where: { ...where, active: true },
      select: { id: true, name: true, formerCommuneId: true },
    }),
    tx.ethnicity.findMany({ select: { id: true, name: true } }),
    tx.formerCommune.findMany({
      where: { mappings: { some: { commune: { provinceId: commune.provinceId } } } },
      select: {
        id: true,
        code: true,
        name: true,
        districtName: true,
        formerProvince: { select: { name: true } },
        mappings: { select: { communeId: true, commune: { select: { name: true } } } },
      },
    }),
    // Across the whole province (one person per citizen ID), through the narrow lookup: a commune
    // officer's row-level security hides the other communes' persons and teams.
    lookUpPersons(tx, { citizenIds }),
  ]);

  // Leaders' names by a query of their own: a leader whose record another commune keeps is not
  // visible to a commune officer (row-level security), and the team still has a leader.
  const leaderIds = teams.flatMap((t) => t.memberships.map((m) => m.personId));
  // The full names of the persons the caller can read (their commune's, or members of its teams).
  const visibleNames = new Map(
    persons.length === 0
      ? []
      : (
          await tx.person.findMany({
            where: { provinceId: commune.provinceId, id: { in: persons.map((p) => p.id) } },
            select: { id: true, fullName: true },
          })
        ).map((p) => [p.id, p.fullName]),
  );
  const leaders = new Map(
    (
      await tx.person.findMany({
        where: { provinceId: commune.provinceId, id: { in: leaderIds } },
        select: { id: true, fullName: true },
      })
    ).map((p) => [p.id, p.fullName]),
  );

  const communeNames = new Map<number, string>([[commune.id, commune.name]]);
  for (const former of formers)
    for (const m of former.mappings) communeNames.set(m.communeId, m.commune.name);

  return {
    commune,
    communeNames,
    teams: group(
      teams.map((t) => ({
        id: t.id,
        name: t.name,
        kind: t.kind,
        leader: t.memberships[0] ? (leaders.get(t.memberships[0].personId) ?? "") : null,
      })),
      (t) => searchKey(t.name),
    ),
    areas: group(areas, (a) => searchKey(a.name)),
    ethnicities: new Map(ethnicities.map((e) => [ethnicityKey(e.name), e.id])),
    formerCommunes: formers.map((f) => ({
      id: f.id,
      code: f.code,
      nameKey: unitKey(f.name),
      districtKey: unitKey(f.districtName),
      provinceKey: unitKey(f.formerProvince.name),
      label: `${f.name}, ${f.districtName}, ${f.formerProvince.name}`,
      communeIds: [...new Set(f.mappings.map((m) => m.communeId))],
    })),
    persons: new Map(
      persons.flatMap((p) => {
        if (!p.citizenId) return [];
        const fullName = visibleNames.get(p.id);
        const person: ExistingPerson = {
          id: p.id,
          fullName: fullName ?? p.maskedName,
          nameMasked: fullName === undefined,
          birthDate: p.birthDate,
          communeName: p.communeName,
          memberships: p.memberships
            .filter((m) => m.open)
            .map((m) => ({
              teamId: m.teamId,
              teamName:
                m.teamCommuneId === commune.id
                  ? m.teamName
                  : `${m.teamName} (${m.teamCommuneName})`,
              teamKind: m.teamKind,
              role: m.role,
            })),
        };
        return [[p.citizenId, person] as const];
      }),
    ),
  };
}
