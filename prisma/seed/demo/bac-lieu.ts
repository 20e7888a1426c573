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

// Bạc Liêu (now part of Cà Mau): the figures its provincial police published.
//   50 models, 263 replication points, 1,522 teams, about 22,000 members (22,046 open memberships);
//   the veterans' club in 57 of the 64 communes with over 3,300 members (3,318 memberships).
//   2023, approved reports: 1,994 tips, 2,278 weapons/explosives handed in, 384 mediations, all
//   384 successful ("hòa giải thành công 384 vụ"), 731 patrols (POINT reports); 1,406 launch campaigns with 131,274 attendees, 155,853 leaflets,
//   64 forums with 3,200 attendees and 370 opinions (COMMUNE reports).
// All 2,278 weapons are on the point indicator `weapons_handed_in`; the commune indicator
// `commune_weapons_handed_in` is 0 in 2023, so either indicator alone or both summed give 2,278.
//   2023 also: 21,074 loudspeaker and media rounds (COMMUNE `media_rounds`) and 3 + 5 + 128
//   training classes: the 128 of the communes in COMMUNE `training_classes`, the 3 of the province
//   and 5 of the districts (no report of theirs exists) as published tallies; awards of 2023 —
//   Ủy ban Trung ương MTTQ 1 collective and 1 person, Bộ Công an 9 and 40, UBND tỉnh 24 and 67
//   (Bằng khen, given in former Bạc Liêu: Award.formerProvinceId).
// 2024 is generated a little above or below 2023. Phường Giá Rai's points (the demo commune
// officer's) also get reports still in the workflow.

const F = ModelField;
const L = LeadOrganization;

/** Where the Khmer live: residential areas get Khmer names (sóc), teams more Khmer members. */
const KHMER_DISTRICTS = ["Vĩnh Lợi", "Hoà Bình", "Phước Long", "Hồng Dân"];

const KHMER_MODEL_DISTRICTS = [
  "Vĩnh Lợi",
  "Hoà Bình",
  "Phước Long",
  "Hồng Dân",
  "Thành phố Bạc Liêu",
  "Đông Hải",
];

/**
 * Bạc Liêu: 50 models at 263 points. The nine recognised by the ministry (national catalog, origin
 * Bạc Liêu), six other national models, and 35 of the province's own.
 */
