// Rows of the isolation matrix for the quarterly reports (tests/support/isolation/harness.ts): the
// form's save, submit, return, approve, reopen, and the bulk approval's pre-check and approval, as
// every role, on a point report of 2026 Q4 (open for entry) in the actor's own commune, another
// commune of Cà Mau and another province. Each case makes its own point, so reports never collide.
import { expect } from "vitest";
import {
  approveReportAction,
  approveReportsAction,
  precheckApprovalAction,
  reopenReportAction,
  returnReportAction,
  saveReportAction,
  submitReportAction,
} from "@/app/[locale]/(portal)/reports/actions";
import type { ActionResult } from "@/lib/auth/guard";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { uniqueName } from "../../factories";
import { ownerDb } from "../../owner-db";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
  forbidden,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

/** reports.edit / reports.submit: the province's staff in their province, a commune officer in their commune. */
const ON_OWN_REPORT: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: { own: ok, otherCommune: notFound, otherProvince: notFound },
};

/** reports.approve / reports.reopen: the province's staff in their own province only. */
const ON_PROVINCE_REPORT: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: everywhere(forbidden),
};

/**
 * The bulk approval takes a list: a report of another province is named "not found" in the answer
 * and left untouched (the others of the list go on), so the call itself succeeds.
 */
const ON_LISTED_REPORTS: Table = {
  ...ON_PROVINCE_REPORT,
  provinceAdmin: everywhere(ok),
  provinceOfficer: everywhere(ok),
};

/** ACCESS_DENIED rows that name this report (a refusal of a row out of scope, as the guard writes). */
const denialsOf = (reportId: string | null) =>
  ownerDb().auditLog.count({
    where: { action: "ACCESS_DENIED", detail: `Report ${reportId ?? ""} not in scope` },
  });

const inProvince = (c: CaseContext) =>
  (c.actor === "provinceAdmin" || c.actor === "provinceOfficer") && c.target !== "otherProvince";

let cached: Promise<{ modelId: string; periodId: number; indicators: number[] }> | undefined;
/** The national model the points use, 2026 Q4, and the point indicators every model is asked. */
function reference() {
  cached ??= (async () => {
    const db = ownerDb();
    const [model, period, indicators] = await Promise.all([
      db.model.findFirstOrThrow({ where: { provinceId: null, code: "cong-truong-an-toan" } }),
      db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 4 } } }),
      db.indicator.findMany({
        where: {
          reportKind: "POINT",
          validFromYear: { lte: 2026 },
          OR: [{ validToYear: null }, { validToYear: { gte: 2026 } }],
          models: { none: {} },
        },
        select: { id: true },
        orderBy: { id: "asc" },
      }),
    ]);
    return { modelId: model.id, periodId: period.id, indicators: indicators.map((i) => i.id) };
  })();
  return cached;
}

interface Fixture {
  c: CaseContext;
  pointId: string;
  pointName: string;
  periodId: number;
  indicators: number[];
  reportId: string | null;
  version: number;
  /** What the action answered (kept by `act` for `verify`). */
  result?: ActionResult<unknown>;
}

/** A point in the target's commune (active since 2016) and, unless `status` is null, its report. */
async function pointWithReport(c: CaseContext, status: ReportStatus | null): Promise<Fixture> {
  const db = ownerDb();
  const { modelId, periodId, indicators } = await reference();
  const point = await db.replicationPoint.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      modelId,
      name: `Điểm báo cáo ma trận ${uniqueName("r")}`,
      establishedOn: new Date("2016-04-20T00:00:00Z"),
      leadOrganization: "VETERANS",
    },
  });
  await db.pointStatusChange.create({
    data: {
      provinceId: point.provinceId,
      pointId: point.id,
      toStatus: "ACTIVE",
      effectiveOn: point.establishedOn,
    },
  });
  const fixture: Fixture = {
    c,
    pointId: point.id,
    pointName: point.name,
    periodId,
    indicators,
    reportId: null,
    version: 0,
  };
  if (status === null) return fixture;
  const report = await db.report.create({
    data: {
      provinceId: point.provinceId,
      communeId: point.communeId,
      periodId,
      kind: "POINT",
      pointId: point.id,
      status,
      version: 3,
      ...(status === "DRAFT" ? {} : { submittedAt: new Date("2026-11-20T03:00:00Z") }),
      ...(status === "APPROVED" ? { approvedAt: new Date("2026-11-25T03:00:00Z") } : {}),
    },
  });
  // Equal values keep every rule between indicators (≤ and ≥).
  await db.reportValue.createMany({
    data: indicators.map((indicatorId) => ({
      provinceId: point.provinceId,
      reportId: report.id,
      indicatorId,
      value: 4n,
    })),
  });
  await db.reportStatusChange.create({
    data: { provinceId: report.provinceId, reportId: report.id, toStatus: status },
  });
  return { ...fixture, reportId: report.id, version: report.version };
}

/** Everything an action on the point's report could change. */
async function reportSnapshot(f: Fixture) {
  const db = ownerDb();
  const reports = await db.report.findMany({
    where: { pointId: f.pointId },
    select: {
      status: true,
      version: true,
      values: { select: { indicatorId: true, value: true }, orderBy: { indicatorId: "asc" } },
      history: { select: { fromStatus: true, toStatus: true, comment: true, fieldComments: true } },
    },
  });
  return { reports };
}
type Snapshot = Awaited<ReturnType<typeof reportSnapshot>>;
const snap = (value: unknown) => value as Snapshot;

