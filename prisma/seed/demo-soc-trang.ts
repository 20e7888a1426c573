import type { Prisma } from "../../lib/generated/prisma/client";
import { Rating, RecognitionLevel, TeamKind } from "../../lib/generated/prisma/enums";
import { communeWeights, type DemoContext } from "./demo-bac-lieu";
import { areasByFormer, dateBetween, inDistricts, planAreas } from "./demo-common";
import { SOC_TRANG_MODELS } from "./demo-models-more";
import { type DemoPlan, emptyPlan } from "./demo-plan";
import { placeModels } from "./demo-points";
import { profile, REGIONS } from "./demo-profiles";
import { planYearReports } from "./demo-reports";
import { idMaker } from "./ids";
import { distribute } from "./partition";
import { inText } from "./places";
import { day } from "./periods";
import { createRng } from "./random";
import { scaleTargets } from "./report-values";
import { type PlannedTeam, planRoster } from "./roster";

// Sóc Trăng (now part of Cần Thơ), 2024, as its provincial police published:
//   40 model types at 603 replication points, 8 of them exemplary (ADVANCED_EXEMPLAR recognitions
//     of 8 models);
//   775 grassroots security teams (GRASSROOTS_SECURITY, Law of 2023, in force 1 July 2024), one per
//     hamlet (TeamArea), in 775 hamlets, with 2,482 members;
//   7,866 propaganda sessions and 1,036 tips ("over 1,000") in approved POINT reports of 2024.
// 2023 values are generated a little below 2024's. The points have no teams of their own.

export const SOC_TRANG = {
  formerProvince: "Tỉnh Sóc Trăng",
  modelTypes: 40,
  points: 603,
  exemplary: 8,
  grassrootsTeams: 775,
  hamlets: 775,
  grassrootsMembers: 2_482,
  pointTargets2024: { propaganda_sessions: 7_866, tips: 1_036 },
} as const;

const KHMER_DISTRICTS = [
  "Vĩnh Châu",
  "Trần Đề",
  "Mỹ Xuyên",
  "Châu Thành",
  "Mỹ Tú",
  "Thạnh Trị",
  "Long Phú",
];

export function planSocTrang(ctx: DemoContext): DemoPlan {
  const { units } = ctx;
  const rng = createRng("demo/soc-trang");
  const id = idMaker("st");
  const plan = emptyPlan();
  const formers = units.formerCommunes;
  const khmer = (f: (typeof formers)[number]): boolean => inDistricts(f, KHMER_DISTRICTS);

  const areaCounts = distribute(
    SOC_TRANG.hamlets,
    formers.map(() => 0.5 + rng.next()),
    { min: formers.map(() => 3) },
  );
  const { areas, rows: areaRows } = planAreas(
    units,
    areaCounts,
    (f) => (khmer(f) ? "MEKONG_KHMER" : "MEKONG"),
    rng.fork("areas"),
    id,
  );
  plan.residentialAreas.push(...areaRows);
  const byFormer = areasByFormer(areas);

  const placed = placeModels(
    units,
    SOC_TRANG_MODELS,
    {
      codePrefix: "st",
      nationalIds: ctx.nationalModelIds,
      areasByFormer: byFormer,
      latest: day(2023, 6, 30),
    },
    rng.fork("points"),
    id,
  );
  plan.models.push(...placed.models);
  plan.points.push(...placed.points.map((p) => p.row));
  const recRng = rng.fork("recognitions");
  for (const modelId of recRng.sample([...new Set(placed.modelIds)], SOC_TRANG.exemplary)) {
    plan.recognitions.push({
      id: id("recognition", modelId),
      provinceId: units.provinceId,
      modelId,
      level: RecognitionLevel.ADVANCED_EXEMPLAR,
      issuer: "Ủy ban nhân dân tỉnh Sóc Trăng".normalize("NFC"),
      decidedOn: day(2024, recRng.int(8, 11), recRng.int(1, 28)),
    });
  }

  // One grassroots security team per hamlet, founded after the law took effect on 1 July 2024.
  const sizes = distribute(
    SOC_TRANG.grassrootsMembers,
    areas.map(() => 0.5 + rng.next()),
    {
      min: areas.map(() => 3),
      max: areas.map(() => 5),
    },
  );
  const teamRng = rng.fork("grassroots");
  const formerById = new Map(formers.map((f) => [f.id, f]));
  const teams: PlannedTeam[] = [];
  const teamRows: Prisma.TeamCreateManyInput[] = [];
  areas.forEach((area, i) => {
    const teamId = id("grassroots-team", i);
    const founded = dateBetween(teamRng, day(2024, 7, 1), day(2024, 9, 30));
    const former = formerById.get(area.formerId);
    teams.push({
      id: teamId,
      communeId: area.communeId,
      establishedOn: founded,
      size: sizes[i] ?? 3,
      profile: profile(
        "GENERAL",
        former && khmer(former) ? REGIONS.SOC_TRANG_KHMER : REGIONS.SOC_TRANG,
      ),
      areaIds: [area.id],
    });
    teamRows.push({
      id: teamId,
      provinceId: units.provinceId,
      communeId: area.communeId,
      kind: TeamKind.GRASSROOTS_SECURITY,
      name: `Tổ bảo vệ an ninh, trật tự ${inText(area.name)}`.normalize("NFC"),
      establishedOn: founded,
    });
    plan.teamAreas.push({ provinceId: units.provinceId, teamId, residentialAreaId: area.id });
  });
  plan.teams.push(...teamRows);
  const roster = planRoster(
    units.provinceId,
    teams,
    { shared: 0, leavers: 0, joinBy: day(2024, 12, 31) },
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

  const communes = communeWeights(units);
  const reportRng = rng.fork("reports");
  planYearReports(
    plan,
    units.provinceId,
    {
      year: 2023,
      points,
      communes,
      pointTargets: scaleTargets(SOC_TRANG.pointTargets2024, reportRng.fork("2023"), 0.82, 0.97),
      communeTargets: {},
    },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  planYearReports(
    plan,
    units.provinceId,
    { year: 2024, points, communes, pointTargets: SOC_TRANG.pointTargets2024, communeTargets: {} },
    ctx.periodIds,
    ctx.indicatorIds,
    id,
    reportRng,
  );
  return plan;
}
