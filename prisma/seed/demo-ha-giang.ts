import { Rating, SafetyUnitType } from "../../lib/generated/prisma/enums";
import { communeWeights, type DemoContext } from "./demo-bac-lieu";
import {
  areasByFormer,
  dateBetween,
  inDistricts,
  planAgencies,
  planAreas,
  planSafety,
} from "./demo-common";
import { HA_GIANG_MODELS } from "./demo-models-more";
import { type DemoPlan, emptyPlan } from "./demo-plan";
import { placeModels, type PlacedPoint } from "./demo-points";
import { REGIONS, type Region } from "./demo-profiles";
import { planYearReports } from "./demo-reports";
import { planPointTeams } from "./demo-teams";
import type { DemoFormerCommune } from "./demo-units";
import { idMaker } from "./ids";
import { distribute } from "./partition";
import { day } from "./periods";
import { createRng } from "./random";
import { scaleTargets } from "./report-values";
import { planRoster } from "./roster";

// Hà Giang (now part of Tuyên Quang), 2023, as its provincial police published:
//   "1,067 models in all (379 built that year)": read as 1,067 replication points active in 2023
//     (of 24 model types), 379 of them established in 2023;
//   1,370 tips; 584 border patrols with 1,046 participants; 268 mediations; 16 scenes protected;
//     35 fire and rescue call-outs (approved POINT reports of 2023);
//   96.8% of units "An toàn về ANTT": 968 of 1,000 residential areas and 242 of 250 agencies
//     (1,210 / 1,250 = 96.8%, each type at 96.8% too);
//   91% of evaluated models rated khá or tốt: 1,000 points rated for 2023, 910 GOOD or FAIR (the 67
//     points established last in 2023 were not yet rated);
//   phường Ngọc Hà (now Phường Hà Giang 2): a "Camera an ninh" point with 82 cameras that gave
//     12 of the 1,370 tips.
// Teams and members are not published: one team per point, 7,469 members in all.

export const HA_GIANG = {
  formerProvince: "Tỉnh Hà Giang",
  points: 1_067,
  pointsBuilt2023: 379,
  rated2023: 1_000,
  goodOrFair2023: 910,
  areas: 1_000,
  areasAchieved: 968,
  agencies: 250,
  agenciesAchieved: 242,
  members: 7_469,
  ngocHa: { formerCode: "00692", communeCode: "00691", cameras: 82, tips2023: 12 },
  pointTargets2023: {
    tips: 1_370,
    border_patrols: 584,
    border_patrol_participants: 1_046,
    mediations: 268,
    scenes_protected: 16,
    fire_rescue_callouts: 35,
  },
} as const;

function regionOf(f: DemoFormerCommune): Region {
  if (inDistricts(f, ["Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ"]))
    return REGIONS.HA_GIANG_HIGHLAND;
  if (inDistricts(f, ["Hoàng Su Phì", "Xín Mần"])) return REGIONS.HA_GIANG_WEST;
  return REGIONS.HA_GIANG_LOWLAND;
}

/** Moves `count` points (never a model's first) to dates in 2023. */
function buildIn2023(
  points: readonly PlacedPoint[],
  count: number,
  rng: ReturnType<typeof createRng>,
): PlacedPoint[] {
  const firsts = new Set(HA_GIANG_MODELS.map((use) => points.find((p) => p.use === use)));
  const chosen = new Set(
    rng.sample(
      points.filter((p) => !firsts.has(p)),
      count,
    ),
  );
  return points.map((p) => {
    if (!chosen.has(p)) return p;
    const establishedOn = dateBetween(rng, day(2023, 1, 5), day(2023, 12, 20));
    return { ...p, establishedOn, row: { ...p.row, establishedOn } };
  });
}

