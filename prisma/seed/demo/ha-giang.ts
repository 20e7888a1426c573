import {
  LeadOrganization,
  ModelField,
  Rating,
  Religion,
} from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import { type ModelUse, nat, own } from "../generators/model-use";
import type { DemoProfile } from "./profile";
import { REGIONS } from "./regions";

// Hà Giang (now part of Tuyên Quang), 2023, as its provincial police published:
//   "1,067 models in all (379 built that year)": read as 1,067 replication points active in 2023
//     (of 24 model types), 379 of them established in 2023;
//   1,370 tips; 584 border patrols with 1,046 participants; 268 mediations; 16 scenes protected;
//     35 fire and rescue call-outs (approved POINT reports of 2023);
//   96.8% of units "An toàn về ANTT": 968 of 1,000 residential areas and 242 of 250 agencies
//     (1,210 / 1,250 = 96.8%, each type at 96.8% too);
//   91% of evaluated models rated khá or tốt: 1,000 points rated for 2023, 910 GOOD or FAIR (the 67
//     points established last in 2023 were not yet rated);
//   phường Ngọc Hà (now Phường Hà Giang 2): a "Camera giám sát ANTT" point with 82 cameras that
//     gave 12 of the 1,370 tips; self-management teams in its 9 tổ dân phố.
// Teams and members are not published: one team per point, 7,469 members in all.

const F = ModelField;
const L = LeadOrganization;

/** Hà Giang's districts on the border with China. */
export const HA_GIANG_BORDER = [
  "Đồng Văn",
  "Mèo Vạc",
  "Yên Minh",
  "Quản Bạ",
  "Vị Xuyên",
  "Hoàng Su Phì",
  "Xín Mần",
];
const HIGHLAND = ["Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ"];
const TOURISM = [
  "Đồng Văn",
  "Mèo Vạc",
  "Yên Minh",
  "Quản Bạ",
  "Hoàng Su Phì",
  "Thành phố Hà Giang",
];

/** Hà Giang (now Tuyên Quang): 24 models at 1,067 points. Ngọc Hà's cameras are the first camera point. */
export const HA_GIANG_MODELS: readonly ModelUse[] = [
  nat("tu-quan-duong-bien-moc", 150, 2012, "GENERAL", { districts: HA_GIANG_BORDER, border: true }),
  nat("to-lien-gia-tu-quan", 182, 2012, "GENERAL", { atArea: true }),
  nat("camera-an-ninh", 60, 2019, "GENERAL", {
    origin: { formerCode: "00692", on: [2021, 5, 15] },
    atArea: true,
  }),
  nat("tieng-loa-an-ninh", 40, 2018, "GENERAL"),
  nat("lien-gia-an-toan-pccc", 50, 2016, "GENERAL", { atArea: true }),
  nat("tuyen-duong-tu-quan", 40, 2016, "GENERAL"),
  nat("khu-dan-cu-khong-ma-tuy", 60, 2014, "GENERAL", { atArea: true }),
  nat("nguoi-co-uy-tin", 80, 2013, "ELDERLY"),
  nat("cong-truong-an-toan", 25, 2018, "YOUTH"),
  nat("doanh-nghiep-an-toan", 8, 2019, "WORKER", {
    districts: ["Thành phố Hà Giang", "Bắc Quang", "Vị Xuyên"],
  }),
  own("Tổ tuần tra biên giới nhân dân", F.BORDER_SEA, L.VILLAGE, 60, 2014, "GENERAL", {
    districts: HA_GIANG_BORDER,
    border: true,
  }),
  own(
    "Thôn, bản không có người xuất cảnh trái phép",
    F.BORDER_SEA,
    L.VILLAGE,
    40,
    2016,
    "GENERAL",
    { districts: HA_GIANG_BORDER, atArea: true },
  ),
  own("Dòng họ tự quản về an ninh trật tự", F.SELF_MANAGEMENT, L.ELDERLY, 45, 2013, "ELDERLY"),
  own("Tổ hòa giải thôn, bản", F.OTHER, L.VILLAGE, 35, 2012, "ELDERLY", { atArea: true }),
  own(
    "Chợ phiên vùng cao an toàn về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.ENTERPRISE,
    12,
    2017,
    "GENERAL",
    { districts: HIGHLAND },
  ),
  own("Homestay an toàn về an ninh trật tự", F.WORKPLACE, L.ENTERPRISE, 18, 2019, "GENERAL", {
    districts: TOURISM,
  }),
  own("Tuyến du lịch an toàn về an ninh trật tự", F.TRAFFIC, L.OTHER, 10, 2019, "GENERAL", {
    districts: TOURISM,
  }),
  own(
    "Câu lạc bộ phụ nữ phòng, chống mua bán người",
    F.CRIME_PREVENTION,
    L.WOMEN,
    30,
    2015,
    "WOMEN",
    { districts: HA_GIANG_BORDER },
  ),
  own("Tổ bảo vệ rừng cộng đồng", F.OTHER, L.VILLAGE, 25, 2014, "GENERAL", { urban: false }),
  own(
    "Tổ xung kích phòng, chống thiên tai, cứu hộ, cứu nạn",
    F.FIRE_RESCUE,
    L.YOUTH,
    20,
    2018,
    "YOUTH",
  ),
  own("Thôn, bản không có ma túy", F.SOCIAL_EVILS, L.FATHERLAND_FRONT, 30, 2015, "GENERAL", {
    atArea: true,
  }),
  own(
    "Câu lạc bộ thanh niên tình nguyện giữ gìn an ninh trật tự",
    F.CRIME_PREVENTION,
    L.YOUTH,
    20,
    2017,
    "YOUTH",
  ),
  own("Điểm trường an toàn về an ninh trật tự", F.WORKPLACE, L.YOUTH, 15, 2018, "YOUTH", {
    urban: false,
  }),
  own(
    "Tín đồ Tin lành tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    12,
    2018,
    "RELIGIOUS",
    { districts: HIGHLAND, religion: Religion.PROTESTANTISM },
  ),
];

