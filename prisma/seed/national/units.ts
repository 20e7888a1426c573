import { CITIZEN_ID_PROVINCE_CODES } from "../../../lib/rosters/citizen-id";
import { ETHNICITY as E } from "../reference/ethnicities";
import type { AddressData, ParsedFormerCommune } from "../reference/address-data";
import type { UnitIds } from "../reference/units";
import type { Region } from "../generators/member-profiles";
import type { AreaStyle } from "../generators/places";
import { buildDemoUnits, type DemoUnits } from "../generators/province-units";
import { REGIONS } from "../demo/regions";

// The real units the national data set fills: every pre-2025 province's new communes and former
// communes (the demo pipeline's DemoUnits, one part per former province), plus one part per new
// commune that merged communes of several former provinces (Commune.formerProvinceId null).

export interface NationalPart {
  /** Stable key for ids and random streams: the former province's name, or "x:<commune code>". */
  key: string;
  units: DemoUnits;
  /** The report's former province before the reorganisation (null: the commune has several). */
  formerProvinceId: number | null;
  /** The CCCD code of the former province (its GSO code with a leading 0): where members were born. */
  birthCode: string;
  region: Region;
  style: AreaStyle;
}

/** The former provinces' GSO codes, in the statistics office's order: their commune codes follow it. */
export function formerProvinceCodes(data: AddressData): Map<string, string> {
  const first = new Map<string, string>();
  for (const f of data.formerCommunes) {
    if (!f.code) continue;
    const seen = first.get(f.formerProvinceName);
    if (seen === undefined || f.code < seen) first.set(f.formerProvinceName, f.code);
  }
  const ordered = [...first].sort((a, b) => a[1].localeCompare(b[1])).map(([name]) => name);
  const codes = [...CITIZEN_ID_PROVINCE_CODES].sort();
  if (ordered.length !== codes.length || ordered.length !== data.formerProvinces.length)
    throw new Error(`${ordered.length} former provinces with codes, ${codes.length} CCCD codes`);
  return new Map(ordered.map((name, i) => [name, codes[i] ?? ""]));
}

const MOUNTAIN = new Set([
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
  "020",
]);
const KHMER = new Set(["084", "089", "091", "092", "093", "094", "095"]);
const CENTRAL_HIGHLANDS = new Set(["062", "064", "066", "067", "068"]);

type Weighted<T> = readonly (readonly [T, number])[];

function regionFor(
  code: string,
  neighbours: readonly string[],
): { region: Region; style: AreaStyle } {
  const birthProvince: Weighted<string> = [[code, 90], ...neighbours.map((n) => [n, 5] as const)];
  const north = code < "040";
  if (MOUNTAIN.has(code))
    return {
      region: { ethnicity: REGIONS.HA_GIANG_LOWLAND.ethnicity, birthProvince, north },
      style: "HIGHLAND",
    };
  if (KHMER.has(code))
    return {
      region: { ethnicity: REGIONS.SOC_TRANG.ethnicity, birthProvince, north },
      style: "MEKONG_KHMER",
    };
  const ethnicity: Weighted<number> = CENTRAL_HIGHLANDS.has(code)
    ? [
        [E.KINH, 70],
        [E.TAY, 5],
        [E.NUNG, 5],
        [E.MONG, 5],
        [E.DAO, 5],
        [E.HOA, 2],
      ]
    : [
        [E.KINH, 96],
        [E.HOA, 2],
        [E.TAY, 1],
        [E.KHMER, 1],
      ];
  return {
    region: { ethnicity, birthProvince, north },
    style: north ? "HIGHLAND" : code < "070" ? "BEN_TRE" : "MEKONG",
  };
}

/** Every part of the country, ordered by new province and then by key. */
export function nationalParts(data: AddressData, ids: UnitIds): NationalPart[] {
  const codes = formerProvinceCodes(data);
  const sortedCodes = [...codes.values()].sort();
  const neighbours = (code: string): string[] => {
    const i = sortedCodes.indexOf(code);
    return [sortedCodes[i - 1], sortedCodes[i + 1]].filter((c): c is string => Boolean(c));
  };
  const parts: NationalPart[] = [];
  for (const fp of data.formerProvinces) {
    const units = buildDemoUnits(data, fp.name, ids);
    const birthCode = codes.get(fp.name) ?? "";
    parts.push({
      key: fp.name,
      units,
      formerProvinceId: units.formerProvinceId,
      birthCode,
      ...regionFor(birthCode, neighbours(birthCode)),
    });
  }
  // New communes whose former communes came from several old provinces.
  for (const c of data.communes.filter((x) => !x.formerProvinceName)) {
    const formers = data.formerCommunes.filter((f) => f.communeCodes.includes(c.code));
    if (formers.length === 0) continue;
    const first = formers[0] as ParsedFormerCommune;
    const commune = { id: ids.commune(c.code), code: c.code, name: c.name, kind: c.kind };
    const birthCode = codes.get(first.formerProvinceName) ?? "";
    parts.push({
      key: `x:${c.code}`,
      units: {
        provinceId: ids.province(c.provinceCode),
        provinceCode: c.provinceCode,
        formerProvinceId: ids.formerProvince(first.formerProvinceName),
        formerProvinceName: first.formerProvinceName,
        communes: [commune],
        formerCommunes: formers.map((f) => ({
          id: ids.formerCommune(f),
          code: f.code,
          name: f.name,
          districtName: f.districtName,
          commune,
        })),
        otherCommunes: [],
      },
      formerProvinceId: null,
      birthCode,
      ...regionFor(birthCode, neighbours(birthCode)),
    });
  }
  return parts.sort(
    (a, b) => a.units.provinceId - b.units.provinceId || a.key.localeCompare(b.key),
  );
}
