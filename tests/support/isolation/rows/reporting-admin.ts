// Rows of the isolation matrix for the indicator catalog (national: the ministry administrator
// only, whatever the target) and the period exceptions (a province administrator, in their own
// province only).
import { expect } from "vitest";
import {
  createIndicatorAction,
  createRuleAction,
  updateIndicatorAction,
  updateRuleAction,
} from "@/app/[locale]/(portal)/indicators/actions";
import {
  createPeriodExceptionAction,
  revokePeriodExceptionAction,
  setPeriodDatesAction,
} from "@/app/[locale]/(portal)/periods/actions";
import { uniqueName } from "../../factories";
import { ownerDb } from "../../owner-db";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
  fieldRefusal,
  forbidden,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

/** catalog.edit: the ministry administrator, for the whole nation. */
const CATALOG: Table = {
  ministryAdmin: everywhere(ok),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: everywhere(forbidden),
  provinceOfficer: everywhere(forbidden),
  communeOfficer: everywhere(forbidden),
};

/** periods.reopen: the province administrator, in their own province. */
const EXCEPTION_CREATE: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: {
    own: ok,
    otherCommune: ok,
    otherProvince: fieldRefusal("communeId", "Vui lòng chọn xã, phường, đặc khu."),
  },
  provinceOfficer: everywhere(forbidden),
  communeOfficer: everywhere(forbidden),
};
const EXCEPTION_REVOKE: Table = {
  ...EXCEPTION_CREATE,
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
};

const code = () =>
  `matran_${uniqueName("c")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "_")}`.slice(0, 60);

async function existingIndicator() {
  return ownerDb().indicator.create({
    data: {
      code: code(),
      reportKind: "POINT",
      nameVi: "Chỉ tiêu ma trận",
      nameEn: "Matrix indicator",
      unit: "COUNT",
      sortOrder: 900,
      validFromYear: 2027,
    },
  });
}

const indicatorSnapshot = (id: number) =>
  ownerDb().indicator.findUniqueOrThrow({
    where: { id },
    select: { nameVi: true, validToYear: true, version: true },
  });

async function twoIndicators() {
  return [await existingIndicator(), await existingIndicator()] as const;
}

async function period2026Q4() {
  return ownerDb().reportingPeriod.findUniqueOrThrow({
    where: { year_quarter: { year: 2026, quarter: 4 } },
  });
}

const exceptionsOf = async (provinceId: number) =>
  ownerDb().periodReopening.findMany({
    where: { provinceId },
    select: { id: true, kind: true, communeId: true, reason: true },
    orderBy: { id: "asc" },
  });

