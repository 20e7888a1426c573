import type { Prisma } from "../../../lib/generated/prisma/client";
import { TeamKind } from "../../../lib/generated/prisma/enums";
import { dateBetween } from "./dates";
import type { IdOf } from "./ids";
import type { PlacedPoint } from "./points";
import { profile, type Region } from "./member-profiles";
import type { DemoFormerCommune } from "./province-units";
import { distribute } from "./partition";
import { inText } from "./places";
import { addDays } from "../../../lib/periods/period-dates";
import type { Rng } from "./random";
import type { PlannedTeam } from "./roster";

// The teams of replication points, sized so that published totals hold exactly: the number of
// teams, and the members of each group of teams (e.g. the veterans' clubs' 3,318 members).

export interface MemberGroup {
  /** Teams of the points this matches; the last group should match every point. */
  match: (point: PlacedPoint) => boolean;
  /** Open memberships of the group's teams. */
  members: number;
}

export interface TeamOptions {
  totalTeams: number;
  maxTeamsPerPoint: number;
  groups: readonly MemberGroup[];
  minSize: number;
  maxSize: number;
  /** Latest founding date of a team. */
  latest: Date;
  regionOf: (former: DemoFormerCommune) => Region;
  areaIdsOf: (former: DemoFormerCommune) => readonly string[];
  areaName: (areaId: string) => string | undefined;
}

export interface PlannedTeams {
  teams: PlannedTeam[];
  rows: Prisma.TeamCreateManyInput[];
}

export function planPointTeams(
  provinceId: number,
  points: readonly PlacedPoint[],
  options: TeamOptions,
  rng: Rng,
  id: IdOf,
): PlannedTeams {
  const perPoint = distribute(
    options.totalTeams,
    points.map((p) => (p.use.teams ?? 1) * (0.4 + 1.2 * rng.next())),
    { min: points.map(() => 1), max: points.map(() => options.maxTeamsPerPoint) },
  );

  const pending: { point: PlacedPoint; k: number; group: number }[] = [];
  points.forEach((point, p) => {
    const group = options.groups.findIndex((g) => g.match(point));
    if (group < 0) throw new Error(`No member group for point ${point.key}`);
    for (let k = 0; k < (perPoint[p] ?? 0); k++) pending.push({ point, k, group });
  });

  const sizes = new Array<number>(pending.length).fill(0);
  options.groups.forEach((g, gi) => {
    const members = pending.flatMap((t, i) => (t.group === gi ? [i] : []));
    const split = distribute(
      g.members,
      members.map(() => 0.5 + rng.next()),
      { min: members.map(() => options.minSize), max: members.map(() => options.maxSize) },
    );
    members.forEach((teamIndex, k) => {
      sizes[teamIndex] = split[k] ?? 0;
    });
  });

  const teams: PlannedTeam[] = [];
  const rows: Prisma.TeamCreateManyInput[] = [];
  pending.forEach(({ point, k }, i) => {
    const formerAreas = options.areaIdsOf(point.former);
    const areaId = point.area?.id ?? (formerAreas.length > 0 ? rng.pick(formerAreas) : undefined);
    const areaName = point.area?.name ?? (areaId ? options.areaName(areaId) : undefined);
    const teamId = id("team", i);
    const founded = dateBetween(
      rng,
      point.establishedOn,
      minDate(addDays(point.establishedOn, 60), options.latest),
    );
    const base = profile(point.use.profile, options.regionOf(point.former));
    teams.push({
      id: teamId,
      communeId: point.communeId,
      establishedOn: founded,
      size: sizes[i] ?? 0,
      profile: point.use.religion ? { ...base, religion: [[point.use.religion, 1]] } : base,
      areaIds: areaId
        ? [areaId, ...formerAreas.filter((a) => a !== areaId && rng.chance(0.15))]
        : formerAreas,
    });
    rows.push({
      id: teamId,
      provinceId,
      communeId: point.communeId,
      pointId: point.id,
      kind: TeamKind.MODEL,
      name: (areaName ? `Tổ số ${k + 1}, ${inText(areaName)}` : `Tổ số ${k + 1}`).normalize("NFC"),
      establishedOn: founded,
    });
  });
  return { teams, rows };
}

const minDate = (a: Date, b: Date): Date => (a < b ? a : b);
