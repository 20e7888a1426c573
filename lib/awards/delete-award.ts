import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { findAwardForWrite } from "./rules";
import type { DeleteAwardInput } from "./schemas";

/** Deletes an award recorded by mistake; the audit trail keeps what it was. */
export async function deleteAward(
  ctx: AuthContext,
  input: DeleteAwardInput,
): Promise<{ id: string }> {
  return inScope(ctx, async (tx) => {
    const before = await findAwardForWrite(tx, ctx, input.id);
    if (before.version !== input.version) throw new ConflictError({ version: before.version });
    const { count } = await tx.award.deleteMany({
      where: { id: before.id, provinceId: before.provinceId, version: before.version },
    });
    if (count === 0) throw new ConflictError({ version: before.version + 1 });
    await writeAudit(tx, auditActor(ctx, before), {
      action: "DELETE",
      entity: "Award",
      entityId: before.id,
      before,
    });
    return { id: before.id };
  });
}
