import type { Prisma } from "../../../lib/generated/prisma/client";
import { bulkInsert, COLUMNS } from "./bulk";

// A demo province's rows, planned in memory (pure, testable) and then written in one transaction.

export interface DemoPlan {
  residentialAreas: Prisma.ResidentialAreaCreateManyInput[];
  organizations: Prisma.OrganizationCreateManyInput[];
  models: Prisma.ModelCreateManyInput[];
  recognitions: Prisma.ModelRecognitionCreateManyInput[];
  points: Prisma.ReplicationPointCreateManyInput[];
  /** Each point's lifecycle: established → ACTIVE (and later changes, where the demo has any). */
  pointChanges: Prisma.PointStatusChangeCreateManyInput[];
  ratings: Prisma.PointRatingCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  teamAreas: Prisma.TeamAreaCreateManyInput[];
  persons: Prisma.PersonCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  reports: Prisma.ReportCreateManyInput[];
  reportValues: Prisma.ReportValueCreateManyInput[];
  statusChanges: Prisma.ReportStatusChangeCreateManyInput[];
  safetyRegistrations: Prisma.SafetyRegistrationCreateManyInput[];
  communeYearTitles: Prisma.CommuneYearTitleCreateManyInput[];
  publishedTallies: Prisma.PublishedTallyCreateManyInput[];
  awards: Prisma.AwardCreateManyInput[];
  /** The province administrator's exceptions to a period's dates (e.g. the quarter in progress reopened). */
  periodReopenings: Prisma.PeriodReopeningCreateManyInput[];
}

export type DemoCounts = { [K in keyof DemoPlan]: number };

export function emptyPlan(): DemoPlan {
  return {
    residentialAreas: [],
    organizations: [],
    models: [],
    recognitions: [],
    points: [],
    pointChanges: [],
    ratings: [],
    teams: [],
    teamAreas: [],
    persons: [],
    memberships: [],
    reports: [],
    reportValues: [],
    statusChanges: [],
    safetyRegistrations: [],
    communeYearTitles: [],
    publishedTallies: [],
    awards: [],
    periodReopenings: [],
  };
}

export function planCounts(plan: DemoPlan): DemoCounts {
  const counts = {} as DemoCounts;
  for (const key of Object.keys(plan) as (keyof DemoPlan)[]) counts[key] = plan[key].length;
  return counts;
}

/**
 * Writes the plan in dependency order. Rows carry deterministic ids, and every insert skips rows
 * that exist, so writing the same plan twice adds nothing. Returns the rows actually inserted.
 */
export async function writePlan(tx: Prisma.TransactionClient, plan: DemoPlan): Promise<DemoCounts> {
  const skipDuplicates = true;
  return {
    residentialAreas: await bulkInsert(
      tx,
      "ResidentialArea",
      COLUMNS.ResidentialArea,
      plan.residentialAreas,
    ),
    organizations: await bulkInsert(tx, "Organization", COLUMNS.Organization, plan.organizations),
    models:
      plan.models.length > 0
        ? (await tx.model.createMany({ data: plan.models, skipDuplicates })).count
        : 0,
    recognitions:
      plan.recognitions.length > 0
        ? (await tx.modelRecognition.createMany({ data: plan.recognitions, skipDuplicates })).count
        : 0,
    points: await bulkInsert(tx, "ReplicationPoint", COLUMNS.ReplicationPoint, plan.points),
    pointChanges: await bulkInsert(
      tx,
      "PointStatusChange",
      COLUMNS.PointStatusChange,
      plan.pointChanges,
    ),
    ratings: await bulkInsert(tx, "PointRating", COLUMNS.PointRating, plan.ratings),
    teams: await bulkInsert(tx, "Team", COLUMNS.Team, plan.teams),
    teamAreas: await bulkInsert(tx, "TeamArea", COLUMNS.TeamArea, plan.teamAreas),
    persons: await bulkInsert(tx, "Person", COLUMNS.Person, plan.persons),
    memberships: await bulkInsert(tx, "Membership", COLUMNS.Membership, plan.memberships),
    reports: await bulkInsert(tx, "Report", COLUMNS.Report, plan.reports),
    reportValues: await bulkInsert(tx, "ReportValue", COLUMNS.ReportValue, plan.reportValues),
    statusChanges: await bulkInsert(
      tx,
      "ReportStatusChange",
      COLUMNS.ReportStatusChange,
      plan.statusChanges,
    ),
    safetyRegistrations: await bulkInsert(
      tx,
      "SafetyRegistration",
      COLUMNS.SafetyRegistration,
      plan.safetyRegistrations,
    ),
    communeYearTitles:
      plan.communeYearTitles.length > 0
        ? (await tx.communeYearTitle.createMany({ data: plan.communeYearTitles, skipDuplicates }))
            .count
        : 0,
    publishedTallies:
      plan.publishedTallies.length > 0
        ? (await tx.publishedTally.createMany({ data: plan.publishedTallies, skipDuplicates }))
            .count
        : 0,
    awards:
      plan.awards.length > 0
        ? (await tx.award.createMany({ data: plan.awards, skipDuplicates })).count
        : 0,
    periodReopenings:
      plan.periodReopenings.length > 0
        ? (await tx.periodReopening.createMany({ data: plan.periodReopenings, skipDuplicates }))
            .count
        : 0,
  };
}

/** Appends every list of `part` to `plan`. */
export function mergePlan(plan: DemoPlan, part: Partial<DemoPlan>): DemoPlan {
  for (const key of Object.keys(part) as (keyof DemoPlan)[]) {
    const rows = part[key];
    if (rows) (plan[key] as unknown[]).push(...rows);
  }
  return plan;
}
