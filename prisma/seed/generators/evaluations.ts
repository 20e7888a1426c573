import type { Prisma } from "../../../lib/generated/prisma/client";
import type { AwardIssuer, AwardKind, PublishedMeasure } from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import type { IdOf } from "./ids";
import { generateName, type NameStyle } from "./names";
import type { DemoUnits } from "./province-units";
import type { Rng } from "./random";

// Yearly evaluations besides "An toàn về ANTT": awards, the communes' yearly titles and the figures
// a province published that no unit rows can back (decision 010). Before the 2025 merger each names
// the former province or commune it was made for.

/** One published award decision: `collectives` and `persons` recipients of one kind from one issuer. */
export interface AwardDraw {
  year: number;
  issuer: AwardIssuer;
  kind: AwardKind;
  collectives: number;
  persons: number;
}

const DECISION_SUFFIX: Record<AwardIssuer, string> = {
  MINISTRY: "QĐ-BCA",
  PROVINCE_COMMITTEE: "QĐ-UBND",
  FATHERLAND_FRONT: "QĐ-MTTW",
  POLICE_DIRECTOR: "QĐ-CAT",
};

const COLLECTIVE_NAMES = [
  (commune: string) => `Ban Chỉ đạo phong trào Toàn dân bảo vệ an ninh Tổ quốc ${commune}`,
  (commune: string) => `Công an ${commune}`,
  (commune: string) => `Ủy ban Mặt trận Tổ quốc Việt Nam ${commune}`,
  (commune: string) => `Hội Cựu chiến binh ${commune}`,
  (commune: string) => `Đoàn Thanh niên ${commune}`,
  (commune: string) => `Hội Liên hiệp Phụ nữ ${commune}`,
] as const;

const lower = (name: string) => `${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}`;

/**
 * The award rows of the draws: one decision (number and day) per draw, collectives named after the
 * province's former communes in turn (so no name repeats), persons with plausible names.
 */
export function planAwards(
  units: DemoUnits,
  draws: readonly AwardDraw[],
  nameStyle: NameStyle,
  rng: Rng,
  id: IdOf,
): Prisma.AwardCreateManyInput[] {
  const rows: Prisma.AwardCreateManyInput[] = [];
  const formers = rng.shuffle(units.formerCommunes);
  let next = 0;
  draws.forEach((draw, d) => {
    const awardedOn = day(draw.year, rng.int(1, 12), rng.int(1, 28));
    const decisionNumber = `${rng.int(100, 2999)}/${DECISION_SUFFIX[draw.issuer]}`.normalize("NFC");
    const before = awardedOn < day(2025, 7, 1);
    const common = {
      provinceId: units.provinceId,
      formerProvinceId: before ? units.formerProvinceId : null,
      kind: draw.kind,
      issuer: draw.issuer,
      decisionNumber,
      awardedOn,
      reason: null,
    };
    for (let i = 0; i < draw.collectives; i++) {
      const former = formers[next % formers.length];
      const template =
        COLLECTIVE_NAMES[Math.floor(next / formers.length) % COLLECTIVE_NAMES.length];
      next++;
      if (!former || !template) throw new Error("No former commune to name a collective after");
      rows.push({
        ...common,
        id: id(`award-${d}`, `c${i}`),
        communeId: former.commune.id,
        recipientKind: "COLLECTIVE",
        recipientName: template(lower(former.name)).normalize("NFC"),
      });
    }
    for (let i = 0; i < draw.persons; i++) {
      const former = rng.pick(units.formerCommunes);
      rows.push({
        ...common,
        id: id(`award-${d}`, `p${i}`),
        communeId: former.commune.id,
        recipientKind: "PERSON",
        recipientName: generateName(nameStyle, rng.chance(0.7) ? "MALE" : "FEMALE", rng),
      });
    }
  });
  return rows;
}

/** `exemplary` former communes of the year are "xã điển hình" (and meet the rural security criterion). */
export function planCommuneTitles(
  units: DemoUnits,
  spec: { year: number; exemplary: number },
  rng: Rng,
  id: IdOf,
): Prisma.CommuneYearTitleCreateManyInput[] {
  // "Xã điển hình" are rural communes (xã), not wards or townships.
  const rural = units.formerCommunes.filter((f) => f.name.startsWith("Xã "));
  if (spec.exemplary > rural.length) throw new Error(`${spec.exemplary} of ${rural.length} xã`);
  return rng.sample(rural, spec.exemplary).map((former, i) => ({
    id: id(`title-${spec.year}`, i),
    provinceId: units.provinceId,
    communeId: former.commune.id,
    formerCommuneId: spec.year < 2025 ? former.id : null,
    year: spec.year,
    exemplary: true,
    ruralSecurityMet: true,
    decisionNumber: `${rng.int(100, 999)}/QĐ-UBND`.normalize("NFC"),
  }));
}

export interface PublishedFigure {
  year: number;
  measure: PublishedMeasure;
  achieved?: number;
  total?: number;
  rateTenths?: number;
  source: string;
}

export function planPublishedTallies(
  units: DemoUnits,
  figures: readonly PublishedFigure[],
  id: IdOf,
): Prisma.PublishedTallyCreateManyInput[] {
  return figures.map((f) => ({
    id: id("published", `${f.year}-${f.measure}`),
    provinceId: units.provinceId,
    formerProvinceId: f.year < 2025 ? units.formerProvinceId : null,
    year: f.year,
    measure: f.measure,
    achieved: f.achieved ?? null,
    total: f.total ?? null,
    rateTenths: f.rateTenths ?? null,
    source: f.source.normalize("NFC"),
  }));
}
