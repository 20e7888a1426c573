import { Rating, RecognitionLevel } from "../../lib/generated/prisma/enums";
import { NATIONAL_MODELS } from "./catalog-models";
import { areasByFormer, inDistricts, planAreas } from "./demo-common";
import { BAC_LIEU_MODELS } from "./demo-models";
import { type DemoPlan, emptyPlan } from "./demo-plan";
import { placeModels } from "./demo-points";
import { REGIONS } from "./demo-profiles";
import { planYearReports, type SlotCommune } from "./demo-reports";
import { planPointTeams } from "./demo-teams";
import type { DemoUnits } from "./demo-units";
import { idMaker } from "./ids";
import { day } from "./periods";
import { createRng } from "./random";
import { scaleTargets } from "./report-values";
import { planRoster } from "./roster";
import { planWorkflowSample } from "./demo-workflow";

// Bạc Liêu (now part of Cà Mau): the figures its provincial police published.
//   50 models, 263 replication points, 1,522 teams, about 22,000 members (22,046 open memberships);
//   the veterans' club in 57 of the 64 communes with over 3,300 members (3,318 memberships).
//   2023, approved reports: 1,994 tips, 2,278 weapons/explosives handed in, 384 mediations,
//   731 patrols (POINT reports); 1,406 launch campaigns with 131,274 attendees, 155,853 leaflets,
//   64 forums with 3,200 attendees and 370 opinions (COMMUNE reports).
// All 2,278 weapons are on the point indicator `weapons_handed_in`; the commune indicator
// `commune_weapons_handed_in` is 0 in 2023, so either indicator alone or both summed give 2,278.

export const BAC_LIEU = {
  formerProvince: "Tỉnh Bạc Liêu",
  models: 50,
  points: 263,
  teams: 1_522,
  /** Open memberships, people in two teams counted twice. */
  members: 22_046,
  /** Memberships of people who are also in another team. */
  sharedMembers: 146,
  /** People who left a team (closed memberships, not counted in `members`). */
  leavers: 120,
  veteransClub: { code: "clb-ccb-pctp", communes: 57, members: 3_318 },
  khmerClub: { code: "clb-3-tich-cuc-khmer", formerCode: "31909" },
  /** Phường Giá Rai: its points get reports still in the workflow (see demo-workflow.ts). */
  workflowCommuneCode: "31942",
  pointTargets2023: { tips: 1_994, weapons_handed_in: 2_278, mediations: 384, patrols: 731 },
  communeTargets2023: {
    launch_campaigns: 1_406,
    launch_attendees: 131_274,
    leaflets: 155_853,
    forums: 64,
    forum_attendees: 3_200,
    forum_opinions: 370,
    commune_weapons_handed_in: 0,
  },
} as const;

const KHMER_DISTRICTS = ["Vĩnh Lợi", "Hoà Bình", "Phước Long", "Hồng Dân"];

export interface DemoContext {
  units: DemoUnits;
  nationalModelIds: ReadonlyMap<string, string>;
  indicatorIds: ReadonlyMap<string, number>;
  periodIds: ReadonlyMap<string, number>;
}

const RATINGS: readonly (readonly [Rating, number])[] = [
  [Rating.GOOD, 55],
  [Rating.FAIR, 35],
  [Rating.AVERAGE, 9],
  [Rating.WEAK, 1],
];

