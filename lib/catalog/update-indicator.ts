import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import {
  assertNationalModels,
  findIndicator,
  indicatorAuditValues,
  type IndicatorRow,
  valueYears,
} from "./find-indicator";
import type { UpdateIndicatorInput } from "./schemas";

const conflictOf = (row: IndicatorRow) =>
  new ConflictError({ version: row.version, nameVi: row.nameVi, validToYear: row.validToYear });

/**
 * Edits an indicator (version check). Its code and kind of report never change. Retiring it is
 * setting its last year (validToYear): it is no longer asked from the year after, and its values
 * stay. The years in force must still hold every year it has values in — an indicator with values
 * is never deleted, nor retired before its last value.
 */
export async function updateIndicator(
  ctx: AuthContext,
  input: UpdateIndicatorInput,
): Promise<{ id: number; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findIndicator(tx, input.id);
    if (before.version !== input.version) throw conflictOf(before);
    const modelIds = [...new Set(input.modelIds ?? [])];
    if (before.reportKind === "COMMUNE" && modelIds.length > 0)
      throw new FieldErrors({ modelIds: { key: "catalogModelsPointOnly" } });
    await assertNationalModels(tx, modelIds);
    const years = await valueYears(tx, before.id);
    if (years && input.validFromYear > years.first)
      throw new FieldErrors({
        validFromYear: { key: "catalogFromAfterValues", values: { year: years.first } },
      });
    if (years && input.validToYear !== undefined && input.validToYear < years.last)
      throw new FieldErrors({
        validToYear: { key: "catalogRetireBeforeValues", values: { year: years.last } },
      });
    const { count } = await tx.indicator.updateMany({
      where: { id: before.id, version: before.version },
      data: {
        nameVi: input.nameVi,
        nameEn: input.nameEn,
        unit: input.unit,
        aggregation: input.aggregation,
        groupVi: input.groupVi ?? null,
        groupEn: input.groupEn ?? null,
        sortOrder: input.sortOrder,
        validFromYear: input.validFromYear,
        validToYear: input.validToYear ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflictOf(await findIndicator(tx, before.id));
    const oldModels = before.models.map((m) => m.modelId).sort();
    if (oldModels.join() !== [...modelIds].sort().join()) {
      await tx.indicatorModel.deleteMany({ where: { indicatorId: before.id } });
      if (modelIds.length > 0)
        await tx.indicatorModel.createMany({
          data: modelIds.map((modelId) => ({ indicatorId: before.id, modelId })),
        });
    }
    const after = await findIndicator(tx, before.id);
    await writeAudit(tx, auditActor(ctx), {
      action: "UPDATE",
      entity: "Indicator",
      entityId: String(before.id),
      before: indicatorAuditValues(before),
      after: indicatorAuditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
