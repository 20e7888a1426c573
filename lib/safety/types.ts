import type { PublishedMeasure, SafetyResult, SafetyUnitType } from "@/lib/generated/prisma/enums";
import type { Rate } from "./rules";

export type { PublishedMeasure, SafetyResult, SafetyUnitType };

/** One row of the per-commune table: a commune (or, before 2025, a former commune) of a year. */
export interface SafetyCommuneRow {
  key: string;
  communeId: number;
  communeName: string;
  /** The former commune the registrations were made for (years before 2025). */
  formerCommuneName: string | null;
  /** Its residential areas, agencies, enterprises and schools. */
  units: Rate;
  /** The commune's own registration: its result, or null when it did not register. */
  communeResult: SafetyResult | null;
  /** Recognised although fewer than 70 % of its units were. */
  breaksRule: boolean;
}

export interface SafetyProvinceRow {
  provinceId: number;
  provinceName: string;
  units: Rate;
  communes: Rate;
}

export interface PublishedTallyRow {
  id: string;
  measure: PublishedMeasure;
  formerProvinceName: string | null;
  achieved: number | null;
  total: number | null;
  rateTenths: number | null;
  source: string;
}

export interface SafetySummary {
  year: number;
  /** The province read (the caller's, or the ministry's choice); null: the whole nation. */
  province: { id: number; name: string } | null;
  formerProvince: { id: number; name: string } | null;
  /** Former provinces of the province, for the filter of years before 2025. */
  formerProvinces: { id: number; name: string }[];
  byType: Record<SafetyUnitType, Rate>;
  /** Agencies, enterprises and schools together ("cơ quan, doanh nghiệp, nhà trường"). */
  organizations: Rate;
  /** Residential areas and organisations together. */
  units: Rate;
  pending: number;
  communes: SafetyCommuneRow[];
  provinces: SafetyProvinceRow[];
  tallies: PublishedTallyRow[];
  titles: { exemplary: number; ruralSecurityMet: number };
}

export interface SafetyRegistrationRow {
  id: string;
  version: number;
  unitType: SafetyUnitType;
  unitName: string;
  formerCommuneName: string | null;
  registeredOn: Date;
  result: SafetyResult;
  decisionNumber: string | null;
  decidedOn: Date | null;
}

export interface CommuneTitleRow {
  formerCommuneId: number | null;
  formerCommuneName: string | null;
  exemplary: boolean;
  ruralSecurityMet: boolean;
  decisionNumber: string | null;
  version: number | null;
}

export interface CommuneSafety {
  commune: { id: number; name: string; provinceName: string };
  year: number;
  registrations: SafetyRegistrationRow[];
  units: import("./rules").Rate;
  communeResult: SafetyResult | null;
  breaksRule: boolean;
  /** Units of the commune not yet registered this year (for the register form). */
  unregistered: {
    areas: { id: string; name: string; formerCommuneName: string | null }[];
    organizations: {
      id: string;
      name: string;
      kind: SafetyUnitType;
      formerCommuneName: string | null;
    }[];
  };
  /** The former communes merged into it (years before 2025). */
  formerCommunes: { id: number; name: string; registered: boolean }[];
  titles: CommuneTitleRow[];
}
