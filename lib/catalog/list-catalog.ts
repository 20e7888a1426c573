import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { findIndicator, findRule, indicatorSelect, ruleSelect } from "./find-indicator";

export interface CatalogFilter {
  reportKind?: ReportKind;
  /** Only what is in force in this year. */
  year?: number;
}

const inForce = (year: number | undefined) =>
  year === undefined
    ? {}
    : {
        validFromYear: { lte: year },
        OR: [{ validToYear: null }, { validToYear: { gte: year } }],
      };

/** The catalog as everyone reads it: indicators by kind of report, group and order; the rules. */
export async function listCatalog(ctx: AuthContext, filter: CatalogFilter = {}) {
  return inScope(ctx, async (tx) => {
    const [indicators, rules, models] = await Promise.all([
      tx.indicator.findMany({
        where: {
          ...(filter.reportKind ? { reportKind: filter.reportKind } : {}),
          ...inForce(filter.year),
        },
        select: {
          ...indicatorSelect,
          models: { select: { model: { select: { id: true, name: true } } } },
        },
        orderBy: [{ reportKind: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      }),
      tx.validationRule.findMany({
        where: inForce(filter.year),
        select: {
          ...ruleSelect,
          leftIndicator: { select: { nameVi: true, nameEn: true, reportKind: true } },
          rightIndicator: { select: { nameVi: true, nameEn: true, reportKind: true } },
        },
        orderBy: [{ id: "asc" }],
      }),
      tx.model.findMany({ where: { provinceId: null }, select: { id: true } }),
    ]);
    const kindRules = filter.reportKind
      ? rules.filter((r) => r.leftIndicator.reportKind === filter.reportKind)
      : rules;
    return { indicators, rules: kindRules, nationalModels: models.length };
  });
}

export type CatalogList = Awaited<ReturnType<typeof listCatalog>>;

/** One indicator for its edit page, with whether it has values (then it can only be retired). */
export async function getIndicator(ctx: AuthContext, id: number) {
  return inScope(ctx, async (tx) => {
    const row = await findIndicator(tx, id);
    const hasValues = (await tx.reportValue.count({ where: { indicatorId: id }, take: 1 })) > 0;
    return { ...row, hasValues };
  });
}

export async function getRule(ctx: AuthContext, id: number) {
  return inScope(ctx, (tx) => findRule(tx, id));
}

/** What the catalog forms offer: the indicators (for rules) and the national models. */
export async function listCatalogOptions(ctx: AuthContext) {
  return inScope(ctx, async (tx) => {
    const [indicators, models] = await Promise.all([
      tx.indicator.findMany({
        select: { id: true, code: true, nameVi: true, nameEn: true, reportKind: true },
        orderBy: [{ reportKind: "asc" }, { sortOrder: "asc" }],
      }),
      tx.model.findMany({
        where: { provinceId: null },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return { indicators, models };
  });
}
