import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { findModelInScope } from "./find-model";
import { recognitionLevelsFor } from "./rules";
import type { AddRecognitionInput } from "./schemas";

/**
 * Records a recognition of a model the caller can read. A province records its own experience
 * notices and "điển hình tiên tiến" (of its own models or of catalog models it runs); the ministry
 * administrator records nationwide replication, kept under the model's province (its owner, or for
 * a catalog model the province it began in).
 */
export async function addRecognition(
  ctx: AuthContext,
  input: AddRecognitionInput,
): Promise<{ id: string; modelId: string }> {
  if (!recognitionLevelsFor(ctx).includes(input.level))
    throw new FieldErrors({ level: { key: "recognitionLevelNotAllowed" } });
  try {
    return await inScope(ctx, async (tx) => {
      const model = await findModelInScope(tx, ctx, input.modelId);
      const provinceId =
        ctx.scope.level === "NATION"
          ? (model.provinceId ?? model.originProvinceId)
          : ctx.scope.provinceId;
      if (provinceId === null)
        throw new FieldErrors({ level: { key: "recognitionProvinceUnknown" } });
      const recognition = await tx.modelRecognition.create({
        data: {
          provinceId,
          modelId: model.id,
          level: input.level,
          issuer: input.issuer,
          decisionNumber: input.decisionNumber ?? null,
          decidedOn: input.decidedOn,
          note: input.note ?? null,
        },
        select: { id: true },
      });
      const after = {
        modelId: model.id,
        level: input.level,
        issuer: input.issuer,
        decisionNumber: input.decisionNumber ?? null,
        decidedOn: input.decidedOn.toISOString().slice(0, 10),
        note: input.note ?? null,
      };
      await writeAudit(tx, auditActor(ctx, { provinceId, communeId: null }), {
        action: "CREATE",
        entity: "ModelRecognition",
        entityId: recognition.id,
        after,
      });
      return { id: recognition.id, modelId: model.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldErrors({ level: { key: "recognitionExists" } });
    throw error;
  }
}
