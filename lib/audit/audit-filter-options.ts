import { z } from "zod";
import { inScope } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import { assertCanViewAudit } from "./list-audit";

// Choices of the audit page's filters: the kinds of entity that appear in the viewer's part of
// the trail, and (for the ministry) the provinces.

const entityRowsSchema = z.array(z.object({ entity: z.string() }));

export interface AuditFilterOptions {
  entities: string[];
  /** Empty for a province administrator: their province is the only one they see. */
  provinces: { id: number; name: string }[];
  /** The viewer's province; null for the ministry (the whole country). */
  scopeName: string | null;
}

export async function auditFilterOptions(viewer: AuthContext): Promise<AuditFilterOptions> {
  assertCanViewAudit(viewer);
  const province = viewer.scope.level === "PROVINCE" ? viewer.scope.provinceId : null;
  return inScope(viewer, async (tx) => {
    const [entityRows, provinces, own] = await Promise.all([
      // DISTINCT in SQL: Prisma's `distinct` would load every row and dedupe in JavaScript.
      tx.$queryRaw`
          SELECT DISTINCT entity FROM "AuditLog"
          WHERE entity IS NOT NULL AND (${province}::int IS NULL OR "provinceId" = ${province}::int)
          ORDER BY entity LIMIT 100`,
      viewer.scope.level === "NATION"
        ? tx.province.findMany({ select: { id: true, shortName: true } })
        : Promise.resolve([]),
      province === null
        ? null
        : tx.province.findUnique({ where: { id: province }, select: { shortName: true } }),
    ]);
    const collator = new Intl.Collator("vi");
    return {
      entities: entityRowsSchema.parse(entityRows).map((row) => row.entity),
      provinces: provinces
        .map((p) => ({ id: p.id, name: p.shortName }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      scopeName: own?.shortName ?? null,
    };
  });
}