export const HA_GIANG = {
  key: "ha-giang",
  idPrefix: "hg",
  formerProvince: "Tỉnh Hà Giang",
  // Ngọc Hà's 9 tổ dân phố, each with its self-management team (tổ liên gia tự quản).
  areas: { total: 1_000, minPerFormerCommune: 3, exact: [{ formerCode: "00692", count: 9 }] },
  everyArea: [{ formerCode: "00692", modelCode: "to-lien-gia-tu-quan" }],
  areaStyle: { default: "HIGHLAND" },
  agencies: { total: 250, maxPerFormerCommune: 3 },
  regions: {
    default: REGIONS.HA_GIANG_LOWLAND,
    rules: [
      { districts: HIGHLAND, value: REGIONS.HA_GIANG_HIGHLAND },
      { districts: ["Hoàng Su Phì", "Xín Mần"], value: REGIONS.HA_GIANG_WEST },
    ],
  },
  models: HA_GIANG_MODELS,
  pointsUntil: day(2022, 12, 31),
  builtInYear: { year: 2023, count: 379, between: [day(2023, 1, 5), day(2023, 12, 20)] },
  namedPoints: [
    {
      key: "ngoc-ha-cameras",
      formerCode: "00692",
      modelCode: "camera-an-ninh",
      placeName: "Hệ thống 82 camera an ninh phường Ngọc Hà",
    },
  ],
  pointTeams: { members: 7_469, size: [3, 15], foundedUntil: day(2023, 12, 31) },
  roster: { shared: 40, leavers: 30, joinBy: day(2024, 12, 31) },
  ratings: [
    {
      year: 2023,
      counts: [
        [Rating.GOOD, 520],
        [Rating.FAIR, 390],
        [Rating.AVERAGE, 80],
        [Rating.WEAK, 10],
      ],
    },
    {
      year: 2024,
      weights: [
        [Rating.GOOD, 52],
        [Rating.FAIR, 40],
        [Rating.AVERAGE, 7],
        [Rating.WEAK, 1],
      ],
    },
  ],
  safety: { year: 2023, residentialAreas: 968, agencies: 242 },
  reports: [
    {
      year: 2023,
      pointTargets: {
        tips: 1_370,
        border_patrols: 584,
        border_patrol_participants: 1_046,
        mediations: 268,
        scenes_protected: 16,
        fire_rescue_callouts: 35,
      },
      pins: [{ code: "tips", point: "ngoc-ha-cameras", total: 12 }],
    },
    { year: 2024, scaledFrom: 2023 },
    // The years since, so that the dashboards and the forms' history columns are not empty.
    { year: 2025, scaledFrom: 2023, scale: [0.95, 1.15] },
    { year: 2026, scaledFrom: 2023, scale: [1, 1.2], quarters: [1, 2, 3] },
  ],
  // 7 communes "điển hình" (rows of 7 former xã); 3 agencies "điển hình" and 81.8 % of communes
  // meeting the security criterion of new rural development were published without the units
  // (175 xã: 143 is 81.7 %, 144 is 82.3 %), so they are published tallies (decision 010).
  titles: { year: 2023, exemplary: 7 },
  published: [
    {
      year: 2023,
      measure: "EXEMPLARY_AGENCIES",
      achieved: 3,
      source: "Công an tỉnh Hà Giang, số liệu công bố về phong trào năm 2023",
    },
    {
      year: 2023,
      measure: "RURAL_SECURITY_COMMUNES",
      rateTenths: 818,
      source: "Công an tỉnh Hà Giang, số liệu công bố về phong trào năm 2023",
    },
  ],
} satisfies DemoProfile;
