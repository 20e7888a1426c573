import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { type ModelRecord, modelRecordSelect } from "./model-record";
import { modelsInScope } from "./rules";

/** A model the caller may read; another province's own model is "not found", never "forbidden". */
export async function findModelInScope(tx: Tx, ctx: AuthContext, id: string): Promise<ModelRecord> {
  const model = await tx.model.findFirst({
    where: { AND: [{ id }, modelsInScope(ctx.scope)] },
    select: modelRecordSelect,
  });
  if (!model) throw new NotFoundError("Model", id);
  return model;
}
