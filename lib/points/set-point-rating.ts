import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { findPointInScope } from "./find-point";
import { today } from "./rules";
import type { SetPointRatingInput } from "./schemas";

/** Sets (or corrects) a point's rating of one year: from the year it was established to this year. */
export async function setPointRating(
  ctx: AuthContext,
  input: SetPointRatingInput,
): Promise<{ id: string; year: number }> {
  return inScope(ctx, async (tx) => {
    const point = await findPointInScope(tx, ctx, input.id);
    if (input.year < point.establishedOn.getUTCFullYear() || input.year > today().getUTCFullYear())
      throw new FieldErrors({ year: { key: "ratingYearInvalid" } });
    const key = { provinceId: point.provinceId, pointId: point.id, year: input.year };
    const before = await tx.pointRating.findUnique({
      where: { provinceId_pointId_year: key },
      select: { year: true, rating: true, note: true },
    });
    const values = { rating: input.rating, note: input.note ?? null };
    if (before) {
      await tx.pointRating.updateMany({ where: key, data: values });
    } else {
      await tx.pointRating.createMany({ data: { ...key, ...values } });
    }
    await writeAudit(tx, auditActor(ctx, point), {
      action: before ? "UPDATE" : "CREATE",
      entity: "PointRating",
      entityId: `${point.id}/${input.year}`,
      before: before ?? undefined,
      after: { year: input.year, ...values },
    });
    return { id: point.id, year: input.year };
  });
}
