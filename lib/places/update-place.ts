import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { findPlaceInScope, PLACE_ENTITY, placeAuditValues, placeConflict } from "./find-place";
import { assertFormerCommune, isUniqueViolation, nameTaken, placesInScope } from "./rules";
import type { UpdatePlaceInput } from "./schemas";

/** Renames or reclassifies an area or organisation (its commune stays); refused over a newer version. */
export async function updatePlace(
  ctx: AuthContext,
  input: UpdatePlaceInput,
): Promise<{ id: string; version: number }> {
  try {
    return await inScope(ctx, async (tx) => {
      const before = await findPlaceInScope(tx, ctx, input.type, input.id);
      if (before.version !== input.version) throw placeConflict(before);
      const formerCommuneId = await assertFormerCommune(
        tx,
        before.communeId,
        input.formerCommuneId,
      );
      const same = {
        provinceId: before.provinceId,
        communeId: before.communeId,
        formerCommuneId,
        name: input.name,
        id: { not: before.id },
      };
      const where = {
        id: before.id,
        ...placesInScope(ctx.scope),
        version: before.version,
      };
      let count: number;
      if (input.type === "area") {
        if (await tx.residentialArea.findFirst({ where: same, select: { id: true } }))
          throw nameTaken();
        ({ count } = await tx.residentialArea.updateMany({
          where,
          data: {
            name: input.name,
            kind: input.kind,
            formerCommuneId,
            households: input.households ?? null,
            version: { increment: 1 },
          },
        }));
      } else {
        if (
          await tx.organization.findFirst({
            where: { ...same, kind: input.kind },
            select: { id: true },
          })
        )
          throw nameTaken();
        ({ count } = await tx.organization.updateMany({
          where,
          data: { name: input.name, kind: input.kind, formerCommuneId, version: { increment: 1 } },
        }));
      }
      if (count === 0) throw placeConflict(await findPlaceInScope(tx, ctx, input.type, input.id));
      const after = await findPlaceInScope(tx, ctx, input.type, input.id);
      await writeAudit(tx, auditActor(ctx, before), {
        action: "UPDATE",
        entity: PLACE_ENTITY[input.type],
        entityId: before.id,
        before: placeAuditValues(before),
        after: placeAuditValues(after),
      });
      return { id: after.id, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
