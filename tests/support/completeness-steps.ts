// The changes that move completeness (decision 015), as a fast-check arbitrary and as plain SQL
// the way any code path could write them: a report's status, a submission recorded, a point's
// status or establishment, an extension granted or withdrawn, a deadline moved, a new point. For
// tests/integration/completeness-rollup.int.test.ts.
import * as fc from "fast-check";
import type pg from "pg";
import type { PointStatus } from "@/lib/generated/prisma/enums";

/** The units and rows a sequence of steps works on (one commune of one province). */
export interface StepFixture {
  provinceId: number;
  communeId: number;
  points: string[];
  reports: string[];
  periods: { id: number; startsOn: Date; endsOn: Date }[];
}

/** A timestamp as the database writes it (UTC, no zone). */
export const utc = (d: Date) => d.toISOString().slice(0, 23).replace("T", " ");

export type Step =
  | { kind: "status"; report: number; status: "APPROVED" | "SUBMITTED" | "RETURNED" | "DRAFT" }
  | { kind: "submitted"; report: number; days: number }
  | { kind: "pointStatus"; point: number; status: PointStatus; days: number }
  | { kind: "established"; point: number; days: number }
  | { kind: "extension"; period: number; point: number | null; days: number }
  | { kind: "withdraw" }
  | { kind: "deadline"; period: number; days: number }
  | { kind: "newPoint"; days: number };

/** A day counted from 1 January 2024 (the fixture's periods run 2024 to 2026), as the database writes it. */
const dayOf = (days: number) =>
  utc(new Date(Date.UTC(2024, 0, 1) + days * 86_400_000)).slice(0, 10);

export const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("status" as const),
    report: fc.nat(9),
    status: fc.constantFrom("APPROVED", "SUBMITTED", "RETURNED", "DRAFT"),
  }),
  fc.record({ kind: fc.constant("submitted" as const), report: fc.nat(9), days: fc.nat(1000) }),
  fc.record({
    kind: fc.constant("pointStatus" as const),
    point: fc.nat(5),
    status: fc.constantFrom<PointStatus>("ACTIVE", "SUSPENDED", "DISSOLVED"),
    days: fc.nat(1000),
  }),
  fc.record({ kind: fc.constant("established" as const), point: fc.nat(5), days: fc.nat(1000) }),
  fc.record({
    kind: fc.constant("extension" as const),
    period: fc.nat(11),
    point: fc.option(fc.nat(5)),
    days: fc.nat(60),
  }),
  fc.record({ kind: fc.constant("withdraw" as const) }),
  fc.record({
    kind: fc.constant("deadline" as const),
    period: fc.nat(11),
    days: fc.integer({ min: -10, max: 40 }),
  }),
  fc.record({ kind: fc.constant("newPoint" as const), days: fc.nat(1000) }),
);

/** Writes one step as plain SQL through `owner` (the database owner), on the fixture's units. */
export async function applyStep(owner: pg.Client, fixture: StepFixture, s: Step): Promise<void> {
  const { provinceId, communeId } = fixture;
  const report = (i: number) => fixture.reports[i % fixture.reports.length];
  const point = (i: number) => fixture.points[i % fixture.points.length];
  const period = (i: number) => fixture.periods[i % fixture.periods.length];
  switch (s.kind) {
    case "status":
      await owner.query(`update "Report" set status = $2 where id = $1`, [
        report(s.report),
        s.status,
      ]);
      return;
    case "submitted":
      await owner.query(
        `insert into "ReportStatusChange" (id, "provinceId", "reportId", "toStatus", at)
         values (gen_random_uuid(), $1, $2, 'SUBMITTED', $3)`,
        [provinceId, report(s.report), `${dayOf(s.days)} 09:00:00`],
      );
      return;
    case "pointStatus":
      await owner.query(
        `insert into "PointStatusChange" (id, "provinceId", "pointId", "toStatus", "effectiveOn")
         values (gen_random_uuid(), $1, $2, $3, $4)`,
        [provinceId, point(s.point), s.status, dayOf(s.days)],
      );
      // The point's own fields as the app writes them (they hold when it has no history rows).
      await owner.query(
        `update "ReplicationPoint" set status = $2::"PointStatus",
           "suspendedOn" = case when $2::"PointStatus" = 'SUSPENDED' then $3::date else "suspendedOn" end,
           "dissolvedOn" = case when $2::"PointStatus" = 'DISSOLVED' then $3::date else "dissolvedOn" end,
           "dissolvedReason" = case when $2::"PointStatus" = 'DISSOLVED' then 'Thử thanh loại' else "dissolvedReason" end
         where id = $1`,
        [point(s.point), s.status, dayOf(s.days)],
      );
      return;
    case "established":
      await owner.query(`update "ReplicationPoint" set "establishedOn" = $2 where id = $1`, [
        point(s.point),
        dayOf(s.days),
      ]);
      return;
    case "extension": {
      const p = period(s.period);
      await owner.query(
        `insert into "PeriodReopening" (id, "provinceId", "periodId", kind, "communeId", "pointId", until, reason)
         values (gen_random_uuid(), $1, $2, 'EXTENSION', $3, $4, $5, 'Thử gia hạn')`,
        [
          provinceId,
          p?.id,
          s.point === null ? communeId : null,
          s.point === null ? null : point(s.point),
          utc(new Date((p?.endsOn.getTime() ?? 0) + s.days * 86_400_000)),
        ],
      );
      return;
    }
    case "withdraw":
      await owner.query(
        `delete from "PeriodReopening" where id = (select id from "PeriodReopening"
           where "provinceId" = $1 order by "createdAt" desc, id limit 1)`,
        [provinceId],
      );
      return;
    case "deadline":
      await owner.query(
        `update "ReportingPeriod" set deadline = "endsOn" + $2::int where id = $1`,
        [period(s.period)?.id, 15 + s.days],
      );
      return;
    case "newPoint":
      await owner.query(
        `insert into "ReplicationPoint" (id, "provinceId", "communeId", "modelId", name, "establishedOn",
           "leadOrganization", "updatedAt")
         select gen_random_uuid(), $1, $2, m.id, 'Điểm thử hoàn thành', $3, 'POLICE', now()
           from "Model" m where m."provinceId" is null order by m.code limit 1`,
        [provinceId, communeId, dayOf(s.days)],
      );
      return;
  }
}
