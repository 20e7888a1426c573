import { asciiDigits } from "@/lib/validation/typed-digits";

// The citizen ID (căn cước công dân, CCCD): 12 digits. Digits 1–3 are the province where the
// citizen was registered at birth (the 63 provinces' codes of Thông tư 07/2016/TT-BCA, which are the
// statistics office's province codes with a leading 0); digit 4 says century and gender (0/1: men
// and women born 1900–1999, 2/3: 2000–2099, 4/5: 2100–2199, 6/7: 2200–2299, 8/9: 2300–2399);
// digits 5–6 are the last two digits of the birth year; the last six are a serial number.

export const CITIZEN_ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  "001",
  "002",
  "004",
  "006",
  "008",
  "010",
  "011",
  "012",
  "014",
  "015",
  "017",
  "019",
  "020",
  "022",
  "024",
  "025",
  "026",
  "027",
  "030",
  "031",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "040",
  "042",
  "044",
  "045",
  "046",
  "048",
  "049",
  "051",
  "052",
  "054",
  "056",
  "058",
  "060",
  "062",
  "064",
  "066",
  "067",
  "068",
  "070",
  "072",
  "074",
  "075",
  "077",
  "079",
  "080",
  "082",
  "083",
  "084",
  "086",
  "087",
  "089",
  "091",
  "092",
  "093",
  "094",
  "095",
  "096",
]);

const CENTURY_START: Record<string, number> = {
  "0": 1900,
  "1": 1900,
  "2": 2000,
  "3": 2000,
  "4": 2100,
  "5": 2100,
  "6": 2200,
  "7": 2200,
  "8": 2300,
  "9": 2300,
};

export type CitizenIdProblem =
  | "citizenIdFormat" // not 12 digits
  | "citizenIdProvince" // digits 1–3 are no province's code
  | "citizenIdGender" // digit 4 does not agree with the gender
  | "citizenIdCentury" // digit 4 names another century than the birth year's
  | "citizenIdBirthYear"; // digits 5–6 are not the last two digits of the birth year

/**
 * What an officer typed, with the spaces, dots and dashes people put between groups removed, and
 * full-width digits ("０３４…", a phone keyboard's) read as ASCII (lib/validation/typed-digits).
 */
export function cleanCitizenId(typed: string): string {
  // A leading apostrophe is how a number is typed as text in a spreadsheet ('095065001234).
  return asciiDigits(typed)
    .replace(/[\s.\-_]/gu, "")
    .replace(/^['\u2019]/u, "");
}

/** The birth year's century and gender that digit 4 and digits 5–6 encode. */
export function decodeCitizenId(
  id: string,
): { gender: "MALE" | "FEMALE"; birthYear: number } | null {
  if (!/^[0-9]{12}$/.test(id)) return null;
  const digit = id.charAt(3);
  const century = CENTURY_START[digit];
  if (century === undefined) return null;
  return {
    gender: Number(digit) % 2 === 0 ? "MALE" : "FEMALE",
    birthYear: century + Number(id.slice(4, 6)),
  };
}

/**
 * The problems of a cleaned citizen ID against the person's gender and birth date (either may be
 * unknown: then only what can be checked is). Every digit 0–9 is a valid fourth digit, so a wrong
 * one is always a disagreement with the gender or the century, never a format error.
 */
export function citizenIdProblems(
  id: string,
  person: { gender?: "MALE" | "FEMALE" | null; birthDate?: Date | null },
): CitizenIdProblem[] {
  if (!/^[0-9]{12}$/.test(id)) return ["citizenIdFormat"];
  const problems: CitizenIdProblem[] = [];
  if (!CITIZEN_ID_PROVINCE_CODES.has(id.slice(0, 3))) problems.push("citizenIdProvince");
  const decoded = decodeCitizenId(id);
  if (!decoded) return [...problems, "citizenIdFormat"];
  if (person.gender && decoded.gender !== person.gender) problems.push("citizenIdGender");
  if (person.birthDate) {
    const year = person.birthDate.getUTCFullYear();
    if (Math.floor(decoded.birthYear / 100) !== Math.floor(year / 100))
      problems.push("citizenIdCentury");
    else if (decoded.birthYear !== year) problems.push("citizenIdBirthYear");
  }
  return problems;
}

/** The fourth digit a person of this gender and birth year has: 0 for a man born 1965, 3 for a woman born 2004. */
export function expectedCenturyDigit(gender: "MALE" | "FEMALE", birthYear: number): number | null {
  const century = Math.floor(birthYear / 100) * 100;
  const entry = Object.entries(CENTURY_START).find(
    ([digit, start]) => start === century && Number(digit) % 2 === (gender === "MALE" ? 0 : 1),
  );
  return entry ? Number(entry[0]) : null;
}

/** Shown to a viewer who may not see it: the last four digits only. */
export function maskCitizenId(id: string): string {
  return `••••••••${id.slice(-4)}`;
}
