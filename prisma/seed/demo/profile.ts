import type { AwardDraw, PublishedFigure } from "../generators/evaluations";
import type { Region } from "../generators/member-profiles";
import type { NameStyle } from "../generators/names";
import type { ModelUse } from "../generators/model-use";
import type { AreaStyle } from "../generators/places";
import type { RatingYear } from "../generators/ratings";
import type { RecognitionDraw } from "../generators/recognitions";
import { type DemoFormerCommune, inDistricts } from "../generators/province-units";

// A demo province, declared as data: the figures its police published and how its models, points,
// teams, members and reports are generated around them. One pipeline (pipeline.ts) turns any
// profile into rows; the published figures hold exactly because the pipeline splits them, never
// because a planner happened to draw them.

type Range = readonly [number, number];
type Targets = Readonly<Record<string, number>>;

/** A value chosen by old district: the first rule naming the former commune's district, else the default. */
export interface ByDistrict<T> {
  default: T;
  rules?: readonly { districts: readonly string[]; value: T }[];
}

export function byDistrict<T>(choice: ByDistrict<T>, former: DemoFormerCommune): T {
  return choice.rules?.find((r) => inDistricts(former, r.districts))?.value ?? choice.default;
}

export type YearReports =
  | {
      year: number;
      pointTargets?: Targets;
      communeTargets?: Targets;
      /** Part of a point total that comes from one named point (e.g. Ngọc Hà's 12 tips). */
      pins?: readonly { code: string; point: string; total: number }[];
    }
  /**
   * A year without published figures: another year's totals, scaled a little (default 0.9–1.12);
   * `quarters` limits it to some quarters (the year so far), the totals scaled to their share.
   */
  | { year: number; scaledFrom: number; scale?: Range; quarters?: readonly number[] };

export interface DemoProfile {
  key: string;
  /** Prefix of the rows' name-based ids and of the province's own model codes. */
  idPrefix: string;
  /** The old province (before 1 July 2025) whose communes hold the data. */
  formerProvince: string;
  /**
   * Residential areas: a number per former commune, or a total spread over them (`exact`: former
   * communes whose published number of areas is known, e.g. Ngọc Hà's 9 tổ dân phố).
   */
  areas:
    | { perFormerCommune: Range }
    | {
        total: number;
        minPerFormerCommune: number;
        exact?: readonly { formerCode: string; count: number }[];
      };
  areaStyle: ByDistrict<AreaStyle>;
  /** Agencies (for "An toàn về ANTT"), spread over the former communes. */
  agencies?: { total: number; minPerFormerCommune?: number; maxPerFormerCommune: number };
  /** Who the members are, by old district. */
  regions: ByDistrict<Region>;
  models: readonly ModelUse[];
  /** Latest establishment date of a point. */
  pointsUntil: Date;
  /** Points (never a model's first) moved into one year, e.g. "379 built in 2023". */
  builtInYear?: { year: number; count: number; between: readonly [Date, Date] };
  /** A point found by former commune and model, renamed and referred to by `key`. */
  namedPoints?: readonly {
    key: string;
    formerCode: string;
    modelCode: string;
    placeName: string;
  }[];
  /**
   * Every residential area of a former commune has a point of this model (its team and members
   * with it), e.g. the self-management teams of Ngọc Hà's 9 tổ dân phố: points of the model placed
   * elsewhere (never its first) are moved there, so that no total changes.
   */
  everyArea?: readonly { formerCode: string; modelCode: string }[];
  /** The national catalog's models that originate in this province are recognised by the ministry. */
  ministryRecognitions?: boolean;
  recognitions?: readonly RecognitionDraw[];
  /** Teams of the replication points; `members` are open memberships, `groups` a part of them. */
  pointTeams?: {
    /** Default: one team per point. */
    total?: number;
    maxPerPoint?: number;
    members: number;
    groups?: readonly { modelCode: string; members: number }[];
    size: Range;
    foundedUntil: Date;
  };
  /** Grassroots security teams (Law of 2023), one per residential area. */
  grassrootsTeams?: { members: number; size: Range; foundedBetween: readonly [Date, Date] };
  /** People in a second team of their commune, and people who left a team. */
  roster: { shared: number; leavers: number; joinBy: Date };
  ratings: readonly RatingYear[];
  /**
   * "An toàn về ANTT" of one year: how many of the registered units were recognised. `communes`
   * registers today's communes; `formerCommunes` (years before 2025) the former communes instead.
   */
  safety?: {
    year: number;
    residentialAreas?: number;
    agencies?: number;
    communes?: number;
    formerCommunes?: number;
  };
  /** "Xã điển hình" of a year: that many former communes (rural xã), which also meet the NTM criterion. */
  titles?: { year: number; exemplary: number };
  /** Figures published that no unit rows can back, shown as published with their source. */
  published?: readonly PublishedFigure[];
  /** Published award decisions; persons get names of this tradition. */
  awards?: { nameStyle: NameStyle; draws: readonly AwardDraw[] };
  reports: readonly YearReports[];
  /** Reports still in the workflow (worklists), at the points of this commune. */
  workflow?: { communeCode: string };
}

/** The published totals of a year (the tests compare the database with them). */
export function publishedTargets(
  profile: DemoProfile,
  year: number,
): { point: Targets; commune: Targets } {
  const spec = profile.reports.find((r) => r.year === year);
  if (!spec || "scaledFrom" in spec)
    throw new Error(`${profile.key}: nothing published for ${year}`);
  return { point: spec.pointTargets ?? {}, commune: spec.communeTargets ?? {} };
}
