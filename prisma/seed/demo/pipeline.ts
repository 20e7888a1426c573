import { type Rating, SafetyUnitType } from "../../../lib/generated/prisma/enums";
import {
  areasByFormer,
  type PlannedAgency,
  type PlannedArea,
  planAgencies,
  planAreas,
} from "../generators/areas";
import { periodKey } from "../../../lib/periods/period-dates";
import { dateBetween } from "../generators/dates";
import { planAwards, planCommuneTitles, planPublishedTallies } from "../generators/evaluations";
import { planGrassrootsTeams } from "../generators/grassroots-teams";
import { idMaker } from "../generators/ids";
import type { ModelUse } from "../generators/model-use";
import { distribute } from "../generators/partition";
import { type DemoPlan, emptyPlan } from "../generators/plan";
import { planPointTeams } from "../generators/point-teams";
import { inText } from "../generators/places";
import { formerLabel, type PlacedPoint, placeModels, pointHistory } from "../generators/points";
import type { DemoUnits } from "../generators/province-units";
import { createRng, type Rng } from "../generators/random";
import { planRatings } from "../generators/ratings";
import { planRecognitions } from "../generators/recognitions";
import { scaleTargets } from "../generators/report-values";
import { type PlannedTeam, planRoster } from "../generators/roster";
import { planSafety } from "../generators/safety";
import {
  IN_PROGRESS_QUARTER,
  IN_PROGRESS_YEAR,
  planWorkflowSample,
  settleQuarterInProgress,
} from "../generators/workflow-reports";
import {
  communeWeights,
  planOtherCommuneReports,
  planYearReports,
} from "../generators/year-reports";
import { byDistrict, type DemoProfile } from "./profile";

// The one pipeline every demo province goes through: profile (data) → plan (rows in memory, pure).
// Each stage draws from its own forked random stream, so a stage a profile leaves out never shifts
// what the others generate. Only the residential areas, agencies and grassroots team sizes draw from
// the province's main stream, in that order.

export interface DemoContext {
  units: DemoUnits;
  nationalModelIds: ReadonlyMap<string, string>;
  indicatorIds: ReadonlyMap<string, number>;
  periodIds: ReadonlyMap<string, number>;
}