export const BAC_LIEU_MODELS: readonly ModelUse[] = [
  nat("clb-ccb-pctp", 57, 2016, "VETERAN", {
    spread: true,
    origin: { formerCode: "31960", on: [2016, 4, 20] },
    teams: 0.75,
  }),
  nat("clb-3-tich-cuc-khmer", 14, 2015, "KHMER", {
    districts: KHMER_MODEL_DISTRICTS,
    spread: true,
    origin: { formerCode: "31909", on: [2014, 10, 10] },
  }),
  nat("clb-nu-pctp", 12, 2015, "WOMEN"),
  nat("clb-nguoi-hoan-luong", 8, 2013, "REINTEGRATED", { teams: 0.4 }),
  nat("to-tu-quan-dong-toc", 8, 2014, "GENERAL"),
  nat("to-giao-dan-tu-quan", 4, 2015, "CATHOLIC", {
    districts: ["Hồng Dân", "Phước Long", "Thành phố Bạc Liêu", "Giá Rai"],
  }),
  nat("tuyen-kenh-an-toan", 6, 2015, "GENERAL", { urban: false }),
  nat("ngu-dan-tu-quan-tren-bien", 4, 2016, "FISHER", {
    districts: ["Đông Hải", "Thành phố Bạc Liêu"],
  }),
  nat("cong-nhan-dich-vu-do-thi", 2, 2017, "WORKER", {
    districts: ["Thành phố Bạc Liêu"],
    urban: true,
    teams: 0.4,
  }),
  nat("to-lien-gia-tu-quan", 25, 2014, "GENERAL", { atArea: true, teams: 1.4 }),
  nat("camera-an-ninh", 12, 2019, "GENERAL", { atArea: true, teams: 0.5 }),
  nat("tieng-loa-an-ninh", 10, 2018, "GENERAL", { teams: 0.4 }),
  nat("lien-gia-an-toan-pccc", 6, 2018, "GENERAL", { atArea: true }),
  nat("tuyen-duong-tu-quan", 5, 2017, "GENERAL"),
  nat("khu-dan-cu-khong-ma-tuy", 6, 2016, "GENERAL", { atArea: true }),
  own(
    "Tổ tự quản về an ninh trật tự vùng nuôi tôm",
    F.SELF_MANAGEMENT,
    L.FARMERS,
    5,
    2015,
    "GENERAL",
    { urban: false },
  ),
  own(
    "Tổ tự quản về an ninh trật tự cánh đồng muối",
    F.SELF_MANAGEMENT,
    L.FARMERS,
    2,
    2017,
    "GENERAL",
    { districts: ["Đông Hải", "Thành phố Bạc Liêu"], urban: false },
  ),
  own("Tổ tuần tra nhân dân", F.CRIME_PREVENTION, L.POLICE, 4, 2014, "GENERAL"),
  own("Câu lạc bộ thanh niên phòng chống tội phạm", F.CRIME_PREVENTION, L.YOUTH, 4, 2016, "YOUTH"),
  own("Câu lạc bộ nông dân với pháp luật", F.OTHER, L.FARMERS, 3, 2015, "GENERAL", {
    urban: false,
  }),
  own("Chùa Khmer an toàn về an ninh trật tự", F.RELIGION, L.RELIGIOUS, 4, 2017, "KHMER", {
    districts: KHMER_MODEL_DISTRICTS,
  }),
  own(
    "Tổ tự quản khu nhà trọ về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.VILLAGE,
    2,
    2018,
    "WORKER",
    { urban: true },
  ),
  own(
    "Tổ hòa giải gắn với an ninh trật tự ở cơ sở",
    F.OTHER,
    L.FATHERLAND_FRONT,
    4,
    2015,
    "ELDERLY",
  ),
  own("Tổ tự quản bến đò, bến phà an toàn", F.TRAFFIC, L.VILLAGE, 2, 2018, "GENERAL"),
  own("Câu lạc bộ thanh niên phòng chống ma túy", F.SOCIAL_EVILS, L.YOUTH, 3, 2017, "YOUTH"),
  own("Tổ phòng cháy, chữa cháy tự quản khu chợ", F.FIRE_RESCUE, L.ENTERPRISE, 3, 2018, "GENERAL", {
    urban: true,
  }),
  own("Câu lạc bộ người cao tuổi với an ninh trật tự", F.OTHER, L.ELDERLY, 3, 2016, "ELDERLY"),
  own(
    "Tổ tự quản cơ sở kinh doanh có điều kiện về an ninh trật tự",
    F.WORKPLACE,
    L.ENTERPRISE,
    2,
    2019,
    "WORKER",
    { urban: true },
  ),
  own(
    "Tổ tự quản về an ninh trật tự khu vực điện gió",
    F.WORKPLACE,
    L.ENTERPRISE,
    1,
    2020,
    "WORKER",
    { districts: ["Thành phố Bạc Liêu", "Đông Hải"] },
  ),
  own("Tổ an ninh nhân dân khóm", F.SELF_MANAGEMENT, L.VILLAGE, 3, 2016, "GENERAL", {
    urban: true,
    atArea: true,
  }),
  own("Nhóm Zalo an ninh trật tự ấp, khóm", F.TECHNOLOGY, L.POLICE, 3, 2020, "GENERAL", {
    atArea: true,
  }),
  own("Hộp thư tố giác tội phạm", F.CRIME_PREVENTION, L.POLICE, 2, 2017, "GENERAL"),
  own("Tổ bảo vệ hành lang an toàn lưới điện", F.OTHER, L.ENTERPRISE, 1, 2019, "WORKER"),
  own("Tổ tự quản phương tiện thủy nội địa", F.TRAFFIC, L.OTHER, 2, 2018, "FISHER"),
  own(
    "Câu lạc bộ phụ nữ giúp nhau phát triển kinh tế gắn với an ninh trật tự",
    F.OTHER,
    L.WOMEN,
    2,
    2017,
    "WOMEN",
  ),
  own("Tổ tự quản về an ninh trật tự trong đồng bào Hoa", F.ETHNIC, L.VILLAGE, 2, 2018, "HOA", {
    districts: ["Thành phố Bạc Liêu", "Giá Rai"],
  }),
  own("Cụm dân cư tự quản về an ninh trật tự", F.SELF_MANAGEMENT, L.VILLAGE, 2, 2016, "GENERAL", {
    atArea: true,
  }),
  own("Tổ bảo vệ mùa màng", F.CRIME_PREVENTION, L.FARMERS, 3, 2016, "GENERAL", { urban: false }),
  own("Tổ tự quản cơ sở lưu trú về an ninh trật tự", F.WORKPLACE, L.ENTERPRISE, 1, 2019, "WORKER", {
    urban: true,
  }),
  own("Nhóm nòng cốt giúp đỡ người nghiện ma túy", F.SOCIAL_EVILS, L.POLICE, 2, 2018, "GENERAL"),
  own(
    "Tổ tín đồ Cao Đài tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    2,
    2018,
    "RELIGIOUS",
    { religion: Religion.CAO_DAI },
  ),
  own(
    "Tổ tín đồ Phật giáo Hòa Hảo tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    1,
    2019,
    "RELIGIOUS",
    { religion: Religion.HOA_HAO },
  ),
  own("Câu lạc bộ phòng chống bạo lực gia đình", F.SOCIAL_EVILS, L.WOMEN, 2, 2016, "WOMEN"),
  own(
    "Ấp, khóm văn hóa an toàn về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.FATHERLAND_FRONT,
    2,
    2015,
    "GENERAL",
    { atArea: true },
  ),
  own("Trường học an toàn về an ninh trật tự", F.WORKPLACE, L.YOUTH, 3, 2017, "YOUTH"),
  own("Tổ tự quản chợ đêm", F.SELF_MANAGEMENT, L.ENTERPRISE, 1, 2020, "WORKER", {
    districts: ["Thành phố Bạc Liêu"],
    urban: true,
  }),
  own("Đội thanh niên xung kích an ninh ấp", F.CRIME_PREVENTION, L.YOUTH, 2, 2016, "YOUTH", {
    urban: false,
  }),
  own(
    "Tổ giám sát người được hưởng án treo tại cộng đồng",
    F.REINTEGRATION,
    L.POLICE,
    2,
    2018,
    "GENERAL",
  ),
  own("Tổ tự quản đê biển Đông", F.BORDER_SEA, L.VILLAGE, 2, 2017, "FISHER", {
    districts: ["Đông Hải", "Thành phố Bạc Liêu", "Hoà Bình"],
  }),
  own("Câu lạc bộ đờn ca tài tử tuyên truyền pháp luật", F.OTHER, L.VILLAGE, 2, 2016, "ELDERLY"),
];

