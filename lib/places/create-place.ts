import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { findPlaceInScope, PLACE_ENTITY, placeAuditValues } from "./find-place";
import { assertFormerCommune, isUniqueViolation, nameTaken, placeCommune } from "./rules";
import type { CreatePlaceInput } from "./schemas";

/**
 * Adds a residential area or an organisation to a commune. A name is unique within the commune and
 * former commune (two "Ấp 1" of two former communes are two places): a repeat is an error at the
 * name, checked first and caught again from the unique index.
 */
export async function createPlace(
  ctx: AuthContext,
  input: CreatePlaceInput,
): Promise<{ id: string; version: number; name: string }> {
  try {
    return await inScope(ctx, async (tx) => {
      const unit = await placeCommune(tx, ctx, input.communeId);
      const formerCommuneId = await assertFormerCommune(tx, unit.communeId, input.formerCommuneId);
      const same = { ...unit, formerCommuneId, name: input.name };
      let id: string;
      if (input.type === "area") {
        if (await tx.residentialArea.findFirst({ where: same, select: { id: true } }))
          throw nameTaken();
        id = (
          await tx.residentialArea.create({
            data: { ...same, kind: input.kind, households: input.households ?? null },
            select: { id: true },
          })
        ).id;
      } else {
        if (
          await tx.organization.findFirst({
            where: { ...same, kind: input.kind },
            select: { id: true },
          })
        )
          throw nameTaken();
        id = (
          await tx.organization.create({
            data: { ...same, kind: input.kind },
            select: { id: true },
          })
        ).id;
      }
      const after = await findPlaceInScope(tx, ctx, input.type, id);
      await writeAudit(tx, auditActor(ctx, unit), {
        action: "CREATE",
        entity: PLACE_ENTITY[input.type],
        entityId: id,
        after: placeAuditValues(after),
      });
      return { id, version: after.version, name: after.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
