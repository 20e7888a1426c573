import type { Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";

// LOCAL STAND-IN until the catalog branch's lib/reports/expected.ts is cherry-picked: which points
// and communes are expected to report for a quarter, by their own dates. A point is expected when
// it was established by the quarter's last day and not dissolved before its first day (a point
// opened or closed during the quarter counts); every commune of the province is expected.

export interface QuarterBounds {
  startsOn: Date;
  endsOn: Date;
}

/** The where of the points expected to report for the quarter (combine with a scope). */
export function expectedPointsWhere(period: QuarterBounds): Prisma.ReplicationPointWhereInput {
  return {
    establishedOn: { lte: period.endsOn },
    OR: [{ dissolvedOn: null }, { dissolvedOn: { gte: period.startsOn } }],
  };
}

/** Whether one point is expected for the quarter. */
export function isPointExpected(
  point: { establishedOn: Date; dissolvedOn: Date | null },
  period: QuarterBounds,
): boolean {
  return (
    point.establishedOn.getTime() <= period.endsOn.getTime() &&
    (point.dissolvedOn === null || point.dissolvedOn.getTime() >= period.startsOn.getTime())
  );
}

export interface ExpectedSubject {
  kind: "POINT" | "COMMUNE";
  communeId: number;
  pointId: string | null;
  name: string;
}

/** The subjects of the given communes expected to report for the quarter: each commune, then its points. */
export async function expectedSubjects(
  tx: Tx,
  where: { provinceId: number; communeId?: number },
  period: QuarterBounds,
): Promise<ExpectedSubject[]> {
  const [communes, points] = await Promise.all([
    tx.commune.findMany({
      where: { provinceId: where.provinceId, ...(where.communeId ? { id: where.communeId } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    tx.replicationPoint.findMany({
      where: { ...where, ...expectedPointsWhere(period) },
      select: { id: true, communeId: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return [
    ...communes.map((c) => ({
      kind: "COMMUNE" as const,
      communeId: c.id,
      pointId: null,
      name: c.name,
    })),
    ...points.map((p) => ({
      kind: "POINT" as const,
      communeId: p.communeId,
      pointId: p.id,
      name: p.name,
    })),
  ];
}
