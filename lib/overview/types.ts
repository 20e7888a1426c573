// What the overview page shows. Plain data: components import these types, never the database.

export type IndicatorUnit = "COUNT" | "PERSON" | "VND";

/** The unit an overview is about: the nation, a province, or a commune (with its province). */
export type ScopeName =
  | { level: "NATION" }
  | { level: "PROVINCE"; province: string }
  | { level: "COMMUNE"; province: string; commune: string };

/** The tiles at the top of the overview: the scope's own units and figures. */
export interface ScopeCounts {
  /** The nation's provinces; null below the nation. */
  provinces: number | null;
  /** The nation's or the province's communes; null for a commune. */
  communes: number | null;
  /** Distinct models with an active replication point in the scope (as the cards below count). */
  models: number;
  /** Active models of the catalog the scope may use (national, and the province's own); null for a commune. */
  catalogModels: number | null;
  /** Replication points with status ACTIVE. */
  points: number;
  /** Teams with status ACTIVE. */
  teams: number;
  /** Open memberships (no left date) of active teams: a person in two teams counts twice. */
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

/** A unit's figures for the year: counts now, and the totals of its approved reports. */
export interface UnitSummary {
  /** Distinct models that have an active replication point in the unit's communes. */
  models: number;
  points: number;
  teams: number;
  members: number;
  indicators: IndicatorTotal[];
}

export interface FormerProvinceSummary extends UnitSummary {
  id: number;
  shortName: string;
}

export interface SuccessorGroup {
  id: number;
  shortName: string;
  formerProvinces: FormerProvinceSummary[];
  /** Former provinces of this successor with no data yet, by name (shown as a "no data" note). */
  formerWithoutData: string[];
}

export interface Overview {
  scope: ScopeName;
  year: number;
  generatedAt: Date;
  counts: ScopeCounts;
  /** Nation and province: the former provinces with data, under their successor. */
  successors: SuccessorGroup[];
  /** Nation and province: successor provinces in the scope with no data at all, by name. */
  successorsWithoutData: string[];
  /** Commune: its own figures (null above the commune). */
  commune: UnitSummary | null;
}
