import {
  LeadOrganization,
  ModelField,
  Rating,
  RecognitionLevel,
  Religion,
} from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import { type ModelUse, nat, own } from "../generators/model-use";
import type { DemoProfile } from "./profile";
import { REGIONS } from "./regions";

// Sóc Trăng (now part of Cần Thơ), 2024, as its provincial police published:
//   40 model types at 603 replication points, 8 of them exemplary (ADVANCED_EXEMPLAR recognitions
//     of 8 models);
//   775 grassroots security teams (GRASSROOTS_SECURITY, Law of 2023, in force 1 July 2024), one per
//     hamlet (TeamArea), in 775 hamlets, with 2,482 members;
//   7,866 propaganda sessions and 1,036 tips ("over 1,000") in approved POINT reports of 2024.
//   2024 awards: Bộ Công an Bằng khen to 1 collective and 1 person, UBND tỉnh Bằng khen to 26
//     (read as collectives).
// 2023 values are generated a little below 2024's. The points have no teams of their own.

const F = ModelField;
const L = LeadOrganization;

/** Where the Khmer live: sóc names, more Khmer members. */
const KHMER_DISTRICTS = [
  "Vĩnh Châu",
  "Trần Đề",
  "Mỹ Xuyên",
  "Châu Thành",
  "Mỹ Tú",
  "Thạnh Trị",
  "Long Phú",
];

const ST_KHMER = [
  "Vĩnh Châu",
  "Trần Đề",
  "Mỹ Xuyên",
  "Châu Thành",
  "Mỹ Tú",
  "Thạnh Trị",
  "Long Phú",
  "Thành phố Sóc Trăng",
];
const ST_RIVER = ["Cù Lao Dung", "Kế Sách", "Long Phú", "Trần Đề"];

/** Sóc Trăng (now Cần Thơ): 40 model types at 603 points. */
export const SOC_TRANG_MODELS: readonly ModelUse[] = [
  nat("clb-3-tich-cuc-khmer", 60, 2015, "KHMER", { districts: ST_KHMER }),
  nat("to-lien-gia-tu-quan", 90, 2013, "GENERAL", { atArea: true }),
  nat("camera-an-ninh", 45, 2019, "GENERAL", { atArea: true }),
  nat("tieng-loa-an-ninh", 30, 2018, "GENERAL"),
  nat("lien-gia-an-toan-pccc", 25, 2017, "GENERAL", { atArea: true }),
  nat("tuyen-duong-tu-quan", 20, 2016, "GENERAL"),
  nat("khu-dan-cu-khong-ma-tuy", 30, 2015, "GENERAL", { atArea: true }),
  nat("clb-ccb-pctp", 40, 2017, "VETERAN"),
  nat("clb-nu-pctp", 25, 2017, "WOMEN"),
  nat("clb-nguoi-hoan-luong", 12, 2016, "REINTEGRATED"),
  own("Chùa Khmer tự quản về an ninh trật tự", F.RELIGION, L.RELIGIOUS, 20, 2016, "KHMER", {
    districts: ST_KHMER,
  }),
  own("Tổ tự quản về an ninh trật tự trong đồng bào Hoa", F.ETHNIC, L.VILLAGE, 8, 2017, "HOA", {
    districts: ["Thành phố Sóc Trăng", "Vĩnh Châu", "Mỹ Xuyên"],
  }),
  own("Câu lạc bộ Achar với an ninh trật tự", F.RELIGION, L.RELIGIOUS, 8, 2018, "KHMER", {
    districts: ST_KHMER,
  }),
  own("Tổ tự quản vùng nuôi tôm", F.SELF_MANAGEMENT, L.FARMERS, 12, 2016, "GENERAL", {
    districts: ["Vĩnh Châu", "Trần Đề", "Mỹ Xuyên"],
  }),
  own("Tổ bảo vệ ruộng hành tím", F.CRIME_PREVENTION, L.FARMERS, 6, 2018, "KHMER", {
    districts: ["Vĩnh Châu"],
  }),
  own("Tổ tự quản về an ninh trật tự trên sông Hậu", F.TRAFFIC, L.VILLAGE, 8, 2017, "FISHER", {
    districts: ST_RIVER,
  }),
  own("Câu lạc bộ ghe ngo với an ninh trật tự", F.ETHNIC, L.YOUTH, 5, 2019, "KHMER", {
    districts: ST_KHMER,
  }),
  own(
    "Câu lạc bộ thanh niên phòng, chống tội phạm",
    F.CRIME_PREVENTION,
    L.YOUTH,
    10,
    2016,
    "YOUTH",
  ),
  own("Tổ tuần tra nhân dân", F.CRIME_PREVENTION, L.POLICE, 12, 2014, "GENERAL"),
  own("Tổ hòa giải ở cơ sở", F.OTHER, L.FATHERLAND_FRONT, 10, 2014, "ELDERLY"),
  own("Câu lạc bộ phòng, chống ma túy", F.SOCIAL_EVILS, L.YOUTH, 8, 2017, "YOUTH"),
  own(
    "Tổ tự quản cơ sở kinh doanh có điều kiện về an ninh trật tự",
    F.WORKPLACE,
    L.ENTERPRISE,
    5,
    2019,
    "WORKER",
    { urban: true },
  ),
  own("Tổ phòng cháy, chữa cháy tự quản khu chợ", F.FIRE_RESCUE, L.ENTERPRISE, 6, 2018, "GENERAL", {
    urban: true,
  }),
  own(
    "Doanh nghiệp tự quản về an ninh trật tự khu công nghiệp",
    F.WORKPLACE,
    L.ENTERPRISE,
    2,
    2019,
    "WORKER",
    { districts: ["Châu Thành", "Thành phố Sóc Trăng"] },
  ),
  own("Trường học an toàn về an ninh trật tự", F.WORKPLACE, L.YOUTH, 8, 2017, "YOUTH"),
  own("Tổ ngư dân tự quản trên biển", F.BORDER_SEA, L.OTHER, 6, 2016, "FISHER", {
    districts: ["Trần Đề", "Vĩnh Châu", "Cù Lao Dung"],
  }),
  own("Câu lạc bộ nông dân với pháp luật", F.OTHER, L.FARMERS, 8, 2015, "GENERAL", {
    urban: false,
  }),
  own("Nhóm Zalo an ninh trật tự ấp, khóm", F.TECHNOLOGY, L.POLICE, 8, 2020, "GENERAL", {
    atArea: true,
  }),
  own(
    "Tổ tín đồ Phật giáo Hòa Hảo tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    3,
    2018,
    "RELIGIOUS",
    { districts: ["Kế Sách", "Ngã Năm", "Thạnh Trị"], religion: Religion.HOA_HAO },
  ),
  own(
    "Tổ tín đồ Cao Đài tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    4,
    2018,
    "RELIGIOUS",
    { religion: Religion.CAO_DAI },
  ),
  own("Câu lạc bộ phòng, chống bạo lực gia đình", F.SOCIAL_EVILS, L.WOMEN, 6, 2016, "WOMEN"),
  own("Câu lạc bộ người cao tuổi với an ninh trật tự", F.OTHER, L.ELDERLY, 6, 2016, "ELDERLY"),
  own(
    "Ấp, khóm văn hóa an toàn về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.FATHERLAND_FRONT,
    10,
    2015,
    "GENERAL",
    { atArea: true },
  ),
  own("Tổ tự quản bến đò, bến phà an toàn", F.TRAFFIC, L.VILLAGE, 6, 2017, "GENERAL", {
    districts: ST_RIVER,
  }),
  own(
    "Tổ giám sát người được hưởng án treo tại cộng đồng",
    F.REINTEGRATION,
    L.POLICE,
    5,
    2018,
    "GENERAL",
  ),
  own("Camera an ninh tuyến Quốc lộ Nam Sông Hậu", F.TECHNOLOGY, L.POLICE, 3, 2020, "GENERAL", {
    districts: ["Long Phú", "Trần Đề", "Vĩnh Châu"],
  }),
  own("Đội thanh niên xung kích an ninh ấp", F.CRIME_PREVENTION, L.YOUTH, 8, 2016, "YOUTH", {
    urban: false,
  }),
  own(
    "Tổ tự quản khu nhà trọ về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.VILLAGE,
    4,
    2018,
    "WORKER",
    { urban: true },
  ),
  own(
    "Câu lạc bộ phụ nữ Khmer phòng, chống mua bán người",
    F.CRIME_PREVENTION,
    L.WOMEN,
    8,
    2017,
    "WOMEN",
    { districts: ST_KHMER },
  ),
  own("Tổ tự quản đê biển về an ninh trật tự", F.BORDER_SEA, L.VILLAGE, 13, 2016, "GENERAL", {
    districts: ["Vĩnh Châu", "Trần Đề", "Cù Lao Dung"],
  }),
];

