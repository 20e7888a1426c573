import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FormError, NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import type { WithdrawSafetyRegistrationInput } from "./schemas";
import { safetyInScope } from "./scope";

/** Withdraws a registration made by mistake; a decided one stays (its result is on record). */
export async function withdrawSafetyRegistration(
  ctx: AuthContext,
  input: WithdrawSafetyRegistrationInput,
): Promise<{ id: string }> {
  return inScope(ctx, async (tx) => {
    const where = { id: input.id, ...safetyInScope(ctx) };
    const before = await tx.safetyRegistration.findFirst({
      where,
      select: {
        id: true,
        provinceId: true,
        communeId: true,
        year: true,
        unitType: true,
        result: true,
        version: true,
        residentialAreaId: true,
        organizationId: true,
        formerCommuneId: true,
      },
    });
    if (!before) throw new NotFoundError("SafetyRegistration", input.id);
    if (before.version !== input.version) throw new ConflictError({ version: before.version });
    if (before.result !== "PENDING") throw new FormError("safetyDecidedNoWithdraw");
    const { count } = await tx.safetyRegistration.deleteMany({
      where: { ...where, version: before.version, result: "PENDING" },
    });
    if (count === 0) throw new ConflictError({ version: before.version + 1 });
    await writeAudit(tx, auditActor(ctx, before), {
      action: "DELETE",
      entity: "SafetyRegistration",
      entityId: before.id,
      before,
    });
    return { id: before.id };
  });
}