export function planDemoProvince(profile: DemoProfile, ctx: DemoContext): DemoPlan {
  const { units } = ctx;
  const { provinceId } = units;
  const rng = createRng(`demo/${profile.key}`);
  const id = idMaker(profile.idPrefix);
  const plan = emptyPlan();
  const formers = units.formerCommunes;

  const areaSpec = profile.areas;
  const areaCounts =
    "perFormerCommune" in areaSpec
      ? formers.map(() => rng.int(areaSpec.perFormerCommune[0], areaSpec.perFormerCommune[1]))
      : distributeAreas(areaSpec, formers, rng);
  const { areas, rows: areaRows } = planAreas(
    units,
    areaCounts,
    (f) => byDistrict(profile.areaStyle, f),
    rng.fork("areas"),
    id,
    (f) => "exact" in areaSpec && (areaSpec.exact ?? []).some((e) => e.formerCode === f.code),
  );
  plan.residentialAreas.push(...areaRows);
  let agencies: PlannedAgency[] = [];
  if (profile.agencies) {
    const { total, minPerFormerCommune: min, maxPerFormerCommune: max } = profile.agencies;
    const counts = distribute(
      total,
      formers.map(() => 0.5 + rng.next()),
      { min: min === undefined ? undefined : formers.map(() => min), max: formers.map(() => max) },
    );
    const planned = planAgencies(units, counts, id);
    plan.organizations.push(...planned.rows);
    agencies = planned.agencies;
  }
  const byFormer = areasByFormer(areas);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  const placed = placeModels(
    units,
    profile.models,
    {
      codePrefix: profile.idPrefix,
      nationalIds: ctx.nationalModelIds,
      areasByFormer: byFormer,
      latest: profile.pointsUntil,
    },
    rng.fork("points"),
    id,
  );
  plan.models.push(...placed.models);
  const built = profile.builtInYear;
  const inYear = built
    ? buildInYear(placed.points, profile.models, built, rng.fork(String(built.year)))
    : placed.points;
  const points = atEveryArea(profile, inYear, byFormer, units);
  const named = namedPoints(profile, points);
  const placeNames = new Map([...named.values()].map((n) => [n.point, n.placeName]));
  const pointRows = points.map((p) => {
    const placeName = placeNames.get(p);
    return placeName ? { ...p.row, placeName: placeName.normalize("NFC") } : p.row;
  });
  plan.points.push(...pointRows);
  plan.pointChanges.push(...pointRows.flatMap(pointHistory));
  plan.recognitions.push(
    ...planRecognitions(
      placed,
      {
        provinceId,
        provinceCode: units.provinceCode,
        nationalModelIds: ctx.nationalModelIds,
        ministry: profile.ministryRecognitions ?? false,
        draws: profile.recognitions ?? [],
      },
      rng.fork("recognitions"),
      id,
    ),
  );

  const teams: PlannedTeam[] = [];
  const spec = profile.pointTeams;
  if (spec) {
    const grouped = spec.groups ?? [];
    const rest = spec.members - grouped.reduce((sum, g) => sum + g.members, 0);
    const planned = planPointTeams(
      provinceId,
      points,
      {
        totalTeams: spec.total ?? points.length,
        maxTeamsPerPoint: spec.maxPerPoint ?? 1,
        groups: [
          ...grouped.map((g) => ({
            match: (p: PlacedPoint) => p.use.code === g.modelCode,
            members: g.members,
          })),
          { match: () => true, members: rest },
        ],
        minSize: spec.size[0],
        maxSize: spec.size[1],
        latest: spec.foundedUntil,
        regionOf: (f) => byDistrict(profile.regions, f),
        areaIdsOf: (f) => (byFormer.get(f.id) ?? []).map((a) => a.id),
        areaName: (areaId) => areaName.get(areaId),
      },
      rng.fork("teams"),
      id,
    );
    plan.teams.push(...planned.rows);
    teams.push(...planned.teams);
  }
  if (profile.grassrootsTeams) {
    const formerById = new Map(formers.map((f) => [f.id, f]));
    const planned = planGrassrootsTeams(
      areas,
      {
        provinceId,
        ...profile.grassrootsTeams,
        regionOf: (area) => {
          const former = formerById.get(area.formerId);
          return former ? byDistrict(profile.regions, former) : profile.regions.default;
        },
      },
      rng,
      rng.fork("grassroots"),
      id,
    );
    plan.teams.push(...planned.rows);
    plan.teamAreas.push(...planned.teamAreas);
    teams.push(...planned.teams);
  }
  const roster = planRoster(provinceId, teams, profile.roster, rng.fork("roster"), id);
  plan.persons.push(...roster.persons);
  plan.memberships.push(...roster.memberships);

  const ratings = planRatings(points, profile.ratings, rng.fork("ratings"));
  const rated = points.map((p) => ({
    ...p,
    ratings: ratings.get(p.id) ?? new Map<number, Rating>(),
  }));
  for (const p of rated) {
    for (const [year, rating] of p.ratings)
      plan.ratings.push({ provinceId, pointId: p.id, year, rating });
  }

  if (profile.safety) {
    const {
      year,
      residentialAreas,
      agencies: agenciesAchieved,
      communes,
      formerCommunes,
    } = profile.safety;
    const safetyRng = rng.fork("safety");
    const register = (
      registered: Parameters<typeof planSafety>[2],
      type: SafetyUnitType,
      achieved: number | undefined,
    ) => {
      if (achieved === undefined) return;
      plan.safetyRegistrations.push(
        ...planSafety(provinceId, year, registered, type, achieved, safetyRng, id),
      );
    };
    register(
      areas.map((a) => ({
        communeId: a.communeId,
        residentialAreaId: a.id,
        formerCommuneId: a.formerId,
      })),
      SafetyUnitType.RESIDENTIAL_AREA,
      residentialAreas,
    );
    register(
      agencies.map((a) => ({
        communeId: a.communeId,
        organizationId: a.id,
        formerCommuneId: a.formerId,
      })),
      SafetyUnitType.AGENCY,
      agenciesAchieved,
    );
    register(
      units.communes.map((c) => ({ communeId: c.id })),
      SafetyUnitType.COMMUNE,
      communes,
    );
    if (communes !== undefined && formerCommunes !== undefined)
      throw new Error(`${profile.key}: communes or former communes register, not both`);
    // Before 2025 a commune registered as the commune it then was (decision 010).
    register(
      formers.map((f) => ({ communeId: f.commune.id, formerCommuneId: f.id })),
      SafetyUnitType.COMMUNE,
      formerCommunes,
    );
  }
  if (profile.titles)
    plan.communeYearTitles.push(
      ...planCommuneTitles(units, profile.titles, rng.fork("titles"), id),
    );
  if (profile.published)
    plan.publishedTallies.push(...planPublishedTallies(units, profile.published, id));
  if (profile.awards)
    plan.awards.push(
      ...planAwards(units, profile.awards.draws, profile.awards.nameStyle, rng.fork("awards"), id),
    );

  const communes = communeWeights(units);
  const reportRng = rng.fork("reports");
  for (const year of profile.reports) {
    let pointTargets: Readonly<Record<string, number>> = {};
    let communeTargets: Readonly<Record<string, number>> = {};
    let pins: { code: string; pointKey: string; total: number }[] = [];
    let quarters: readonly number[] | undefined;
    if ("scaledFrom" in year) {
      const source = profile.reports.find((r) => r.year === year.scaledFrom);
      if (!source || "scaledFrom" in source) throw new Error(`No figures of ${year.scaledFrom}`);
      const growth = reportRng.fork(String(year.year));
      quarters = year.quarters;
      const share = (quarters?.length ?? 4) / 4;
      const [lo, hi] = (year.scale ?? [0.9, 1.12]).map((x) => x * share);
      pointTargets = scaleTargets(source.pointTargets ?? {}, growth, lo, hi);
      communeTargets = scaleTargets(source.communeTargets ?? {}, growth, lo, hi);
    } else {
      pointTargets = year.pointTargets ?? {};
      communeTargets = year.communeTargets ?? {};
      pins = (year.pins ?? []).map((pin) => {
        const point = named.get(pin.point)?.point;
        if (!point) throw new Error(`No named point ${pin.point}`);
        return { code: pin.code, pointKey: point.key, total: pin.total };
      });
    }
    planYearReports(
      plan,
      provinceId,
      {
        year: year.year,
        quarters,
        points: rated,
        communes,
        pointTargets,
        communeTargets,
        pointPins: pins,
      },
      ctx.periodIds,
      ctx.indicatorIds,
      id,
      reportRng,
    );
  }

  // The quarter in progress (2026 Q3): planned approved with its year, then settled as a province
  // leaves it in December (most approved, some waiting, some never sent).
  const focus = profile.workflow
    ? units.communes.find((c) => c.code === profile.workflow?.communeCode)
    : undefined;
  if (profile.workflow && !focus) throw new Error(`No commune ${profile.workflow.communeCode}`);
  const inProgress = ctx.periodIds.get(periodKey(IN_PROGRESS_YEAR, IN_PROGRESS_QUARTER));
  if (inProgress !== undefined)
    settleQuarterInProgress(plan, inProgress, focus?.id ?? null, rng.fork("in-progress"));

  if (profile.workflow && focus) {
    planWorkflowSample(
      plan,
      {
        provinceId,
        points: rated,
        communes,
        focusCommuneId: focus.id,
        periodIds: ctx.periodIds,
        indicatorIds: ctx.indicatorIds,
        id,
      },
      rng.fork("workflow"),
    );
  }
  markFormerUnits(plan, units.formerProvinceId, ctx.periodIds);

  // The successor province's other communes make their commune reports too, in the same quarters
  // (planned apart, on their own random streams, so that nothing above changes), the quarter in
  // progress settled like the points' (most approved, some waiting, some never sent).
  const others = emptyPlan();
  const otherRng = rng.fork("other-communes");
  for (const year of profile.reports)
    planOtherCommuneReports(
      others,
      provinceId,
      {
        year: year.year,
        quarters: "quarters" in year ? year.quarters : undefined,
        communes: units.otherCommunes,
      },
      ctx.periodIds,
      ctx.indicatorIds,
      id,
      otherRng,
    );
  if (inProgress !== undefined)
    settleQuarterInProgress(others, inProgress, null, otherRng.fork("in-progress"));
  markOtherFormerUnits(others, units.otherCommunes, ctx.periodIds);
  plan.reports.push(...others.reports);
  plan.reportValues.push(...others.reportValues);
  plan.statusChanges.push(...others.statusChanges);
  return plan;
}

