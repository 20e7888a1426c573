import { FieldErrors, NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";

// The catalog is national: every scope reads it (row-level security), only the ministry
// administrator writes it. One reader per entity, used by every catalog function.

export const indicatorSelect = {
  id: true,
  code: true,
  reportKind: true,
  nameVi: true,
  nameEn: true,
  unit: true,
  groupVi: true,
  groupEn: true,
  sortOrder: true,
  validFromYear: true,
  validToYear: true,
  aggregation: true,
  version: true,
  models: { select: { modelId: true } },
} as const;

export async function findIndicator(tx: Tx, id: number) {
  const row = await tx.indicator.findUnique({ where: { id }, select: indicatorSelect });
  if (!row) throw new NotFoundError("Indicator", String(id));
  return row;
}

export type IndicatorRow = Awaited<ReturnType<typeof findIndicator>>;

export function indicatorAuditValues(row: IndicatorRow) {
  const { models, ...rest } = row;
  return { ...rest, modelIds: models.map((m) => m.modelId).sort() };
}

/** The years in which the indicator has values in reports (null when none). */
export async function valueYears(
  tx: Tx,
  indicatorId: number,
): Promise<{ first: number; last: number } | null> {
  const rows = await tx.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT min(p.year) AS first, max(p.year) AS last
    FROM "ReportValue" v
    JOIN "Report" r ON r."provinceId" = v."provinceId" AND r.id = v."reportId"
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    WHERE v."indicatorId" = ${indicatorId}`;
  const row = rows[0];
  return row && row.first !== null && row.last !== null
    ? { first: row.first, last: row.last }
    : null;
}

/** The national models an indicator may be limited to; any other id is refused at the field. */
export async function assertNationalModels(tx: Tx, modelIds: readonly string[]): Promise<void> {
  if (modelIds.length === 0) return;
  const found = await tx.model.count({ where: { id: { in: [...modelIds] }, provinceId: null } });
  if (found !== new Set(modelIds).size)
    throw new FieldErrors({ modelIds: { key: "catalogModelNotNational" } });
}

export const ruleSelect = {
  id: true,
  code: true,
  leftIndicatorId: true,
  operator: true,
  rightIndicatorId: true,
  severity: true,
  messageVi: true,
  messageEn: true,
  validFromYear: true,
  validToYear: true,
  version: true,
} as const;

export async function findRule(tx: Tx, id: number) {
  const row = await tx.validationRule.findUnique({ where: { id }, select: ruleSelect });
  if (!row) throw new NotFoundError("ValidationRule", String(id));
  return row;
}

/** Both sides exist and belong to the same kind of report. */
export async function assertRuleSides(tx: Tx, left: number, right: number): Promise<void> {
  const sides = await tx.indicator.findMany({
    where: { id: { in: [left, right] } },
    select: { id: true, reportKind: true },
  });
  const l = sides.find((s) => s.id === left);
  const r = sides.find((s) => s.id === right);
  if (!l) throw new FieldErrors({ leftIndicatorId: { key: "catalogIndicatorRequired" } });
  if (!r) throw new FieldErrors({ rightIndicatorId: { key: "catalogIndicatorRequired" } });
  if (l.reportKind !== r.reportKind)
    throw new FieldErrors({ rightIndicatorId: { key: "catalogRuleKindsDiffer" } });
}
