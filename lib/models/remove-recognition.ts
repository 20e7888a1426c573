import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { removableRecognitionWhere } from "./rules";
import type { RemoveRecognitionInput } from "./schemas";

/**
 * Removes a province-level recognition entered by mistake (the province's own, by id and province
 * in one statement). The audit row keeps what it said.
 */
export async function removeRecognition(
  ctx: AuthContext,
  input: RemoveRecognitionInput,
): Promise<{ id: string; modelId: string }> {
  return inScope(ctx, async (tx) => {
    const where = removableRecognitionWhere(ctx, input.id);
    const before = await tx.modelRecognition.findFirst({
      where,
      select: {
        id: true,
        provinceId: true,
        modelId: true,
        level: true,
        issuer: true,
        decisionNumber: true,
        decidedOn: true,
        note: true,
      },
    });
    if (!before) throw new NotFoundError("ModelRecognition", input.id);
    const { count } = await tx.modelRecognition.deleteMany({ where });
    if (count === 0) throw new NotFoundError("ModelRecognition", input.id);
    await writeAudit(tx, auditActor(ctx, { provinceId: before.provinceId, communeId: null }), {
      action: "DELETE",
      entity: "ModelRecognition",
      entityId: before.id,
      before: { ...before, decidedOn: before.decidedOn?.toISOString().slice(0, 10) ?? null },
    });
    return { id: before.id, modelId: before.modelId };
  });
}
