import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { assertRuleSides, findRule } from "./find-indicator";
import type { CreateRuleInput, UpdateRuleInput } from "./schemas";

// Validation rules between two indicators of one report: an error blocks submission, a warning
// needs a comment. Retiring a rule is setting its last year; rules are never deleted (reports of
// past years were checked by them).

const ruleData = (input: CreateRuleInput | UpdateRuleInput) => ({
  leftIndicatorId: input.leftIndicatorId,
  operator: input.operator,
  rightIndicatorId: input.rightIndicatorId,
  severity: input.severity,
  messageVi: input.messageVi,
  messageEn: input.messageEn,
  validFromYear: input.validFromYear,
  validToYear: input.validToYear ?? null,
});

export async function createRule(
  ctx: AuthContext,
  input: CreateRuleInput,
): Promise<{ id: number; version: number }> {
  return inScope(ctx, async (tx) => {
    const taken = await tx.validationRule.findUnique({
      where: { code: input.code },
      select: { id: true },
    });
    if (taken) throw new FieldErrors({ code: { key: "catalogCodeTaken" } });
    await assertRuleSides(tx, input.leftIndicatorId, input.rightIndicatorId);
    const created = await tx.validationRule.create({
      data: { code: input.code, ...ruleData(input) },
      select: { id: true },
    });
    const after = await findRule(tx, created.id);
    await writeAudit(tx, auditActor(ctx), {
      action: "CREATE",
      entity: "ValidationRule",
      entityId: String(created.id),
      after,
    });
    return { id: after.id, version: after.version };
  });
}

export async function updateRule(
  ctx: AuthContext,
  input: UpdateRuleInput,
): Promise<{ id: number; version: number }> {
  return inScope(ctx, async (tx) => {
    const before = await findRule(tx, input.id);
    const conflict = (row: typeof before) =>
      new ConflictError({ version: row.version, messageVi: row.messageVi });
    if (before.version !== input.version) throw conflict(before);
    await assertRuleSides(tx, input.leftIndicatorId, input.rightIndicatorId);
    const { count } = await tx.validationRule.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...ruleData(input), version: { increment: 1 } },
    });
    if (count === 0) throw conflict(await findRule(tx, before.id));
    const after = await findRule(tx, before.id);
    await writeAudit(tx, auditActor(ctx), {
      action: "UPDATE",
      entity: "ValidationRule",
      entityId: String(before.id),
      before,
      after,
    });
    return { id: after.id, version: after.version };
  });
}
