import { z } from "zod";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import type { UpdatePopulationInput } from "./schemas";

// A province's population and its source, corrected by the ministry administrator (the dashboards'
// "per 10,000 people"). The app cannot write the Province table: the database's
// app_set_province_population checks the verified scope and role, and the version the form was
// read at, in the same transaction as the audit row.

const result = z.array(z.object({ version: z.number().int().nullable() }));

export async function updatePopulation(ctx: AuthContext, input: UpdatePopulationInput) {
  return inScope(ctx, async (tx) => {
    const before = await tx.province.findUnique({
      where: { id: input.provinceId },
      select: {
        id: true,
        name: true,
        population: true,
        populationSource: true,
        populationVersion: true,
      },
    });
    if (!before) throw new NotFoundError("Province", String(input.provinceId));
    if (before.populationVersion !== input.version) throw new ConflictError(before);
    const [row] = result.parse(
      await tx.$queryRaw`
        SELECT app_set_province_population(${input.provinceId}, ${input.population},
                                           ${input.source}, ${input.version}) AS version`,
    );
    if (!row?.version) {
      const current = await tx.province.findUnique({ where: { id: input.provinceId } });
      throw new ConflictError(current);
    }
    await writeAudit(tx, auditActor(ctx, { provinceId: before.id, communeId: null }), {
      action: "UPDATE",
      entity: "Province",
      entityId: String(before.id),
      before: { population: before.population, populationSource: before.populationSource },
      after: { population: input.population, populationSource: input.source },
      detail: "population",
    });
    return { id: before.id, version: row.version };
  });
}
