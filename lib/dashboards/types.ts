// What the dashboards show. Plain data: pages and components import these types, never the database.
import type { Aggregation, Quarter, QuarterRange } from "./periods";

export type IndicatorUnit = "COUNT" | "PERSON" | "VND";

export interface IndicatorOption {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  groupVi: string | null;
  groupEn: string | null;
  unit: IndicatorUnit;
  aggregation: Aggregation;
  reportKind: "POINT" | "COMMUNE";
}

/** Where a dashboard is, after the viewer's scope has had its say. */
export type DashboardView =
  | { level: "NATION" }
  | { level: "PROVINCE"; provinceId: number; provinceName: string }
  | {
      level: "COMMUNE";
      provinceId: number;
      provinceName: string;
      communeId: number;
      communeName: string;
    };

/** One unit (province, former province, commune, model) compared with the others. */
export interface ComparisonRow {
  key: string;
  id: number | string;
  name: string;
  /** A former (pre-2025) unit shown under its successor. */
  former: boolean;
  total: number | null;
  previous: number | null;
  yearBefore: number | null;
  changePrevious: number | null;
  changeYear: number | null;
  points: number;
  perPoint: number | null;
  population: number | null;
  perTenThousand: number | null;
  /** Approved reports summed in the total. */
  reports: number;
  /** Search parameters of the report list behind the total. */
  source: Record<string, string>;
  /** Search parameters of the dashboard one level down (none for a model or a former unit). */
  drill: Record<string, string> | null;
}

export interface TrendSeries {
  key: string;
  name: string;
  values: (number | null)[];
}

export interface Trend {
  quarters: Quarter[];
  series: TrendSeries[];
}

export interface ModelCount {
  id: string;
  name: string;
  points: number;
  provinces: number;
}

export interface Comparison {
  indicator: IndicatorOption;
  range: QuarterRange;
  previousRange: QuarterRange;
  yearBeforeRange: QuarterRange;
  rows: ComparisonRow[];
  total: ComparisonRow;
  trend: Trend;
  /** The last approval included: the latest updatedAt of the rollup rows read; null without any. */
  asOf: Date | null;
}

export interface RosterTotals {
  teamsByKind: { key: string; count: number }[];
  membersByRole: { key: string; count: number }[];
  membersByGender: { key: string; count: number }[];
  membersByEthnicity: { key: string; name: string; nameEn: string; count: number }[];
  /** Age bands as of `asOfYear`, from the birth years kept in the rollup. */
  membersByAge: { key: string; count: number }[];
  members: number;
  teams: number;
  asOfYear: number;
  asOf: Date | null;
}
