import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { assertNationalModels, findIndicator, indicatorAuditValues } from "./find-indicator";
import type { CreateIndicatorInput } from "./schemas";

/**
 * Adds an indicator to the ministry's catalog. The report form reads the catalog by year, so an
 * indicator for next year needs no code change. Limiting it to some national models is for point
 * indicators only.
 */
export async function createIndicator(
  ctx: AuthContext,
  input: CreateIndicatorInput,
): Promise<{ id: number; version: number }> {
  const modelIds = input.modelIds ?? [];
  if (input.reportKind === "COMMUNE" && modelIds.length > 0)
    throw new FieldErrors({ modelIds: { key: "catalogModelsPointOnly" } });
  return inScope(ctx, async (tx) => {
    const taken = await tx.indicator.findUnique({
      where: { code: input.code },
      select: { id: true },
    });
    if (taken) throw new FieldErrors({ code: { key: "catalogCodeTaken" } });
    await assertNationalModels(tx, modelIds);
    const created = await tx.indicator.create({
      data: {
        code: input.code,
        reportKind: input.reportKind,
        nameVi: input.nameVi,
        nameEn: input.nameEn,
        unit: input.unit,
        aggregation: input.aggregation,
        groupVi: input.groupVi ?? null,
        groupEn: input.groupEn ?? null,
        sortOrder: input.sortOrder,
        validFromYear: input.validFromYear,
        validToYear: input.validToYear ?? null,
      },
      select: { id: true },
    });
    if (modelIds.length > 0)
      await tx.indicatorModel.createMany({
        data: [...new Set(modelIds)].map((modelId) => ({ indicatorId: created.id, modelId })),
      });
    const after = await findIndicator(tx, created.id);
    await writeAudit(tx, auditActor(ctx), {
      action: "CREATE",
      entity: "Indicator",
      entityId: String(created.id),
      after: indicatorAuditValues(after),
    });
    return { id: after.id, version: after.version };
  });
}