export function planBacLieu(ctx: DemoContext): DemoPlan {
  const { units } = ctx;
  const rng = createRng("demo/bac-lieu");
  const id = idMaker("bl");
  const plan = emptyPlan();
  const khmerArea = (f: { districtName: string }): boolean =>
    KHMER_DISTRICTS.some((d) => f.districtName.endsWith(d));

  const { areas, rows: areaRows } = planAreas(
    units,
    units.formerCommunes.map(() => rng.int(6, 10)),
    (f) => (khmerArea(f) ? "MEKONG_KHMER" : "MEKONG"),
    rng.fork("areas"),
    id,
  );
  plan.residentialAreas.push(...areaRows);
  const byFormer = areasByFormer(areas);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  const latest = day(2022, 12, 31);
  const placed = placeModels(
    units,
    BAC_LIEU_MODELS,
    { codePrefix: "bl", nationalIds: ctx.nationalModelIds, areasByFormer: byFormer, latest },
    rng.fork("points"),
    id,
  );
  plan.models.push(...placed.models);
  plan.points.push(...placed.points.map((p) => p.row));

  // The nine ministry-recognised models, and the province's own experience notices.
  for (const m of NATIONAL_MODELS.filter((n) => n.origin?.provinceCode === units.provinceCode)) {
    const modelId = ctx.nationalModelIds.get(m.code);
    if (!modelId) throw new Error(`National model ${m.code} missing`);
    plan.recognitions.push({
      id: id("recognition", m.code),
      provinceId: units.provinceId,
      modelId,
      level: RecognitionLevel.MINISTRY_NATIONWIDE,
      issuer: "Bộ Công an",
    });
  }
  const recRng = rng.fork("recognitions");
  for (const model of recRng.sample(placed.models, 6)) {
    plan.recognitions.push({
      id: id("recognition", model.code),
      provinceId: units.provinceId,
      modelId: model.id ?? "",
      level: RecognitionLevel.PROVINCE_EXPERIENCE,
      issuer: "Công an tỉnh Bạc Liêu".normalize("NFC"),
      decidedOn: day(recRng.int(2019, 2023), recRng.int(1, 12), recRng.int(1, 28)),
    });
  }

  const veterans = (p: { use: { code: string } }): boolean =>
    p.use.code === BAC_LIEU.veteransClub.code;
  const teams = planPointTeams(
    units.provinceId,
    placed.points,
    {
      totalTeams: BAC_LIEU.teams,
      maxTeamsPerPoint: 20,
      groups: [
        { match: veterans, members: BAC_LIEU.veteransClub.members },
        { match: () => true, members: BAC_LIEU.members - BAC_LIEU.veteransClub.members },
      ],
      minSize: 4,
      maxSize: 40,
      latest,
      regionOf: (f) =>
        khmerArea(f) || inDistricts(f, ["Thành phố Bạc Liêu"])
          ? REGIONS.BAC_LIEU_KHMER
          : REGIONS.BAC_LIEU,
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
    { shared: BAC_LIEU.sharedMembers, leavers: BAC_LIEU.leavers, joinBy: day(2024, 12, 31) },
    rng.fork("roster"),
    id,
  );
  plan.persons.push(...roster.persons);
  plan.memberships.push(...roster.memberships);

  const ratingRng = rng.fork("ratings");
  const points = placed.points.map((p) => ({
    ...p,
    ratings: new Map([2023, 2024].map((y) => [y, ratingRng.weighted(RATINGS)])),
  }));
  for (const p of points) {
    for (const [year, rating] of p.ratings)
      plan.ratings.push({ provinceId: units.provinceId, pointId: p.id, year, rating });
  }

  const communes = communeWeights(units);
  const reportRng = rng.fork("reports");
  const yearSpec = { points, communes };
  planYearReports(
    plan,
    units.provinceId,
    {
      ...yearSpec,
      year: 2023,
      pointTargets: BAC_LIEU.pointTargets2023,
      communeTargets: BAC_LIEU.communeTargets2023,
    },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  const growth = reportRng.fork("2024");
  planYearReports(
    plan,
    units.provinceId,
    {
      ...yearSpec,
      year: 2024,
      pointTargets: scaleTargets(BAC_LIEU.pointTargets2023, growth),
      communeTargets: scaleTargets(BAC_LIEU.communeTargets2023, growth),
    },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  const giaRai = units.communes.find((c) => c.code === BAC_LIEU.workflowCommuneCode);
  if (!giaRai) throw new Error(`No commune ${BAC_LIEU.workflowCommuneCode}`);
  planWorkflowSample(
    plan,
    {
      provinceId: units.provinceId,
      points,
      communes,
      focusCommuneId: giaRai.id,
      periodIds: ctx.periodIds,
      indicatorIds: ctx.indicatorIds,
      id,
    },
    rng.fork("workflow"),
  );
  return plan;
}

/** Each new commune weighted by how many former communes it merged. */
export function communeWeights(units: DemoUnits): SlotCommune[] {
  return units.communes.map((c) => ({
    id: c.id,
    code: c.code,
    weight: Math.max(1, units.formerCommunes.filter((f) => f.commune.id === c.id).length),
  }));
}
