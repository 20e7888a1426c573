import {
  LeadOrganization,
  ModelField,
  ReportKind,
  ReportStatus,
} from "../../../lib/generated/prisma/enums";
import { day, periodKey } from "../../../lib/periods/period-dates";
import { areasByFormer, planAreas } from "../generators/areas";
import { planGrassrootsTeams } from "../generators/grassroots-teams";
import { bulkIdMaker } from "../generators/ids";
import type { ProfileKind } from "../generators/member-profiles";
import { nat, type ModelUse } from "../generators/model-use";
import { distribute, randomWeights } from "../generators/partition";
import { emptyPlan, type DemoPlan } from "../generators/plan";
import { planPointTeams } from "../generators/point-teams";
import { type PlacedPoint, placeModels, pointHistory } from "../generators/points";
import type { Rng } from "../generators/random";
import { buildReports, type ReportSlot } from "../generators/reports";
import { COMMUNE_SPECS, generateValues, POINT_SPECS } from "../generators/report-values";
import { planRoster } from "../generators/roster";
import { communeSlots, communeWeights, pointSlots } from "../generators/year-reports";
import { NATIONAL_MODELS } from "../reference/national-models";
import type { CatalogIds } from "../reference";
import type { NationalPart } from "./units";

// The national data set, planned one part (a former province's communes) at a time with the demo
// pipeline's generators: residential areas, replication points of the national models, grassroots
// and point teams, rosters (one leader per team), and eight quarters of reports whose values keep
// every validation rule. Pure: the same seed and scale give the same rows on every machine.

/** The full-size targets (scale 1). */
export const NATIONAL_TOTALS = {
  residentialAreas: 65_000,
  points: 60_000,
  teams: 300_000,
  members: 3_000_000,
} as const;

/** Eight quarters, 2024 Q4 – 2026 Q3: three before the 2025 reorganisation, the last one in the workflow. */
export const NATIONAL_QUARTERS: readonly (readonly [number, number])[] = [
  [2024, 4],
  [2025, 1],
  [2025, 2],
  [2025, 3],
  [2025, 4],
  [2026, 1],
  [2026, 2],
  [2026, 3],
];
const LAST = NATIONAL_QUARTERS[NATIONAL_QUARTERS.length - 1] as readonly [number, number];
const BEFORE_REORGANISATION = periodKey(2025, 3);
/** Latest day a point or team is established, and a member joins: the last quarter's end. */
export const LATEST_DAY = day(2026, 9, 30);
/** createdAt / updatedAt of generated rows that have no date of their own (deterministic). */
export const SEEDED_AT = new Date(Date.UTC(2026, 9, 20, 2, 0, 0));

/** How reports of a quarter stand: the last quarter is in the workflow, the one before nearly done. */
const STATUS_MIX: Record<
  "last" | "previous" | "older",
  readonly (readonly [ReportStatus, number])[]
> = {
  last: [
    [ReportStatus.APPROVED, 55],
    [ReportStatus.SUBMITTED, 25],
    [ReportStatus.RETURNED, 8],
    [ReportStatus.DRAFT, 12],
  ],
  previous: [
    [ReportStatus.APPROVED, 96],
    [ReportStatus.SUBMITTED, 2],
    [ReportStatus.RETURNED, 1],
    [ReportStatus.DRAFT, 1],
  ],
  older: [
    [ReportStatus.APPROVED, 998],
    [ReportStatus.SUBMITTED, 1],
    [ReportStatus.RETURNED, 1],
  ],
};

export interface PartCounts {
  /** Residential areas of each former commune of the part, in order. */
  areas: number[];
  points: number;
  /** Teams of points (the grassroots teams are one per residential area). */
  pointTeams: number;
  /** Open memberships of the grassroots teams and of the point teams. */
  grassrootsMembers: number;
  pointMembers: number;
}

