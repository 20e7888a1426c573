import { Affiliation, Religion } from "../../lib/generated/prisma/enums";
import { ETHNICITY as E } from "./ethnicities";
import { CITIZEN_ID_PROVINCE as C } from "./people";
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

export const REGIONS = {
  BAC_LIEU: {
    ethnicity: [
      [E.KINH, 94],
      [E.KHMER, 3],
      [E.HOA, 3],
    ],
    birthProvince: [
      [C.BAC_LIEU, 85],
      [C.CA_MAU, 5],
      [C.SOC_TRANG, 4],
      [C.KIEN_GIANG, 3],
      [C.CAN_THO, 2],
      [C.HO_CHI_MINH, 1],
    ],
    north: false,
  },
  BAC_LIEU_KHMER: {
    ethnicity: [
      [E.KINH, 80],
      [E.KHMER, 16],
      [E.HOA, 4],
    ],
    birthProvince: [
      [C.BAC_LIEU, 88],
      [C.SOC_TRANG, 8],
      [C.CA_MAU, 4],
    ],
    north: false,
  },
  SOC_TRANG: {
    ethnicity: [
      [E.KINH, 80],
      [E.KHMER, 14],
      [E.HOA, 6],
    ],
    birthProvince: [
      [C.SOC_TRANG, 88],
      [C.BAC_LIEU, 4],
      [C.HAU_GIANG, 3],
      [C.TRA_VINH, 3],
      [C.CAN_THO, 2],
    ],
    north: false,
  },
  SOC_TRANG_KHMER: {
    ethnicity: [
      [E.KHMER, 40],
      [E.KINH, 55],
      [E.HOA, 5],
    ],
    birthProvince: [
      [C.SOC_TRANG, 92],
      [C.TRA_VINH, 4],
      [C.BAC_LIEU, 4],
    ],
    north: false,
  },
  BEN_TRE: {
    ethnicity: [
      [E.KINH, 99],
      [E.HOA, 1],
    ],
    birthProvince: [
      [C.BEN_TRE, 90],
      [C.TIEN_GIANG, 4],
      [C.VINH_LONG, 3],
      [C.TRA_VINH, 2],
      [C.HO_CHI_MINH, 1],
    ],
    north: false,
  },
  HA_GIANG_HIGHLAND: {
    ethnicity: [
      [E.MONG, 78],
      [E.DAO, 6],
      [E.TAY, 4],
      [E.KINH, 4],
      [E.GIAY, 3],
      [E.LO_LO, 2],
      [E.PU_PEO, 1],
      [E.NUNG, 2],
    ],
    birthProvince: [
      [C.HA_GIANG, 97],
      [C.TUYEN_QUANG, 1],
      [C.CAO_BANG, 1],
      [C.YEN_BAI, 1],
    ],
    north: true,
  },
  HA_GIANG_WEST: {
    ethnicity: [
      [E.NUNG, 30],
      [E.MONG, 20],
      [E.DAO, 18],
      [E.TAY, 10],
      [E.LA_CHI, 8],
      [E.KINH, 6],
      [E.PHU_LA, 3],
      [E.CO_LAO, 2],
      [E.BO_Y, 1],
      [E.PA_THEN, 2],
    ],
    birthProvince: [
      [C.HA_GIANG, 96],
      [C.LAO_CAI, 2],
      [C.YEN_BAI, 2],
    ],
    north: true,
  },
  HA_GIANG_LOWLAND: {
    ethnicity: [
      [E.TAY, 35],
      [E.KINH, 28],
      [E.DAO, 17],
      [E.NUNG, 8],
      [E.MONG, 8],
      [E.PA_THEN, 2],
      [E.GIAY, 2],
    ],
    birthProvince: [
      [C.HA_GIANG, 88],
      [C.TUYEN_QUANG, 5],
      [C.YEN_BAI, 3],
      [C.HA_NOI, 4],
    ],
    north: true,
  },
} as const satisfies Record<string, Region>;

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
