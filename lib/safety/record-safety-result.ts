import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors, NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { isoDay, today } from "@/lib/points/rules";
import { decisionDateProblem } from "./rules";
import type { RecordSafetyResultInput } from "./schemas";
import { safetyInScope } from "./scope";

const DATE_KEYS = {
  beforeYear: "decisionDateBeforeYear",
  tooLate: "decisionDateTooLate",
  inFuture: "decisionDateInFuture",
} as const;

/**
 * Records the result of a registration (đạt / chưa đạt) with the decision that recognised it, or
 * takes it back to "not yet decided". The decision is dated within the year or the next one.
 */
export async function recordSafetyResult(
  ctx: AuthContext,
  input: RecordSafetyResultInput,
): Promise<{ id: string; version: number }> {
  return inScope(ctx, async (tx) => {
    const where = { id: input.id, ...safetyInScope(ctx) };
    const before = await tx.safetyRegistration.findFirst({
      where,
      select: {
        id: true,
        provinceId: true,
        communeId: true,
        year: true,
        result: true,
        decisionNumber: true,
        decidedOn: true,
        version: true,
      },
    });
    if (!before) throw new NotFoundError("SafetyRegistration", input.id);
    if (before.version !== input.version)
      throw new ConflictError({ version: before.version, result: before.result });
    const decided = input.result !== "PENDING";
    if (decided && input.decidedOn) {
      const problem = decisionDateProblem(before.year, input.decidedOn, isoDay(today()));
      if (problem)
        throw new FieldErrors({
          decidedOn: {
            key: DATE_KEYS[problem],
            values: { year: String(before.year), next: String(before.year + 1) },
          },
        });
    }
    const values = {
      result: input.result,
      decisionNumber: decided ? (input.decisionNumber ?? null) : null,
      decidedOn: decided && input.decidedOn ? new Date(`${input.decidedOn}T00:00:00Z`) : null,
    };
    const { count } = await tx.safetyRegistration.updateMany({
      where: { ...where, version: before.version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ version: before.version + 1 });
    await writeAudit(tx, auditActor(ctx, before), {
      action: "UPDATE",
      entity: "SafetyRegistration",
      entityId: before.id,
      before: {
        result: before.result,
        decisionNumber: before.decisionNumber,
        decidedOn: before.decidedOn,
      },
      after: values,
    });
    return { id: before.id, version: before.version + 1 };
  });
}
