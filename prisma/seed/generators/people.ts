import { Gender } from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import type { Rng } from "./random";

// Identity details of generated members: citizen ID numbers, phones and birth dates.

/**
 * Three-digit province codes that open a citizen ID (căn cước công dân), by place of birth
 * registration, for the provinces the demo's people come from (pre-2025 provinces).
 */
export const CITIZEN_ID_PROVINCE = {
  HA_NOI: "001",
  HA_GIANG: "002",
  CAO_BANG: "004",
  TUYEN_QUANG: "008",
  LAO_CAI: "010",
  YEN_BAI: "015",
  HO_CHI_MINH: "079",
  TIEN_GIANG: "082",
  BEN_TRE: "083",
  TRA_VINH: "084",
  VINH_LONG: "086",
  KIEN_GIANG: "091",
  CAN_THO: "092",
  HAU_GIANG: "093",
  SOC_TRANG: "094",
  BAC_LIEU: "095",
  CA_MAU: "096",
} as const;

/**
 * Serial numbers (the last 6 digits) from here up are never given to a generated person: tests
 * take the citizen IDs of the people they add from this range, so a test's new person never meets
 * a demo or national person by chance.
 */
export const TEST_CITIZEN_SERIALS_FROM = 900_000;

/**
 * 12 digits: province of birth (3), gender and century (1: 0/1 man/woman born 1900–1999, 2/3 born
 * 2000–2099), year of birth (2), then 6 digits below TEST_CITIZEN_SERIALS_FROM. Unique within
 * `used`.
 */
export function citizenId(
  provinceCode: string,
  gender: Gender,
  birthYear: number,
  rng: Rng,
  used: Set<string>,
): string {
  if (!/^\d{3}$/.test(provinceCode)) throw new RangeError(`province code ${provinceCode}`);
  if (birthYear < 1900 || birthYear > 2099) throw new RangeError(`birth year ${birthYear}`);
  const century = birthYear < 2000 ? 0 : 2;
  const head = `${provinceCode}${century + (gender === Gender.FEMALE ? 1 : 0)}${String(birthYear % 100).padStart(2, "0")}`;
  for (let attempt = 0; attempt < 1000; attempt++) {
    const id = `${head}${String(rng.int(0, TEST_CITIZEN_SERIALS_FROM - 1)).padStart(6, "0")}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  throw new Error(`No free citizen ID left for ${head}`);
}

const MOBILE_PREFIXES = [
  "032",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "039",
  "086",
  "096",
  "097",
  "098",
  "081",
  "082",
  "083",
  "084",
  "085",
  "088",
  "091",
  "094",
  "070",
  "076",
  "077",
  "078",
  "079",
  "089",
  "090",
  "093",
  "052",
  "056",
  "058",
] as const;

/**
 * A Vietnamese mobile number (10 digits nationally, a carrier prefix first) in the form the portal
 * stores, E.164: +84 and the number without its 0 (lib/rosters/phone.ts).
 */
export function phoneNumber(rng: Rng): string {
  const national = `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`;
  return `+84${national.slice(1)}`;
}

/** A birth date between 1 January of `fromYear` and 31 December of `toYear`. */
export function birthDate(rng: Rng, fromYear: number, toYear: number): Date {
  const from = day(fromYear, 1, 1).getTime();
  const to = day(toYear, 12, 31).getTime();
  return new Date(from + rng.int(0, Math.round((to - from) / 86_400_000)) * 86_400_000);
}

/** Whole years between two dates. */
export function ageOn(birth: Date, on: Date): number {
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const before =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (before) age--;
  return age;
}

/** The day a person turns `years` (29 February → 1 March). */
export function birthdayAt(birth: Date, years: number): Date {
  return new Date(
    Date.UTC(birth.getUTCFullYear() + years, birth.getUTCMonth(), birth.getUTCDate()),
  );
}
