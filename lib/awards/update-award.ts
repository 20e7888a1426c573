import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { isoDay, today } from "@/lib/points/rules";
import { awardValues, checkedLinks, findAwardForWrite } from "./rules";
import type { UpdateAwardInput } from "./schemas";

/** Corrects an award; a save over a newer version is a conflict. */
export async function updateAward(
  ctx: AuthContext,
  input: UpdateAwardInput,
): Promise<{ id: string; version: number }> {
  if (input.awardedOn > isoDay(today()))
    throw new FieldErrors({ awardedOn: { key: "dateInFuture" } });
  return inScope(ctx, async (tx) => {
    const before = await findAwardForWrite(tx, ctx, input.id);
    if (before.version !== input.version)
      throw new ConflictError({ version: before.version, recipientName: before.recipientName });
    const links = await checkedLinks(tx, before.provinceId, input);
    const values = { ...awardValues(input), ...links };
    const { count } = await tx.award.updateMany({
      where: { id: before.id, provinceId: before.provinceId, version: before.version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ version: before.version + 1 });
    await writeAudit(
      tx,
      auditActor(ctx, { provinceId: before.provinceId, communeId: links.communeId }),
      {
        action: "UPDATE",
        entity: "Award",
        entityId: before.id,
        before,
        after: values,
      },
    );
    return { id: before.id, version: before.version + 1 };
  });
}