const RATINGS = [
  [Rating.GOOD, 50],
  [Rating.FAIR, 38],
  [Rating.AVERAGE, 10],
  [Rating.WEAK, 2],
] as const;

export const SOC_TRANG = {
  key: "soc-trang",
  idPrefix: "st",
  formerProvince: "Tỉnh Sóc Trăng",
  areas: { total: 775, minPerFormerCommune: 3 },
  areaStyle: { default: "MEKONG", rules: [{ districts: KHMER_DISTRICTS, value: "MEKONG_KHMER" }] },
  regions: {
    default: REGIONS.SOC_TRANG,
    rules: [{ districts: KHMER_DISTRICTS, value: REGIONS.SOC_TRANG_KHMER }],
  },
  models: SOC_TRANG_MODELS,
  pointsUntil: day(2023, 6, 30),
  recognitions: [
    {
      level: RecognitionLevel.ADVANCED_EXEMPLAR,
      count: 8,
      issuer: "Ủy ban nhân dân tỉnh Sóc Trăng",
      of: "all-models",
      years: [2024, 2024],
      months: [8, 11],
    },
  ],
  grassrootsTeams: {
    members: 2_482,
    size: [3, 5],
    foundedBetween: [day(2024, 7, 1), day(2024, 9, 30)],
  },
  roster: { shared: 0, leavers: 0, joinBy: day(2024, 12, 31) },
  ratings: [
    { year: 2023, weights: RATINGS },
    { year: 2024, weights: RATINGS },
  ],
  reports: [
    { year: 2023, scaledFrom: 2024, scale: [0.82, 0.97] },
    { year: 2024, pointTargets: { propaganda_sessions: 7_866, tips: 1_036 } },
    // The years since, so that the dashboards and the forms' history columns are not empty.
    { year: 2025, scaledFrom: 2024, scale: [0.95, 1.15] },
    { year: 2026, scaledFrom: 2024, scale: [1, 1.2], quarters: [1, 2, 3] },
  ],
  awards: {
    nameStyle: "KINH_SOUTH",
    draws: [
      { year: 2024, issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 1, persons: 1 },
      {
        year: 2024,
        issuer: "PROVINCE_COMMITTEE",
        kind: "MERIT_CERTIFICATE",
        collectives: 26,
        persons: 0,
      },
    ],
  },
} satisfies DemoProfile;
