import type {
  AwardIssuer,
  AwardKind,
  IndicatorAggregation,
  IndicatorUnit,
  ProvinceKind,
  Rating,
  RecognitionLevel,
  ReportKind,
  SafetyUnitType,
  TeamGrade,
} from "@/lib/generated/prisma/enums";

// What the year's (or quarter's) summary report is drafted from: plain data, so the prose and the
// .docx writer are pure functions of it (lib/summary/prose.ts, lib/summary/write-summary-docx.ts).

export interface SummaryProvince {
  id: number;
  /** "Cà Mau", "Thành phố Hà Nội". */
  name: string;
  /** "Cà Mau", "Hà Nội". */
  shortName: string;
  kind: ProvinceKind;
}

/** Whom the report is about: the nation, a province, or a former province on its own. */
export type SummaryUnit =
  | { level: "NATION" }
  | { level: "PROVINCE"; province: SummaryProvince }
  | {
      level: "FORMER";
      formerProvinceId: number;
      /** "Tỉnh Bạc Liêu". */
      name: string;
      /** "Bạc Liêu". */
      shortName: string;
      /** The province that writes the report today (Cà Mau). */
      successor: SummaryProvince;
    };

export interface SummaryPeriod {
  year: number;
  /** 1–4, or null for the whole year. */
  quarter: number | null;
}

/** One indicator's approved total in the period and in the same period a year before. */
export interface SummaryFigure {
  code: string;
  nameVi: string;
  groupVi: string | null;
  kind: ReportKind;
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
  current: number;
  previous: number;
}

export interface SummaryRecognition {
  modelName: string;
  level: RecognitionLevel;
  issuer: string | null;
  decisionNumber: string | null;
  decidedOn: Date | null;
}

export interface SummarySafety {
  unitType: SafetyUnitType;
  registered: number;
  achieved: number;
}

export interface SummaryRating {
  rating: Rating;
  count: number;
}

/** The grassroots security teams' grades of the year, and the communes that break the 20 % rule. */
export interface SummaryTeamRatings {
  grades: Record<TeamGrade, number>;
  /** Communes (and wards) with a rated team. */
  communes: number;
  /** Communes whose "xuất sắc" teams exceed 20 % of those rated "tốt" or better. */
  overQuota: {
    communeName: string;
    excellent: number;
    goodOrBetter: number;
    /** The most that could be rated excellent beside its "tốt" teams. */
    maxExcellent: number;
  }[];
}

export interface SummaryAward {
  issuer: AwardIssuer;
  kind: AwardKind;
  collectives: number;
  persons: number;
}

export interface SummaryData {
  unit: SummaryUnit;
  period: SummaryPeriod;
  /** Indicators with a value in either period, in catalog order (commune reports first). */
  figures: SummaryFigure[];
  recognitions: SummaryRecognition[];
  safety: SummarySafety[];
  /** The replication points' ratings (tốt, khá…). */
  ratings: SummaryRating[];
  teamRatings: SummaryTeamRatings;
  awards: SummaryAward[];
  /** The last change of the approved figures counted (the rollups' time), or null. */
  asOf: Date | null;
  /** The day the draft is written (its date line). */
  draftedOn: Date;
}
