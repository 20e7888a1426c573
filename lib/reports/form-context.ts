import type { AuthContext } from "@/lib/auth/current-user";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { tenantWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { entryWindow, type EntryWindow } from "@/lib/periods/entry-window";
import { isPointExpected } from "./expected";
import type { ReadinessRule } from "./readiness";

// Everything a report form stands on, read in the caller's scope: the subject (a point, or a
// commune), the period and its entry window after the province's exceptions, the indicators the
// form asks (of the subject's kind, valid that year, and for a point only those of its model when an
// indicator is limited to some models), the rules between them, and the report if it exists.

export interface FormSubject {
  kind: ReportKind;
  provinceId: number;
  communeId: number;
  communeName: string;
  pointId: string | null;
  name: string;
  modelId: string | null;
}

export interface FormPeriod {
  id: number;
  year: number;
  quarter: number;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  closesAt: Date;
}

export interface FormIndicator {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  unit: "COUNT" | "PERSON" | "VND";
  groupVi: string | null;
  groupEn: string | null;
}

export interface FormRule extends ReadinessRule {
  messageVi: string;
  messageEn: string;
}

export const reportRecordSelect = {
  id: true,
  provinceId: true,
  communeId: true,
  pointId: true,
  periodId: true,
  kind: true,
  status: true,
  version: true,
  selfRating: true,
  results: true,
  difficulties: true,
  proposals: true,
  submittedAt: true,
  approvedAt: true,
  updatedAt: true,
  updatedBy: { select: { fullName: true } },
  values: { select: { indicatorId: true, value: true, comment: true, flagged: true } },
} as const satisfies Prisma.ReportSelect;

export type ReportRecord = Prisma.ReportGetPayload<{ select: typeof reportRecordSelect }>;

export interface FormContext {
  subject: FormSubject;
  period: FormPeriod;
  window: EntryWindow;
  indicators: FormIndicator[];
  rules: FormRule[];
  report: ReportRecord | null;
}

export interface SubjectKey {
  periodId: number;
  pointId?: string | undefined;
  communeId?: number | undefined;
}

/** The subject in the caller's scope; another scope's point or commune is "not found". */
async function findSubject(tx: Tx, ctx: AuthContext, key: SubjectKey) {
  if (key.pointId) {
    const point = await tx.replicationPoint.findFirst({
      where: { id: key.pointId, ...tenantWhere(ctx.scope) },
      select: {
        id: true,
        provinceId: true,
        communeId: true,
        modelId: true,
        name: true,
        establishedOn: true,
        status: true,
        suspendedOn: true,
        dissolvedOn: true,
        changes: {
          select: { toStatus: true, effectiveOn: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
        commune: { select: { name: true } },
      },
    });
    if (!point) throw new NotFoundError("ReplicationPoint", key.pointId);
    return {
      subject: {
        kind: "POINT" as const,
        provinceId: point.provinceId,
        communeId: point.communeId,
        communeName: point.commune.name,
        pointId: point.id,
        name: point.name,
        modelId: point.modelId,
      },
      dates: point,
    };
  }
  if (!key.communeId) throw new NotFoundError("Commune", "none");
  const scope = tenantWhere(ctx.scope);
  const commune = await tx.commune.findFirst({
    where: {
      id: key.communeId,
      ...(scope.provinceId ? { provinceId: scope.provinceId } : {}),
      ...(scope.communeId ? { id: scope.communeId } : {}),
    },
    select: { id: true, name: true, provinceId: true },
  });
  if (!commune || commune.id !== key.communeId)
    throw new NotFoundError("Commune", String(key.communeId));
  return {
    subject: {
      kind: "COMMUNE" as const,
      provinceId: commune.provinceId,
      communeId: commune.id,
      communeName: commune.name,
      pointId: null,
      name: commune.name,
      modelId: null,
    },
    dates: null,
  };
}

/** The indicators of a form: the subject's kind, valid in the year, limited to its model if so. */
export async function formIndicators(
  tx: Tx,
  kind: ReportKind,
  year: number,
  modelId: string | null,
): Promise<FormIndicator[]> {
  const rows = await tx.indicator.findMany({
    where: {
      reportKind: kind,
      validFromYear: { lte: year },
      OR: [{ validToYear: null }, { validToYear: { gte: year } }],
    },
    select: {
      id: true,
      code: true,
      nameVi: true,
      nameEn: true,
      unit: true,
      groupVi: true,
      groupEn: true,
      models: { select: { modelId: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  return rows
    .filter((i) => i.models.length === 0 || i.models.some((m) => m.modelId === modelId))
    .map(({ models: _models, ...indicator }) => indicator);
}

/** The rules of the year between two indicators both on the form. */
export async function formRules(
  tx: Tx,
  year: number,
  indicatorIds: ReadonlySet<number>,
): Promise<FormRule[]> {
  const rules = await tx.validationRule.findMany({
    where: {
      validFromYear: { lte: year },
      OR: [{ validToYear: null }, { validToYear: { gte: year } }],
    },
    select: {
      code: true,
      leftIndicatorId: true,
      operator: true,
      rightIndicatorId: true,
      severity: true,
      messageVi: true,
      messageEn: true,
    },
    orderBy: { id: "asc" },
  });
  return rules.filter(
    (r) => indicatorIds.has(r.leftIndicatorId) && indicatorIds.has(r.rightIndicatorId),
  );
}

/** The province's exceptions to the period (whole province, the commune, or the point). */
export async function periodExceptions(tx: Tx, provinceId: number, periodId: number) {
  return tx.periodReopening.findMany({
    where: { provinceId, periodId },
    select: { kind: true, communeId: true, pointId: true, until: true },
  });
}

export async function loadFormContext(
  tx: Tx,
  ctx: AuthContext,
  key: SubjectKey,
  now = new Date(),
): Promise<FormContext> {
  const period = await tx.reportingPeriod.findUnique({
    where: { id: key.periodId },
    select: {
      id: true,
      year: true,
      quarter: true,
      startsOn: true,
      endsOn: true,
      deadline: true,
      closesAt: true,
    },
  });
  if (!period) throw new NotFoundError("ReportingPeriod", String(key.periodId));
  const { subject, dates } = await findSubject(tx, ctx, key);
  if (dates && !isPointExpected(dates, period)) throw new FormError("reportPointNotActive");
  const indicators = await formIndicators(tx, subject.kind, period.year, subject.modelId);
  const [rules, exceptions, report] = await Promise.all([
    formRules(tx, period.year, new Set(indicators.map((i) => i.id))),
    periodExceptions(tx, subject.provinceId, period.id),
    findReportOfSubject(tx, subject, period.id),
  ]);
  const window = entryWindow(period, exceptions, subject, now);
  return { subject, period, window, indicators, rules, report };
}

export function findReportOfSubject(
  tx: Tx,
  subject: Pick<FormSubject, "kind" | "provinceId" | "communeId" | "pointId">,
  periodId: number,
): Promise<ReportRecord | null> {
  return tx.report.findFirst({
    where: {
      provinceId: subject.provinceId,
      periodId,
      kind: subject.kind,
      ...(subject.kind === "POINT"
        ? { pointId: subject.pointId }
        : { communeId: subject.communeId }),
    },
    select: reportRecordSelect,
  });
}
