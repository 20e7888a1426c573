// What the overview page shows. Plain data: components import these types, never the database.

export type IndicatorUnit = "COUNT" | "PERSON" | "VND";

/** The unit an overview is about: the nation, a province, or a commune (with its province). */
export type ScopeName =
  | { level: "NATION" }
  | { level: "PROVINCE"; province: string }
  | { level: "COMMUNE"; province: string; commune: string };

export interface NationalCounts {
  provinces: number;
  communes: number;
  /** Models of the catalog (national and provincial) with status ACTIVE. */
  models: number;
  /** Replication points with status ACTIVE. */
  points: number;
  /** Teams with status ACTIVE. */
  teams: number;
  /** Distinct people with at least one open membership (no left date) of an active team. */
  members: number;
}

export interface IndicatorTotal {
  indicatorId: number;
  code: string;
  nameVi: string;
  nameEn: string;
  groupVi: string | null;
  groupEn: string | null;
  unit: IndicatorUnit;
  /** Sum of the values of APPROVED reports of the year; bigint because money is whole đồng. */
  total: bigint;
}

export interface FormerProvinceSummary {
  id: number;
  shortName: string;
  /** Distinct models that have an active replication point in the former province's communes. */
  models: number;
  points: number;
  teams: number;
  members: number;
  indicators: IndicatorTotal[];
}

export interface SuccessorGroup {
  id: number;
  shortName: string;
  formerProvinces: FormerProvinceSummary[];
}

export interface Overview {
  scope: ScopeName;
  year: number;
  generatedAt: Date;
  national: NationalCounts;
  successors: SuccessorGroup[];
}
