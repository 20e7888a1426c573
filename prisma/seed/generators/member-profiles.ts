import { Affiliation, Religion } from "../../../lib/generated/prisma/enums";
import { ETHNICITY as E } from "../reference/ethnicities";
import type { MemberProfile } from "./roster";

// Who the members of a kind of team are: ethnic mix, gender, age, affiliation, place of birth.
// Members are 18–70 (Law on forces protecting security and order at the grassroots, 2023): birth
// years 1957–2005 keep everyone within that range from 2023 to the end of 2026.

export type ProfileKind =
  | "GENERAL"
  | "VETERAN"
  | "KHMER"
  | "WOMEN"
  | "REINTEGRATED"
  | "CATHOLIC"
  | "FISHER"
  | "WORKER"
  | "HOA"
  | "YOUTH"
  | "ELDERLY"
  | "RELIGIOUS";

type Weighted<T> = readonly (readonly [T, number])[];

export interface Region {
  /** Ethnic mix of the general population there. */
  ethnicity: Weighted<number>;
  birthProvince: Weighted<string>;
  north: boolean;
}

const GENERAL_AFFILIATION: Weighted<Affiliation> = [
  [Affiliation.NONE, 40],
  [Affiliation.FARMER_UNION, 25],
  [Affiliation.VETERAN, 10],
  [Affiliation.WOMEN_UNION, 10],
  [Affiliation.YOUTH_UNION, 10],
  [Affiliation.ELDERLY, 5],
];

export function profile(kind: ProfileKind, region: Region): MemberProfile {
  const base: MemberProfile = {
    ethnicity: region.ethnicity,
    maleShare: 0.62,
    birthYears: [1957, 2005],
    affiliation: GENERAL_AFFILIATION,
    north: region.north,
    birthProvince: region.birthProvince,
  };
  switch (kind) {
    case "GENERAL":
      return base;
    case "VETERAN":
      return {
        ...base,
        maleShare: 0.93,
        birthYears: [1957, 1975],
        affiliation: [[Affiliation.VETERAN, 1]],
      };
    case "KHMER":
      return {
        ...base,
        ethnicity: [
          [E.KHMER, 92],
          [E.KINH, 8],
        ],
        maleShare: 0.6,
        affiliation: [
          [Affiliation.NONE, 45],
          [Affiliation.VILLAGE_ELDER, 15],
          [Affiliation.RELIGIOUS_DIGNITARY, 10],
          [Affiliation.FARMER_UNION, 20],
          [Affiliation.YOUTH_UNION, 10],
        ],
      };
    case "WOMEN":
      return {
        ...base,
        maleShare: 0,
        birthYears: [1962, 2004],
        affiliation: [[Affiliation.WOMEN_UNION, 1]],
      };
    case "REINTEGRATED":
      return {
        ...base,
        maleShare: 0.9,
        birthYears: [1965, 2002],
        affiliation: [
          [Affiliation.FORMER_INMATE, 70],
          [Affiliation.NONE, 20],
          [Affiliation.VETERAN, 10],
        ],
      };
    case "CATHOLIC":
      return {
        ...base,
        ethnicity: [[E.KINH, 1]],
        religion: [[Religion.CATHOLICISM, 1]],
        affiliation: [
          [Affiliation.NONE, 70],
          [Affiliation.RELIGIOUS_DIGNITARY, 10],
          [Affiliation.WOMEN_UNION, 10],
          [Affiliation.YOUTH_UNION, 10],
        ],
      };
    case "FISHER":
      return {
        ...base,
        maleShare: 0.95,
        birthYears: [1960, 2003],
        affiliation: [
          [Affiliation.FISHERMAN, 9],
          [Affiliation.NONE, 1],
        ],
      };
    case "WORKER":
      return { ...base, birthYears: [1967, 2004], affiliation: [[Affiliation.WORKER, 1]] };
    case "HOA":
      return {
        ...base,
        ethnicity: [
          [E.HOA, 85],
          [E.KINH, 15],
        ],
        affiliation: [
          [Affiliation.NONE, 80],
          [Affiliation.ELDERLY, 20],
        ],
      };
    case "YOUTH":
      return {
        ...base,
        maleShare: 0.7,
        birthYears: [1990, 2005],
        affiliation: [
          [Affiliation.YOUTH_UNION, 8],
          [Affiliation.NONE, 2],
        ],
      };
    case "ELDERLY":
      return {
        ...base,
        maleShare: 0.7,
        birthYears: [1957, 1965],
        affiliation: [
          [Affiliation.ELDERLY, 7],
          [Affiliation.VILLAGE_ELDER, 3],
        ],
      };
    case "RELIGIOUS":
      return {
        ...base,
        affiliation: [
          [Affiliation.RELIGIOUS_DIGNITARY, 3],
          [Affiliation.NONE, 7],
        ],
      };
  }
}