/** Before the reorganisation an other commune's report is its own former province's. */
function markOtherFormerUnits(
  plan: DemoPlan,
  communes: DemoUnits["otherCommunes"],
  periodIds: ReadonlyMap<string, number>,
): void {
  const before = new Set(
    [...periodIds].filter(([key]) => key < periodKey(2025, 3)).map(([, periodId]) => periodId),
  );
  const formerOf = new Map(communes.map((c) => [c.id, c.formerProvinceId]));
  for (const report of plan.reports)
    if (before.has(report.periodId))
      report.formerProvinceId = formerOf.get(report.communeId) ?? null;
}

/**
 * Reports of quarters before the 2025 reorganisation (1 July 2025) were made for the units of the
 * time: the former province, and for a point report the former commune its point was in.
 */
function markFormerUnits(
  plan: DemoPlan,
  formerProvinceId: number,
  periodIds: ReadonlyMap<string, number>,
): void {
  const before = new Set(
    [...periodIds].filter(([key]) => key < periodKey(2025, 3)).map(([, periodId]) => periodId),
  );
  const formerCommuneOf = new Map(plan.points.map((p) => [p.id, p.formerCommuneId ?? null]));
  for (const report of plan.reports) {
    if (!before.has(report.periodId)) continue;
    report.formerProvinceId = formerProvinceId;
    report.formerCommuneId = report.pointId ? (formerCommuneOf.get(report.pointId) ?? null) : null;
  }
}