export const BAC_LIEU = {
  key: "bac-lieu",
  idPrefix: "bl",
  formerProvince: "Tỉnh Bạc Liêu",
  areas: { perFormerCommune: [6, 10] },
  areaStyle: { default: "MEKONG", rules: [{ districts: KHMER_DISTRICTS, value: "MEKONG_KHMER" }] },
  regions: {
    default: REGIONS.BAC_LIEU,
    rules: [
      {
        districts: [...KHMER_DISTRICTS, "Thành phố Bạc Liêu"],
        value: REGIONS.BAC_LIEU_KHMER,
      },
    ],
  },
  models: BAC_LIEU_MODELS,
  pointsUntil: day(2022, 12, 31),
  ministryRecognitions: true,
  recognitions: [
    {
      level: RecognitionLevel.PROVINCE_EXPERIENCE,
      count: 6,
      issuer: "Công an tỉnh Bạc Liêu",
      of: "own-models",
      years: [2019, 2023],
      months: [1, 12],
    },
  ],
  pointTeams: {
    total: 1_522,
    maxPerPoint: 20,
    members: 22_046,
    groups: [{ modelCode: "clb-ccb-pctp", members: 3_318 }],
    size: [4, 40],
    foundedUntil: day(2022, 12, 31),
  },
  roster: { shared: 146, leavers: 120, joinBy: day(2024, 12, 31) },
  ratings: [2023, 2024].map((year) => ({
    year,
    weights: [
      [Rating.GOOD, 55],
      [Rating.FAIR, 35],
      [Rating.AVERAGE, 9],
      [Rating.WEAK, 1],
    ] as const,
  })),
  reports: [
    {
      year: 2023,
      pointTargets: {
        tips: 1_994,
        weapons_handed_in: 2_278,
        mediations: 384,
        patrols: 731,
        // Published as "hòa giải thành công 384 vụ": every one of the 384 mediations succeeded.
        mediations_successful: 384,
      },
      communeTargets: {
        launch_campaigns: 1_406,
        launch_attendees: 131_274,
        leaflets: 155_853,
        forums: 64,
        forum_attendees: 3_200,
        forum_opinions: 370,
        commune_weapons_handed_in: 0,
        media_rounds: 21_074,
        training_classes: 128,
      },
    },
    { year: 2024, scaledFrom: 2023 },
    // The years since, so that the dashboards and the forms' history columns are not empty.
    { year: 2025, scaledFrom: 2023, scale: [0.95, 1.15] },
    { year: 2026, scaledFrom: 2023, scale: [1, 1.2], quarters: [1, 2, 3] },
  ],
  workflow: { communeCode: "31942" },
  published: [
    {
      year: 2023,
      measure: "TRAINING_CLASSES_PROVINCE",
      achieved: 3,
      source: "Công an tỉnh Bạc Liêu, số liệu công bố về phong trào năm 2023",
    },
    {
      year: 2023,
      measure: "TRAINING_CLASSES_DISTRICT",
      achieved: 5,
      source: "Công an tỉnh Bạc Liêu, số liệu công bố về phong trào năm 2023",
    },
  ],
  awards: {
    nameStyle: "KINH_SOUTH",
    draws: [
      {
        year: 2023,
        issuer: "FATHERLAND_FRONT",
        kind: "MERIT_CERTIFICATE",
        collectives: 1,
        persons: 1,
      },
      { year: 2023, issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 9, persons: 40 },
      {
        year: 2023,
        issuer: "PROVINCE_COMMITTEE",
        kind: "MERIT_CERTIFICATE",
        collectives: 24,
        persons: 67,
      },
    ],
  },
} satisfies DemoProfile;
