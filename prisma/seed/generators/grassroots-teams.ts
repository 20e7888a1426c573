import type { Prisma } from "../../../lib/generated/prisma/client";
import { TeamKind } from "../../../lib/generated/prisma/enums";
import type { PlannedArea } from "./areas";
import { dateBetween } from "./dates";
import type { IdOf } from "./ids";
import { profile, type Region } from "./member-profiles";
import { distribute } from "./partition";
import { inText } from "./places";
import type { Rng } from "./random";
import type { PlannedTeam } from "./roster";

// Grassroots security teams (tổ bảo vệ ANTT ở cơ sở, Law of 2023, in force 1 July 2024): one per
// residential area, sized so that their members add up to the published total.

export interface GrassrootsOptions {
  provinceId: number;
  members: number;
  size: readonly [number, number];
  foundedBetween: readonly [Date, Date];
  regionOf: (area: PlannedArea) => Region;
}

export interface GrassrootsTeams {
  teams: PlannedTeam[];
  rows: Prisma.TeamCreateManyInput[];
  teamAreas: Prisma.TeamAreaCreateManyInput[];
}

/** `sizeRng` draws the team sizes, `rng` everything else. */
export function planGrassrootsTeams(
  areas: readonly PlannedArea[],
  options: GrassrootsOptions,
  sizeRng: Rng,
  rng: Rng,
  id: IdOf,
): GrassrootsTeams {
  const [minSize, maxSize] = options.size;
  const sizes = distribute(
    options.members,
    areas.map(() => 0.5 + sizeRng.next()),
    { min: areas.map(() => minSize), max: areas.map(() => maxSize) },
  );
  const result: GrassrootsTeams = { teams: [], rows: [], teamAreas: [] };
  areas.forEach((area, i) => {
    const teamId = id("grassroots-team", i);
    const founded = dateBetween(rng, options.foundedBetween[0], options.foundedBetween[1]);
    result.teams.push({
      id: teamId,
      communeId: area.communeId,
      establishedOn: founded,
      size: sizes[i] ?? minSize,
      profile: profile("GENERAL", options.regionOf(area)),
      areaIds: [area.id],
    });
    result.rows.push({
      id: teamId,
      provinceId: options.provinceId,
      communeId: area.communeId,
      kind: TeamKind.GRASSROOTS_SECURITY,
      name: `Tổ bảo vệ an ninh, trật tự ${inText(area.name)}`.normalize("NFC"),
      establishedOn: founded,
    });
    result.teamAreas.push({ provinceId: options.provinceId, teamId, residentialAreaId: area.id });
  });
  return result;
}
