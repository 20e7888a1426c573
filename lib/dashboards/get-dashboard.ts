import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import type { SearchParams } from "@/lib/validation/fields";
import { type DashboardSetup, readSetup } from "./context";
import { readNationalComparison, readTopModels } from "./get-national-dashboard";
import { type ProvinceComparisons, readProvinceComparisons } from "./get-province-dashboard";
import { type CommuneView, readCommuneView } from "./read-commune-view";
import { readRosterTotals } from "./read-roster-totals";
import type { Comparison, ModelCount, RosterTotals } from "./types";

// One dashboard page for every level: the address says where to look (province, commune), the
// viewer's scope says how far they may (a province officer is always in their province; a commune
// officer in their commune), and the level read follows.

export type Dashboard =
  | {
      level: "NATION";
      setup: DashboardSetup;
      comparison: Comparison;
      models: ModelCount[];
      formerShown: { id: number; name: string; successorName: string } | null;
    }
  | {
      level: "PROVINCE";
      setup: DashboardSetup;
      comparisons: ProvinceComparisons;
      roster: RosterTotals;
      formerProvinces: { id: number; name: string }[];
    }
  | {
      level: "COMMUNE";
      setup: DashboardSetup;
      commune: CommuneView;
      roster: RosterTotals;
    };

export function getDashboard(ctx: AuthContext, params: SearchParams): Promise<Dashboard> {
  return inScope(ctx, async (tx): Promise<Dashboard> => {
    const setup = await readSetup(tx, ctx, params);
    const { view } = setup;
    if (view.level === "NATION") {
      const comparison = await readNationalComparison(tx, setup);
      const models = await readTopModels(tx);
      let formerShown = null;
      if (setup.filter.formerProvinceId) {
        const f = await tx.formerProvince.findUnique({
          where: { id: setup.filter.formerProvinceId },
          select: { id: true, shortName: true, successor: { select: { shortName: true } } },
        });
        if (f) formerShown = { id: f.id, name: f.shortName, successorName: f.successor.shortName };
      }
      return { level: "NATION", setup, comparison, models, formerShown };
    }
    if (view.level === "PROVINCE") {
      const formers = await tx.formerProvince.findMany({
        where: { successorId: view.provinceId },
        select: { id: true, shortName: true },
        orderBy: { shortName: "asc" },
      });
      if (
        setup.filter.formerProvinceId &&
        !formers.some((f) => f.id === setup.filter.formerProvinceId)
      )
        setup.filter.formerProvinceId = undefined;
      const comparisons = await readProvinceComparisons(
        tx,
        setup,
        view.provinceId,
        view.provinceName,
      );
      const roster = await readRosterTotals(tx, { provinceId: view.provinceId });
      return {
        level: "PROVINCE",
        setup,
        comparisons,
        roster,
        formerProvinces: formers.map((f) => ({ id: f.id, name: f.shortName })),
      };
    }
    const commune = await readCommuneView(tx, setup, view.provinceId, view.communeId);
    const roster = await readRosterTotals(tx, {
      provinceId: view.provinceId,
      communeId: view.communeId,
    });
    return { level: "COMMUNE", setup, commune, roster };
  });
}
