import type { Prisma } from "../../lib/generated/prisma/client";

// A demo province's rows, planned in memory (pure, testable) and then written in one transaction.

export interface DemoPlan {
  residentialAreas: Prisma.ResidentialAreaCreateManyInput[];
  organizations: Prisma.OrganizationCreateManyInput[];
  models: Prisma.ModelCreateManyInput[];
  recognitions: Prisma.ModelRecognitionCreateManyInput[];
  points: Prisma.ReplicationPointCreateManyInput[];
  ratings: Prisma.PointRatingCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  teamAreas: Prisma.TeamAreaCreateManyInput[];
  persons: Prisma.PersonCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  reports: Prisma.ReportCreateManyInput[];
  reportValues: Prisma.ReportValueCreateManyInput[];
  statusChanges: Prisma.ReportStatusChangeCreateManyInput[];
  safetyRegistrations: Prisma.SafetyRegistrationCreateManyInput[];
}

export type DemoCounts = { [K in keyof DemoPlan]: number };

export function emptyPlan(): DemoPlan {
  return {
    residentialAreas: [],
    organizations: [],
    models: [],
    recognitions: [],
    points: [],
    ratings: [],
    teams: [],
    teamAreas: [],
    persons: [],
    memberships: [],
    reports: [],
    reportValues: [],
    statusChanges: [],
    safetyRegistrations: [],
  };
}

export function planCounts(plan: DemoPlan): DemoCounts {
  const counts = {} as DemoCounts;
  for (const key of Object.keys(plan) as (keyof DemoPlan)[]) counts[key] = plan[key].length;
  return counts;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK = 2_000;

async function insert<T>(rows: readonly T[], write: (chunk: T[]) => Promise<{ count: number }>): Promise<number> {
  let count = 0;
  for (let i = 0; i < rows.length; i += CHUNK) count += (await write(rows.slice(i, i + CHUNK))).count;
  return count;
}

/**
 * Writes the plan in dependency order. Rows carry deterministic ids, and every insert skips rows
 * that exist, so writing the same plan twice adds nothing. Returns the rows actually inserted.
 */
export async function writePlan(tx: Prisma.TransactionClient, plan: DemoPlan): Promise<DemoCounts> {
  const skipDuplicates = true;
  return {
    residentialAreas: await insert(plan.residentialAreas, (data) => tx.residentialArea.createMany({ data, skipDuplicates })),
    organizations: await insert(plan.organizations, (data) => tx.organization.createMany({ data, skipDuplicates })),
    models: await insert(plan.models, (data) => tx.model.createMany({ data, skipDuplicates })),
    recognitions: await insert(plan.recognitions, (data) => tx.modelRecognition.createMany({ data, skipDuplicates })),
    points: await insert(plan.points, (data) => tx.replicationPoint.createMany({ data, skipDuplicates })),
    ratings: await insert(plan.ratings, (data) => tx.pointRating.createMany({ data, skipDuplicates })),
    teams: await insert(plan.teams, (data) => tx.team.createMany({ data, skipDuplicates })),
    teamAreas: await insert(plan.teamAreas, (data) => tx.teamArea.createMany({ data, skipDuplicates })),
    persons: await insert(plan.persons, (data) => tx.person.createMany({ data, skipDuplicates })),
    memberships: await insert(plan.memberships, (data) => tx.membership.createMany({ data, skipDuplicates })),
    reports: await insert(plan.reports, (data) => tx.report.createMany({ data, skipDuplicates })),
    reportValues: await insert(plan.reportValues, (data) => tx.reportValue.createMany({ data, skipDuplicates })),
    statusChanges: await insert(plan.statusChanges, (data) => tx.reportStatusChange.createMany({ data, skipDuplicates })),
    safetyRegistrations: await insert(plan.safetyRegistrations, (data) => tx.safetyRegistration.createMany({ data, skipDuplicates })),
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
