import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { isoDay, today } from "@/lib/points/rules";
import { awardValues, checkedLinks } from "./rules";
import type { CreateAwardInput } from "./schemas";

/** Records an award of the caller's province (awards.edit: province officers). */
export async function createAward(
  ctx: AuthContext,
  input: CreateAwardInput,
): Promise<{ id: string }> {
  if (ctx.scope.level !== "PROVINCE") throw new FormError("forbidden");
  if (input.awardedOn > isoDay(today()))
    throw new FieldErrors({ awardedOn: { key: "dateInFuture" } });
  const provinceId = ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const links = await checkedLinks(tx, provinceId, input);
    const values = { ...awardValues(input), ...links };
    const created = await tx.award.create({
      data: { provinceId, ...values },
      select: { id: true },
    });
    await writeAudit(tx, auditActor(ctx, { provinceId, communeId: links.communeId }), {
      action: "CREATE",
      entity: "Award",
      entityId: created.id,
      after: values,
    });
    return created;
  });
}
