import { intId, oneOf, readSearchParam, type SearchParams } from "@/lib/validation/fields";
import {
  parseQuarterParam,
  type Quarter,
  quarterIndex,
  quarterParam,
  type QuarterRange,
  yearRange,
} from "./periods";

// What a dashboard shows, read from the address and written back into every link, so that a view
// shared as a link opens the same (within the viewer's scope) and survives a reload:
//   ?ind=3&from=2023-1&to=2023-4&province=96&commune=1234&fp=12&pind=7
// (pind: the point-report indicator of a commune's points table when `ind` is a commune report's).
// Each parameter goes through the input blocks; a bad one is left out and the page says so.

export interface DashboardFilter {
  indicatorId?: number;
  range: QuarterRange;
  provinceId?: number;
  communeId?: number;
  /** A former province shown on its own (its pre-2025 history). */
  formerProvinceId?: number;
  /**
   * The indicator of a commune's points table when `indicatorId` is a commune report's (the points
   * do not report it): one of the point report's indicators.
   */
  pointIndicatorId?: number;
}

export interface ParsedDashboardFilter {
  filter: DashboardFilter;
  /** Names of the parameters that were left out because they could not be read. */
  invalid: string[];
}

/**
 * The filter of an address. `quarters` are the reporting periods there are (the choices of from/to);
 * `defaultRange` is used when none is given (the latest year with approved figures).
 */
export function parseDashboardFilter(
  params: SearchParams,
  quarters: readonly Quarter[],
  defaultRange: QuarterRange,
): ParsedDashboardFilter {
  const invalid: string[] = [];
  const read = <T>(name: string, result: { value: T | undefined; invalid: boolean }) => {
    if (result.invalid) invalid.push(name);
    return result.value;
  };
  const choices = quarters.map(quarterParam);
  const quarterBlock = choices.length > 0 ? oneOf(choices) : null;
  const readQuarter = (name: string): Quarter | undefined => {
    if (!quarterBlock) return undefined;
    const value = read(name, readSearchParam(params, name, quarterBlock));
    return value === undefined ? undefined : (parseQuarterParam(value) ?? undefined);
  };
  const year = read("year", readSearchParam(params, "year", intId()));
  let from = readQuarter("from");
  let to = readQuarter("to");
  if (!from && !to && year !== undefined) {
    const whole = yearRange(year);
    if (quarters.some((q) => q.year === year)) ({ from, to } = whole);
    else invalid.push("year");
  }
  from ??= to ?? defaultRange.from;
  to ??= from === defaultRange.from ? defaultRange.to : from;
  if (quarterIndex(from) > quarterIndex(to)) [from, to] = [to, from];
  return {
    filter: {
      indicatorId: read("ind", readSearchParam(params, "ind", intId())),
      range: { from, to },
      provinceId: read("province", readSearchParam(params, "province", intId())),
      communeId: read("commune", readSearchParam(params, "commune", intId())),
      formerProvinceId: read("fp", readSearchParam(params, "fp", intId())),
      pointIndicatorId: read("pind", readSearchParam(params, "pind", intId())),
    },
    invalid,
  };
}

/** The filter as search parameters again (links, drill-down, export), with overrides. */
export function dashboardParams(
  filter: DashboardFilter,
  changes: Partial<Record<"province" | "commune" | "fp", number | null>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.indicatorId) out.ind = String(filter.indicatorId);
  out.from = quarterParam(filter.range.from);
  out.to = quarterParam(filter.range.to);
  const pick = (key: "province" | "commune" | "fp", current: number | undefined) => {
    const value = key in changes ? changes[key] : current;
    if (value) out[key] = String(value);
  };
  pick("province", filter.provinceId);
  pick("commune", filter.communeId);
  pick("fp", filter.formerProvinceId);
  if (filter.pointIndicatorId && filter.pointIndicatorId !== filter.indicatorId)
    out.pind = String(filter.pointIndicatorId);
  return out;
}

export function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams(params).toString();
  return search ? `?${search}` : "";
}