/** Splits the national totals (times `scale`) over the parts, exactly. */
export function nationalCounts(
  parts: readonly NationalPart[],
  scale: number,
  rng: Rng,
): PartCounts[] {
  const total = (n: number): number => Math.round(n * scale);
  const areasTotal = total(NATIONAL_TOTALS.residentialAreas);
  const pointsTotal = total(NATIONAL_TOTALS.points);
  const teamsTotal = total(NATIONAL_TOTALS.teams);
  const membersTotal = total(NATIONAL_TOTALS.members);

  const formerSlots = parts.flatMap((p, i) => p.units.formerCommunes.map(() => i));
  const areaMin = areasTotal >= formerSlots.length ? 1 : 0;
  const areasOfFormer = distribute(
    areasTotal,
    formerSlots.map(() => 0.4 + 1.2 * rng.next()),
    { min: formerSlots.map(() => areaMin) },
  );
  const areas: number[][] = parts.map(() => []);
  formerSlots.forEach((part, k) => areas[part]?.push(areasOfFormer[k] ?? 0));
  const areaSums = areas.map((a) => a.reduce((s, n) => s + n, 0));

  const points = distribute(
    pointsTotal,
    parts.map((p) => p.units.formerCommunes.length * (0.7 + 0.6 * rng.next())),
  );
  const pointTeamsTotal = teamsTotal - areasTotal;
  if (pointTeamsTotal < pointsTotal) throw new Error("Fewer point teams than points");
  const pointTeams = distribute(
    pointTeamsTotal,
    points.map((n) => n * (0.8 + 0.4 * rng.next())),
    { min: points },
  );
  const teams = parts.map((_, i) => (areaSums[i] ?? 0) + (pointTeams[i] ?? 0));
  const members = distribute(
    membersTotal,
    teams.map((n) => n * (0.8 + 0.4 * rng.next())),
    { min: teams.map((n) => 3 * n) },
  );
  return parts.map((_, i) => {
    const grassroots = areaSums[i] ?? 0;
    const ofPoints = pointTeams[i] ?? 0;
    const [grassrootsMembers = 0, pointMembers = 0] = distribute(
      members[i] ?? 0,
      [grassroots, ofPoints * 1.1],
      { min: [3 * grassroots, 3 * ofPoints] },
    );
    return {
      areas: areas[i] ?? [],
      points: points[i] ?? 0,
      pointTeams: ofPoints,
      grassrootsMembers,
      pointMembers,
    };
  });
}

const PROFILE_OF_LEAD: Partial<Record<LeadOrganization, ProfileKind>> = {
  [LeadOrganization.VETERANS]: "VETERAN",
  [LeadOrganization.WOMEN]: "WOMEN",
  [LeadOrganization.YOUTH]: "YOUTH",
  [LeadOrganization.ELDERLY]: "ELDERLY",
  [LeadOrganization.RELIGIOUS]: "RELIGIOUS",
  [LeadOrganization.ENTERPRISE]: "WORKER",
};

/** How often the national models are chosen: the self-managed groups and cameras are everywhere. */
function modelWeight(code: string, field: ModelField, part: NationalPart): number {
  if (code === "clb-3-tich-cuc-khmer") return part.style === "MEKONG_KHMER" ? 1 : 0;
  if (field === ModelField.BORDER_SEA) return 0.3;
  if (code === "to-lien-gia-tu-quan") return 5;
  if (code === "camera-an-ninh" || code === "tieng-loa-an-ninh") return 3;
  return 1;
}

/** The national models a part uses and how many points each has. */
function modelUses(part: NationalPart, points: number, rng: Rng): ModelUse[] {
  const weights = randomWeights(NATIONAL_MODELS.length, rng).map(
    (w, i) =>
      w *
      modelWeight(
        NATIONAL_MODELS[i]?.code ?? "",
        NATIONAL_MODELS[i]?.field ?? ModelField.OTHER,
        part,
      ),
  );
  const counts = distribute(points, weights);
  return NATIONAL_MODELS.flatMap((m, i) => {
    const n = counts[i] ?? 0;
    if (n === 0) return [];
    return [
      nat(m.code, n, 2012, PROFILE_OF_LEAD[m.lead] ?? "GENERAL", {
        atArea: m.lead === LeadOrganization.VILLAGE,
        border: m.field === ModelField.BORDER_SEA,
        teams: m.lead === LeadOrganization.VILLAGE ? 1.5 : 1,
      }),
    ];
  });
}

function statusPicker(rng: Rng): (slot: ReportSlot) => ReportStatus {
  return (slot) => {
    const key = periodKey(slot.year, slot.quarter);
    const mix =
      slot.year === LAST[0] && slot.quarter === LAST[1]
        ? STATUS_MIX.last
        : key === periodKey(LAST[0], LAST[1] - 1)
          ? STATUS_MIX.previous
          : STATUS_MIX.older;
    return rng.weighted(mix);
  };
}

/** Appends without spreading (a spread of a million rows overflows the stack). */
function append<T>(to: T[], rows: readonly T[]): void {
  for (const row of rows) to.push(row);
}