/** The report after an allowed move: the new status, one version on, one more history row. */
function moved(before: unknown, after: unknown, from: ReportStatus, to: ReportStatus) {
  const [b] = snap(before).reports;
  const [a] = snap(after).reports;
  expect(b?.status).toBe(from);
  expect(a?.status).toBe(to);
  expect(a?.version).toBe((b?.version ?? 0) + 1);
  expect(a?.values).toEqual(b?.values);
  expect(a?.history.length).toBe((b?.history.length ?? 0) + 1);
  return a;
}

const listed = (f: Fixture) => [`${f.reportId}@${f.version}`];

export const REPORTS_ROWS: MatrixRow[] = [
  defineRow<Fixture>({
    action: "saveReportAction",
    expected: ON_OWN_REPORT,
    arrange: (c) => pointWithReport(c, null),
    act: (f) =>
      saveReportAction(undefined, {
        periodId: String(f.periodId),
        pointId: f.pointId,
        entries: Object.fromEntries(
          f.indicators.map((id) => [String(id), { value: "1.234", comment: "" }]),
        ),
      }),
    snapshot: reportSnapshot,
    verify(f, before, after) {
      expect(snap(before).reports).toEqual([]);
      const [report] = snap(after).reports;
      expect(report).toMatchObject({ status: "DRAFT", version: 1 });
      expect(report?.values).toEqual(
        f.indicators.map((indicatorId) => ({ indicatorId, value: 1234n })),
      );
    },
  }),
  defineRow<Fixture>({
    action: "submitReportAction",
    expected: ON_OWN_REPORT,
    arrange: (c) => pointWithReport(c, "DRAFT"),
    act: (f) =>
      submitReportAction(undefined, { reportId: f.reportId ?? "", version: String(f.version) }),
    snapshot: reportSnapshot,
    verify(_f, before, after) {
      moved(before, after, "DRAFT", "SUBMITTED");
    },
  }),
  defineRow<Fixture>({
    action: "returnReportAction",
    expected: ON_PROVINCE_REPORT,
    arrange: (c) => pointWithReport(c, "SUBMITTED"),
    act: (f) =>
      returnReportAction(undefined, {
        reportId: f.reportId ?? "",
        version: String(f.version),
        comment: "Đề nghị kiểm tra lại số liệu.",
        fieldComments: { [String(f.indicators[0])]: "Số này cao bất thường." },
      }),
    snapshot: reportSnapshot,
    verify(_f, before, after) {
      const report = moved(before, after, "SUBMITTED", "RETURNED");
      expect(report?.history.at(-1)).toMatchObject({
        fromStatus: "SUBMITTED",
        comment: "Đề nghị kiểm tra lại số liệu.",
      });
    },
  }),
  defineRow<Fixture>({
    action: "approveReportAction",
    expected: ON_PROVINCE_REPORT,
    arrange: (c) => pointWithReport(c, "SUBMITTED"),
    act: (f) =>
      approveReportAction(undefined, { reportId: f.reportId ?? "", version: String(f.version) }),
    snapshot: reportSnapshot,
    verify(_f, before, after) {
      moved(before, after, "SUBMITTED", "APPROVED");
    },
  }),
  defineRow<Fixture>({
    action: "reopenReportAction",
    expected: ON_PROVINCE_REPORT,
    arrange: (c) => pointWithReport(c, "APPROVED"),
    act: (f) =>
      reopenReportAction(undefined, {
        reportId: f.reportId ?? "",
        version: String(f.version),
        reason: "Xã đề nghị sửa số người tham gia.",
      }),
    snapshot: reportSnapshot,
    verify(_f, before, after) {
      const report = moved(before, after, "APPROVED", "RETURNED");
      expect(report?.history.at(-1)?.comment).toBe("Xã đề nghị sửa số người tham gia.");
    },
  }),
  defineRow<Fixture>({
    action: "precheckApprovalAction",
    expected: ON_LISTED_REPORTS,
    arrange: (c) => pointWithReport(c, "SUBMITTED"),
    act: async (f) => {
      f.result = await precheckApprovalAction(undefined, { reports: listed(f) });
      return f.result;
    },
    snapshot: reportSnapshot,
    async verify(f, before, after) {
      expect(after).toEqual(before);
      expect(f.result).toEqual({
        ok: true,
        data: [
          inProvince(f.c)
            ? { id: f.reportId, name: f.pointName, period: "Quý IV/2026", blockers: [] }
            : { id: f.reportId, name: "", period: "", blockers: [{ kind: "notFound" }] },
        ],
      });
      // Another province's report: refused as any action refuses a row out of scope, audited.
      expect(await denialsOf(f.reportId)).toBe(inProvince(f.c) ? 0 : 1);
    },
  }),
  defineRow<Fixture>({
    action: "approveReportsAction",
    expected: ON_LISTED_REPORTS,
    arrange: (c) => pointWithReport(c, "SUBMITTED"),
    act: async (f) => {
      f.result = await approveReportsAction(undefined, { reports: listed(f) });
      return f.result;
    },
    snapshot: reportSnapshot,
    async verify(f, before, after) {
      expect(await denialsOf(f.reportId)).toBe(inProvince(f.c) ? 0 : 1);
      if (inProvince(f.c)) {
        moved(before, after, "SUBMITTED", "APPROVED");
        expect(f.result).toEqual({ ok: true, data: { approved: [f.reportId], skipped: [] } });
      } else {
        // Another province's report: not found in the caller's scope, untouched.
        expect(after).toEqual(before);
        expect(f.result).toEqual({
          ok: true,
          data: {
            approved: [],
            skipped: [{ id: f.reportId, name: "", period: "", blockers: [{ kind: "notFound" }] }],
          },
        });
      }
    },
  }),
];