export function planHaGiang(ctx: DemoContext): DemoPlan {
  const { units } = ctx;
  const rng = createRng("demo/ha-giang");
  const id = idMaker("hg");
  const plan = emptyPlan();
  const n = units.formerCommunes.length;

  const areaCounts = distribute(
    HA_GIANG.areas,
    units.formerCommunes.map(() => 0.5 + rng.next()),
    { min: units.formerCommunes.map(() => 3) },
  );
  const { areas, rows: areaRows } = planAreas(
    units,
    areaCounts,
    () => "HIGHLAND",
    rng.fork("areas"),
    id,
  );
  plan.residentialAreas.push(...areaRows);
  const agencyCounts = distribute(
    HA_GIANG.agencies,
    Array.from({ length: n }, () => 0.5 + rng.next()),
    { max: Array.from({ length: n }, () => 3) },
  );
  const { agencies, rows: agencyRows } = planAgencies(units, agencyCounts, id);
  plan.organizations.push(...agencyRows);
  const byFormer = areasByFormer(areas);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  const placed = placeModels(
    units,
    HA_GIANG_MODELS,
    {
      codePrefix: "hg",
      nationalIds: ctx.nationalModelIds,
      areasByFormer: byFormer,
      latest: day(2022, 12, 31),
    },
    rng.fork("points"),
    id,
  );
  plan.models.push(...placed.models);
  const points = buildIn2023(placed.points, HA_GIANG.pointsBuilt2023, rng.fork("2023"));
  const ngocHa = points.find(
    (p) => p.former.code === HA_GIANG.ngocHa.formerCode && p.use.code === "camera-an-ninh",
  );
  if (!ngocHa) throw new Error("No camera point in phường Ngọc Hà");
  plan.points.push(
    ...points.map((p) =>
      p === ngocHa
        ? {
            ...p.row,
            placeName: `Hệ thống ${HA_GIANG.ngocHa.cameras} camera an ninh phường Ngọc Hà`,
          }
        : p.row,
    ),
  );

  const teams = planPointTeams(
    units.provinceId,
    points,
    {
      totalTeams: points.length,
      maxTeamsPerPoint: 1,
      groups: [{ match: () => true, members: HA_GIANG.members }],
      minSize: 3,
      maxSize: 15,
      latest: day(2023, 12, 31),
      regionOf,
      areaIdsOf: (f) => (byFormer.get(f.id) ?? []).map((a) => a.id),
      areaName: (areaId) => areaName.get(areaId),
    },
    rng.fork("teams"),
    id,
  );
  plan.teams.push(...teams.rows);
  const roster = planRoster(
    units.provinceId,
    teams.teams,
    { shared: 40, leavers: 30, joinBy: day(2024, 12, 31) },
    rng.fork("roster"),
    id,
  );
  plan.persons.push(...roster.persons);
  plan.memberships.push(...roster.memberships);

  // 2023 ratings: every point but the 67 newest; exactly 910 of the 1,000 rated GOOD or FAIR.
  const ratingRng = rng.fork("ratings");
  const byDate = [...points].sort(
    (a, b) =>
      a.establishedOn.getTime() - b.establishedOn.getTime() || Number(a.key) - Number(b.key),
  );
  const rated = ratingRng.shuffle(byDate.slice(0, HA_GIANG.rated2023));
  const ratings2023 = new Map<string, Rating>();
  rated.forEach((p, i) =>
    ratings2023.set(
      p.id,
      i < 520
        ? Rating.GOOD
        : i < HA_GIANG.goodOrFair2023
          ? Rating.FAIR
          : i < 990
            ? Rating.AVERAGE
            : Rating.WEAK,
    ),
  );
  const withRatings = points.map((p) => {
    const ratings = new Map<number, Rating>();
    const r2023 = ratings2023.get(p.id);
    if (r2023) ratings.set(2023, r2023);
    ratings.set(
      2024,
      ratingRng.weighted([
        [Rating.GOOD, 52],
        [Rating.FAIR, 40],
        [Rating.AVERAGE, 7],
        [Rating.WEAK, 1],
      ]),
    );
    return { ...p, ratings };
  });
  for (const p of withRatings) {
    for (const [year, rating] of p.ratings)
      plan.ratings.push({ provinceId: units.provinceId, pointId: p.id, year, rating });
  }

  const safetyRng = rng.fork("safety");
  plan.safetyRegistrations.push(
    ...planSafety(
      units.provinceId,
      2023,
      areas.map((a) => ({ communeId: a.communeId, residentialAreaId: a.id })),
      SafetyUnitType.RESIDENTIAL_AREA,
      HA_GIANG.areasAchieved,
      safetyRng,
      id,
    ),
    ...planSafety(
      units.provinceId,
      2023,
      agencies.map((a) => ({ communeId: a.communeId, organizationId: a.id })),
      SafetyUnitType.AGENCY,
      HA_GIANG.agenciesAchieved,
      safetyRng,
      id,
    ),
  );

  const communes = communeWeights(units);
  const reportRng = rng.fork("reports");
  planYearReports(
    plan,
    units.provinceId,
    {
      year: 2023,
      points: withRatings,
      communes,
      pointTargets: HA_GIANG.pointTargets2023,
      communeTargets: {},
      pointPins: [{ code: "tips", pointKey: ngocHa.key, total: HA_GIANG.ngocHa.tips2023 }],
    },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  planYearReports(
    plan,
    units.provinceId,
    {
      year: 2024,
      points: withRatings,
      communes,
      pointTargets: scaleTargets(HA_GIANG.pointTargets2023, reportRng.fork("2024")),
      communeTargets: {},
    },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  return plan;
}