/** Every row of one part. `usedCitizenIds` is shared by the parts of one province. */
export function planPart(
  part: NationalPart,
  counts: PartCounts,
  catalog: CatalogIds,
  seed: number,
  usedCitizenIds: Set<string>,
  rng: Rng,
): DemoPlan {
  const plan = emptyPlan();
  const { units } = part;
  const id = bulkIdMaker(`national:${seed}:${part.key}`);
  const provinceId = units.provinceId;

  const { areas, rows: areaRows } = planAreas(
    units,
    counts.areas,
    () => part.style,
    rng.fork("areas"),
    id,
  );
  append(plan.residentialAreas, areaRows);
  const byFormer = areasByFormer(areas);
  const areaNameOf = new Map(areas.map((a) => [a.id, a.name]));

  const uses = counts.points > 0 ? modelUses(part, counts.points, rng.fork("models")) : [];
  const placed = placeModels(
    units,
    uses,
    {
      codePrefix: "",
      nationalIds: catalog.nationalModelIds,
      areasByFormer: byFormer,
      latest: LATEST_DAY,
    },
    rng.fork("points"),
    id,
  );
  for (const p of placed.points) {
    plan.points.push(p.row);
    plan.pointChanges.push(...pointHistory(p.row));
  }

  const grassroots = planGrassrootsTeams(
    areas,
    {
      provinceId,
      members: counts.grassrootsMembers,
      size: [3, 40],
      foundedBetween: [day(2024, 7, 1), day(2025, 6, 30)],
      regionOf: () => part.region,
    },
    rng.fork("grassroots-sizes"),
    rng.fork("grassroots"),
    id,
  );
  const pointTeams =
    placed.points.length > 0
      ? planPointTeams(
          provinceId,
          placed.points,
          {
            totalTeams: counts.pointTeams,
            maxTeamsPerPoint: 40,
            groups: [{ match: () => true, members: counts.pointMembers }],
            minSize: 3,
            maxSize: 60,
            latest: LATEST_DAY,
            regionOf: () => part.region,
            areaIdsOf: (f) => (byFormer.get(f.id) ?? []).map((a) => a.id),
            areaName: (areaId) => areaNameOf.get(areaId),
          },
          rng.fork("point-teams"),
          id,
        )
      : { teams: [], rows: [] };
  append(plan.teams, grassroots.rows);
  append(plan.teams, pointTeams.rows);
  append(plan.teamAreas, grassroots.teamAreas);

  const teams = [...grassroots.teams, ...pointTeams.teams];
  const members = counts.grassrootsMembers + counts.pointMembers;
  const roster = planRoster(
    provinceId,
    teams,
    {
      // A few people in two teams of their commune, a few who left (history kept).
      shared: teams.length > 1 ? Math.floor(members * 0.004) : 0,
      leavers: Math.floor(members * 0.01),
      joinBy: LATEST_DAY,
      usedCitizenIds,
    },
    rng.fork("roster"),
    id,
  );
  append(plan.persons, roster.persons);
  append(plan.memberships, roster.memberships);

  planReports(plan, part, placed.points, catalog, id, rng.fork("reports"));
  return plan;
}

function planReports(
  plan: DemoPlan,
  part: NationalPart,
  points: readonly PlacedPoint[],
  catalog: CatalogIds,
  id: ReturnType<typeof bulkIdMaker>,
  rng: Rng,
): void {
  const wanted = new Set(NATIONAL_QUARTERS.map(([y, q]) => periodKey(y, q)));
  const years = [...new Set(NATIONAL_QUARTERS.map(([y]) => y))];
  const inRange = (s: ReportSlot): boolean => wanted.has(periodKey(s.year, s.quarter));
  const communes = communeWeights(part.units);
  const formerCommuneOf = new Map(points.map((p) => [p.id, p.row.formerCommuneId ?? null]));
  for (const year of years) {
    const yearRng = rng.fork(String(year));
    const pick = statusPicker(yearRng.fork("status"));
    for (const [kind, slots] of [
      [ReportKind.POINT, pointSlots(points, year, catalog.periodIds).filter(inRange)],
      [ReportKind.COMMUNE, communeSlots(communes, year, catalog.periodIds).filter(inRange)],
    ] as const) {
      if (slots.length === 0) continue;
      const specs = kind === ReportKind.POINT ? POINT_SPECS : COMMUNE_SPECS;
      const values = generateValues(specs, slots, {}, yearRng.fork(`values-${kind}`));
      const statuses = slots.map(pick);
      const rows = buildReports(
        part.units.provinceId,
        slots,
        values,
        catalog.indicatorIds,
        id,
        yearRng.fork(`rows-${kind}`),
        (i) => statuses[i] ?? ReportStatus.APPROVED,
      );
      // Reports made before the reorganisation keep the units of the time (as the demo's do).
      rows.reports.forEach((report, i) => {
        const slot = slots[i];
        if (!slot || periodKey(slot.year, slot.quarter) >= BEFORE_REORGANISATION) return;
        report.formerProvinceId = part.formerProvinceId;
        report.formerCommuneId = report.pointId
          ? (formerCommuneOf.get(report.pointId) ?? null)
          : null;
      });
      append(plan.reports, rows.reports);
      append(plan.reportValues, rows.values);
      append(plan.statusChanges, rows.statusChanges);
    }
  }
}