const rows: MatrixRow[] = [
  defineRow({
    action: "createIndicatorAction",
    expected: CATALOG,
    arrange: () => Promise.resolve({ code: code() }),
    act: ({ code: c }) =>
      createIndicatorAction(undefined, {
        code: c,
        reportKind: "POINT",
        nameVi: "Số cuộc tuần tra trên biển",
        nameEn: "Sea patrols",
        unit: "COUNT",
        aggregation: "FLOW",
        sortOrder: "910",
        validFromYear: "2027",
      }),
    snapshot: async ({ code: c }) =>
      ownerDb().indicator.findMany({ where: { code: c }, select: { nameVi: true } }),
    verify(_f, before, after) {
      expect(before).toEqual([]);
      expect(after).toEqual([{ nameVi: "Số cuộc tuần tra trên biển" }]);
    },
  }),
  defineRow({
    action: "updateIndicatorAction",
    expected: CATALOG,
    arrange: existingIndicator,
    act: (i) =>
      updateIndicatorAction(undefined, {
        id: String(i.id),
        version: String(i.version),
        nameVi: "Chỉ tiêu đã sửa",
        nameEn: "Edited indicator",
        unit: "COUNT",
        aggregation: "STOCK",
        sortOrder: "900",
        validFromYear: "2027",
        validToYear: "2028",
      }),
    snapshot: (i) => indicatorSnapshot(i.id),
    verify(i, _before, after) {
      expect(after).toEqual({
        nameVi: "Chỉ tiêu đã sửa",
        validToYear: 2028,
        version: i.version + 1,
      });
    },
  }),
  defineRow({
    action: "createRuleAction",
    expected: CATALOG,
    arrange: async () => ({ code: code(), sides: await twoIndicators() }),
    act: ({ code: c, sides }) =>
      createRuleAction(undefined, {
        code: c,
        leftIndicatorId: String(sides[0].id),
        operator: "LTE",
        rightIndicatorId: String(sides[1].id),
        severity: "WARNING",
        messageVi: "Vế trái không lớn hơn vế phải.",
        messageEn: "Left at most right.",
        validFromYear: "2027",
      }),
    snapshot: ({ code: c }) =>
      ownerDb().validationRule.findMany({ where: { code: c }, select: { severity: true } }),
    verify(_f, before, after) {
      expect(before).toEqual([]);
      expect(after).toEqual([{ severity: "WARNING" }]);
    },
  }),
  defineRow({
    action: "updateRuleAction",
    expected: CATALOG,
    arrange: async () => {
      const sides = await twoIndicators();
      const rule = await ownerDb().validationRule.create({
        data: {
          code: code(),
          leftIndicatorId: sides[0].id,
          operator: "LTE",
          rightIndicatorId: sides[1].id,
          messageVi: "Quy tắc ma trận.",
          messageEn: "Matrix rule.",
        },
      });
      return { rule, sides };
    },
    act: ({ rule, sides }) =>
      updateRuleAction(undefined, {
        id: String(rule.id),
        version: String(rule.version),
        leftIndicatorId: String(sides[0].id),
        operator: "GTE",
        rightIndicatorId: String(sides[1].id),
        severity: "ERROR",
        messageVi: "Quy tắc đã sửa.",
        messageEn: "Edited rule.",
        validFromYear: "2027",
      }),
    snapshot: ({ rule }) =>
      ownerDb().validationRule.findUniqueOrThrow({
        where: { id: rule.id },
        select: { operator: true, messageVi: true, version: true },
      }),
    verify({ rule }, _before, after) {
      expect(after).toEqual({
        operator: "GTE",
        messageVi: "Quy tắc đã sửa.",
        version: rule.version + 1,
      });
    },
  }),
  defineRow({
    action: "createPeriodExceptionAction",
    expected: EXCEPTION_CREATE,
    arrange: async (c: CaseContext) => ({
      c,
      period: await period2026Q4(),
      reason: uniqueName("Lý do"),
    }),
    act: ({ c, period, reason }) =>
      createPeriodExceptionAction(undefined, {
        periodId: String(period.id),
        kind: "EXTENSION",
        target: "COMMUNE",
        communeId: String(c.units.communeId),
        until: "15/02/2027",
        reason,
      }),
    snapshot: async ({ c }) => ({
      own: await exceptionsOf(c.world.units.own.provinceId),
      target: await exceptionsOf(c.units.provinceId),
    }),
    async verify({ c, reason }, before, after) {
      const b = before as { target: { reason: string }[] };
      const a = after as { target: { reason: string; communeId: number | null; kind: string }[] };
      expect(a.target.length).toBe(b.target.length + 1);
      expect(a.target.find((x) => x.reason === reason)).toMatchObject({
        kind: "EXTENSION",
        communeId: c.units.communeId,
      });
      // Gone again, for the other files of this worker: an extension of 2026 Q4 left behind moves
      // the commune's due day (the demo worklist's and the period dates' tests read it).
      await ownerDb().periodReopening.deleteMany({ where: { reason } });
    },
  }),
  defineRow({
    action: "revokePeriodExceptionAction",
    expected: EXCEPTION_REVOKE,
    arrange: async (c: CaseContext) =>
      ownerDb().periodReopening.create({
        data: {
          provinceId: c.units.provinceId,
          periodId: (await period2026Q4()).id,
          kind: "REOPENING",
          communeId: c.units.communeId,
          until: new Date("2027-03-01T16:59:59Z"),
          reason: uniqueName("Mở lại"),
        },
      }),
    act: (x) => revokePeriodExceptionAction(undefined, { id: x.id }),
    snapshot: (x) =>
      ownerDb().periodReopening.findMany({ where: { id: x.id }, select: { id: true } }),
    verify(x, before, after) {
      expect(before).toEqual([{ id: x.id }]);
      expect(after).toEqual([]);
    },
  }),
  defineRow({
    action: "setPeriodDatesAction",
    expected: CATALOG,
    arrange: () => period2026Q4(),
    // Due one day later, closing on the same day (16 + 14 = 15 + 15 days after the quarter).
    act: (period) =>
      setPeriodDatesAction(undefined, {
        periodId: String(period.id),
        deadlineDays: "16",
        graceDays: "14",
      }),
    snapshot: (period) =>
      ownerDb().reportingPeriod.findUniqueOrThrow({
        where: { id: period.id },
        select: { deadline: true, closesAt: true },
      }),
    async verify(period, before, after) {
      expect(after).toEqual({
        deadline: new Date("2027-01-16T00:00:00Z"),
        closesAt: (before as { closesAt: Date }).closesAt,
      });
      // Back to the period's dates, for the other rows and files of this worker.
      await ownerDb().reportingPeriod.update({
        where: { id: period.id },
        data: before as { deadline: Date; closesAt: Date },
      });
    },
  }),
];

export const REPORTING_ADMIN_ROWS: MatrixRow[] = rows;
