import { unstable_cache } from "next/cache";
import type { AuthContext } from "@/lib/auth/current-user";
import { givenIdentity } from "@/lib/auth/request-context";
import { COMPLETENESS_TAG } from "@/lib/cache/revalidate";
import { inScope } from "@/lib/db/scoped";
import { type Completeness, getCompleteness } from "@/lib/reports/completeness";
import type { SearchParams } from "@/lib/validation/fields";
import { type DashboardSetup, readSetup } from "./context";
import { readNationalComparison, readTopModels } from "./get-national-dashboard";
import { type ProvinceComparisons, readProvinceComparisons } from "./get-province-dashboard";
import { type CommuneView, readCommuneView } from "./read-commune-view";
import { readRosterTotals } from "./read-roster-totals";
import { readSafetyRates, type SafetyRates } from "./read-safety-rates";
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
      /** "An toàn về ANTT" of the year the period ends in, by province and unit type. */
      safety: SafetyRates;
      /** Reporting completeness, timeliness and approval of each year of the period (completeness.ts). */
      completeness: Completeness[];
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

/** The years of a period's quarters, at most the last three (the grid's columns). */
function yearsOf(setup: DashboardSetup): number[] {
  const { from, to } = setup.filter.range;
  const years: number[] = [];
  for (let y = Math.max(from.year, to.year - 2); y <= to.year; y++) years.push(y);
  return years;
}

export async function getDashboard(ctx: AuthContext, params: SearchParams): Promise<Dashboard> {
  const dashboard = await readDashboard(ctx, params);
  if (dashboard.level !== "NATION") return dashboard;
  // The same figures as the completeness page, read by its own function (one scoped transaction each).
  const completeness: Completeness[] = [];
  for (const year of yearsOf(dashboard.setup))
    completeness.push(await nationalCompleteness(ctx, year));
  return { ...dashboard, completeness };
}

/**
 * The nation's completeness grid of a year, kept in Next's data cache between the writes that
 * change it. It is computed from the base rows (every expected subject × its report and first
 * submission: about 2 s at national scale, where the rest of the page reads rollups in a few
 * milliseconds), and it is the same for every ministry user (the nation's scope). The report,
 * point and period actions expire it (`expireCompleteness`, lib/cache/revalidate.ts), so the next
 * view after a write computes it again; five minutes bound any other path (a repair in SQL).
 * Outside the Next server (integration tests, scripts) it is computed every time.
 */
function nationalCompleteness(ctx: AuthContext, year: number): Promise<Completeness> {
  if (ctx.scope.level !== "NATION" || !process.env.NEXT_RUNTIME || givenIdentity())
    return getCompleteness(ctx, { year });
  return unstable_cache(
    () => getCompleteness(ctx, { year }),
    ["completeness", "nation", String(year)],
    { tags: [COMPLETENESS_TAG], revalidate: 300 },
  )();
}

type Read =
  | Exclude<Dashboard, { level: "NATION" }>
  | (Omit<Extract<Dashboard, { level: "NATION" }>, "completeness"> & { completeness?: never });

function readDashboard(ctx: AuthContext, params: SearchParams): Promise<Read> {
  return inScope(ctx, async (tx): Promise<Read> => {
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
      const safety = await readSafetyRates(tx, setup.filter.range.to.year);
      return { level: "NATION", setup, comparison, models, formerShown, safety };
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
