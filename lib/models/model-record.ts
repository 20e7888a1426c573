import type { Prisma } from "@/lib/generated/prisma/client";

// The columns of a model that the domain functions read, compare and write to the audit trail.

export const modelRecordSelect = {
  id: true,
  provinceId: true,
  code: true,
  name: true,
  field: true,
  description: true,
  goals: true,
  originProvinceId: true,
  originCommuneId: true,
  originFormerCommuneId: true,
  launchedOn: true,
  status: true,
  retiredOn: true,
  retiredReason: true,
  version: true,
} as const satisfies Prisma.ModelSelect;

export type ModelRecord = Prisma.ModelGetPayload<{ select: typeof modelRecordSelect }>;

/** The audited values of a model: its fields, dates as calendar days. */
export function auditValues(model: ModelRecord): Record<string, unknown> {
  const { id: _id, ...rest } = model;
  return {
    ...rest,
    launchedOn: model.launchedOn?.toISOString().slice(0, 10) ?? null,
    retiredOn: model.retiredOn?.toISOString().slice(0, 10) ?? null,
  };
}

/** The place an audit row of a model names: its owner province (the catalog: the actor's). */
export function auditPlace(model: { provinceId: number | null }) {
  return { provinceId: model.provinceId, communeId: null };
}
