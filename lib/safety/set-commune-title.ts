import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { today } from "@/lib/points/rules";
import { MERGER_YEAR, registrationYearProblem } from "./rules";
import type { SetCommuneTitleInput } from "./schemas";
import { communeForWrite, formerCommuneOf } from "./scope";

/**
 * Sets a commune's yearly flags: "xã điển hình về phong trào" and "đạt tiêu chí an ninh trong xây
 * dựng nông thôn mới". Before 2025 they belong to the former commune they were given to (one row per
 * former commune and year); from 2025 to today's commune. Province officers only (safety.edit).
 */
export async function setCommuneTitle(
  ctx: AuthContext,
  input: SetCommuneTitleInput,
): Promise<{ id: string; version: number }> {
  if (registrationYearProblem(input.year, today().getUTCFullYear()))
    throw new FieldErrors({ year: { key: "safetyYearInvalid" } });
  return inScope(ctx, async (tx) => {
    const commune = await communeForWrite(tx, ctx, input.communeId);
    const before = input.year < MERGER_YEAR;
    if (!before && input.formerCommuneId !== undefined)
      throw new FieldErrors({ formerCommuneId: { key: "safetyFormerCommuneNotAllowed" } });
    const formerCommuneId = before
      ? await formerCommuneOf(tx, commune.id, input.formerCommuneId)
      : null;
    const key = {
      provinceId: commune.provinceId,
      communeId: commune.id,
      formerCommuneId,
      year: input.year,
    };
    const values = {
      exemplary: input.exemplary ?? false,
      ruralSecurityMet: input.ruralSecurityMet ?? false,
      decisionNumber: input.decisionNumber ?? null,
    };
    const existing = await tx.communeYearTitle.findFirst({
      where: key,
      select: {
        id: true,
        version: true,
        exemplary: true,
        ruralSecurityMet: true,
        decisionNumber: true,
      },
    });
    const place = { provinceId: commune.provinceId, communeId: commune.id };
    if (!existing) {
      // A form read before anyone saved has no version; one that names a version lost a race.
      if (input.version !== undefined) throw new ConflictError({ version: null });
      const created = await tx.communeYearTitle.create({
        data: { ...key, ...values },
        select: { id: true, version: true },
      });
      await writeAudit(tx, auditActor(ctx, place), {
        action: "CREATE",
        entity: "CommuneYearTitle",
        entityId: created.id,
        after: { ...key, ...values },
      });
      return created;
    }
    if (input.version !== existing.version)
      throw new ConflictError({
        version: existing.version,
        exemplary: existing.exemplary,
        ruralSecurityMet: existing.ruralSecurityMet,
      });
    const { count } = await tx.communeYearTitle.updateMany({
      where: { id: existing.id, provinceId: commune.provinceId, version: existing.version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ version: existing.version + 1 });
    await writeAudit(tx, auditActor(ctx, place), {
      action: "UPDATE",
      entity: "CommuneYearTitle",
      entityId: existing.id,
      before: {
        exemplary: existing.exemplary,
        ruralSecurityMet: existing.ruralSecurityMet,
        decisionNumber: existing.decisionNumber,
      },
      after: values,
    });
    return { id: existing.id, version: existing.version + 1 };
  });
}
