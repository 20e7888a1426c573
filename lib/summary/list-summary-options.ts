import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";

// What the download form offers: the ministry every province and former province, a province's
// officers their own province and its former provinces; the years that have reporting periods.

export interface SummaryOptions {
  provinces: { id: number; name: string }[];
  formerProvinces: { id: number; shortName: string; successorId: number; successorName: string }[];
  years: number[];
}

export function listSummaryOptions(ctx: AuthContext): Promise<SummaryOptions> {
  const scope = ctx.scope;
  if (scope.level === "COMMUNE") throw new FormError("forbidden");
  const own = scope.level === "PROVINCE" ? { id: scope.provinceId } : {};
  return inScope(ctx, async (tx) => {
    const [provinces, formers, years] = await Promise.all([
      tx.province.findMany({
        where: own,
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      tx.formerProvince.findMany({
        where: scope.level === "PROVINCE" ? { successorId: scope.provinceId } : {},
        select: { id: true, shortName: true, successor: { select: { id: true, name: true } } },
        orderBy: [{ successor: { name: "asc" } }, { shortName: "asc" }],
      }),
      tx.reportingPeriod.findMany({
        distinct: ["year"],
        select: { year: true },
        orderBy: { year: "desc" },
      }),
    ]);
    return {
      provinces,
      formerProvinces: formers.map((f) => ({
        id: f.id,
        shortName: f.shortName,
        successorId: f.successor.id,
        successorName: f.successor.name,
      })),
      years: years.map((y) => y.year),
    };
  });
}