/** The areas of each former commune: a published count where known, the rest spread by weight. */
function distributeAreas(
  spec: {
    total: number;
    minPerFormerCommune: number;
    exact?: readonly { formerCode: string; count: number }[];
  },
  formers: DemoUnits["formerCommunes"],
  rng: Rng,
): number[] {
  const exact = new Map((spec.exact ?? []).map((e) => [e.formerCode, e.count]));
  for (const code of exact.keys())
    if (!formers.some((f) => f.code === code)) throw new Error(`No former commune ${code}`);
  const weights = formers.map(() => 0.5 + rng.next());
  return distribute(spec.total, weights, {
    min: formers.map((f) => exact.get(f.code ?? "") ?? spec.minPerFormerCommune),
    ...(exact.size > 0
      ? { max: formers.map((f) => exact.get(f.code ?? "") ?? Number.POSITIVE_INFINITY) }
      : {}),
  });
}

/**
 * Gives every area of the profile's `everyArea` former communes a point of the model: a point of
 * the model elsewhere (never its first, never a named one; the last placed first) moves to the
 * area, renamed after it. The number of points, and every total, stays as it was.
 */
function atEveryArea(
  profile: DemoProfile,
  points: readonly PlacedPoint[],
  byFormer: ReadonlyMap<number, readonly PlannedArea[]>,
  units: DemoUnits,
): PlacedPoint[] {
  const result = [...points];
  for (const { formerCode, modelCode } of profile.everyArea ?? []) {
    const former = units.formerCommunes.find((f) => f.code === formerCode);
    if (!former) throw new Error(`No former commune ${formerCode}`);
    const ofModel = (p: PlacedPoint) => p.use.code === modelCode;
    const first = result.find(ofModel);
    const named = new Set(
      (profile.namedPoints ?? []).map((n) =>
        result.find((p) => p.former.code === n.formerCode && p.use.code === n.modelCode),
      ),
    );
    const covered = new Set(
      result.filter((p) => ofModel(p) && p.area).map((p) => p.area?.id ?? ""),
    );
    const movable = result
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => ofModel(p) && p !== first && !named.has(p) && p.former.id !== former.id)
      .reverse();
    for (const area of byFormer.get(former.id) ?? []) {
      if (covered.has(area.id)) continue;
      const next = movable.shift();
      if (!next) throw new Error(`${profile.key}: too few ${modelCode} points for ${formerCode}`);
      const place = `${inText(area.name)}, ${formerLabel(former)}`;
      result[next.i] = {
        ...next.p,
        communeId: former.commune.id,
        former,
        area,
        row: {
          ...next.p.row,
          communeId: former.commune.id,
          formerCommuneId: former.id,
          residentialAreaId: area.id,
          name: `${next.p.model.name} ${place}`.normalize("NFC"),
        },
      };
    }
  }
  return result;
}

/** Moves `count` points (never a model's first) to dates within the year. */
function buildInYear(
  points: readonly PlacedPoint[],
  models: readonly ModelUse[],
  built: NonNullable<DemoProfile["builtInYear"]>,
  rng: Rng,
): PlacedPoint[] {
  const firsts = new Set(models.map((use) => points.find((p) => p.use === use)));
  const chosen = new Set(
    rng.sample(
      points.filter((p) => !firsts.has(p)),
      built.count,
    ),
  );
  return points.map((p) => {
    if (!chosen.has(p)) return p;
    const establishedOn = dateBetween(rng, built.between[0], built.between[1]);
    return { ...p, establishedOn, row: { ...p.row, establishedOn } };
  });
}

function namedPoints(
  profile: DemoProfile,
  points: readonly PlacedPoint[],
): Map<string, { point: PlacedPoint; placeName: string }> {
  const named = new Map<string, { point: PlacedPoint; placeName: string }>();
  for (const n of profile.namedPoints ?? []) {
    const point = points.find((p) => p.former.code === n.formerCode && p.use.code === n.modelCode);
    if (!point) throw new Error(`${profile.key}: no ${n.modelCode} point in ${n.formerCode}`);
    named.set(n.key, { point, placeName: n.placeName });
  }
  return named;
}
