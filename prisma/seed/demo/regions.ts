import { ETHNICITY as E } from "../reference/ethnicities";
import { CITIZEN_ID_PROVINCE as C } from "../generators/people";
import type { Region } from "../generators/member-profiles";

// Who lives where in the demo provinces: the ethnic mix and places of birth of team members.

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
