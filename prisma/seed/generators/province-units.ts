import type { CommuneKind } from "../../../lib/generated/prisma/enums";
import type { AddressData } from "../reference/address-data";
import type { UnitIds } from "../reference/units";

// The real units a province's generated data is placed in: the new communes that came from one old
// province (Commune.formerProvinceId) and that province's former communes.

export interface DemoCommune {
  id: number;
  code: string;
  name: string;
  kind: CommuneKind;
}

export interface DemoFormerCommune {
  id: number;
  code: string | null;
  name: string;
  districtName: string;
  /** The new commune it became (the first by code when it was split). */
  commune: DemoCommune;
}

/** A commune of the successor province that came from another former province (not the demo's). */
export interface DemoOtherCommune extends DemoCommune {
  formerProvinceId: number | null;
  /** How many former communes it merged (at least 1): its relative size. */
  weight: number;
}

export interface DemoUnits {
  provinceId: number;
  provinceCode: string;
  formerProvinceId: number;
  formerProvinceName: string;
  /** Sorted by code. */
  communes: DemoCommune[];
  /** Sorted by code, uncoded ones last. */
  formerCommunes: DemoFormerCommune[];
  /**
   * The successor province's other communes (from its other former provinces), sorted by code:
   * they have no demo points or teams, but make their commune reports like every commune.
   */
  otherCommunes: DemoOtherCommune[];
}

export function buildDemoUnits(
  data: AddressData,
  formerProvinceName: string,
  ids: UnitIds,
): DemoUnits {
  const formerProvince = data.formerProvinces.find((p) => p.name === formerProvinceName);
  if (!formerProvince) throw new Error(`No former province ${formerProvinceName}`);
  const communes: DemoCommune[] = data.communes
    .filter((c) => c.formerProvinceName === formerProvinceName)
    .map((c) => ({ id: ids.commune(c.code), code: c.code, name: c.name, kind: c.kind }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const formerCommunes = data.formerCommunes
    .filter((f) => f.formerProvinceName === formerProvinceName)
    .map((f) => {
      const commune = byCode.get(f.communeCodes[0] ?? "");
      if (!commune) throw new Error(`Former commune ${f.name} maps outside ${formerProvinceName}`);
      return {
        id: ids.formerCommune(f),
        code: f.code,
        name: f.name,
        districtName: f.districtName,
        commune,
      };
    });
  const merged = new Map<string, number>();
  for (const f of data.formerCommunes) {
    const first = f.communeCodes[0];
    if (first !== undefined) merged.set(first, (merged.get(first) ?? 0) + 1);
  }
  const otherCommunes: DemoOtherCommune[] = data.communes
    .filter(
      (c) =>
        c.provinceCode === formerProvince.successorCode &&
        c.formerProvinceName !== formerProvinceName,
    )
    .map((c) => ({
      id: ids.commune(c.code),
      code: c.code,
      name: c.name,
      kind: c.kind,
      formerProvinceId: c.formerProvinceName ? ids.formerProvince(c.formerProvinceName) : null,
      weight: Math.max(1, merged.get(c.code) ?? 0),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    provinceId: ids.province(formerProvince.successorCode),
    provinceCode: formerProvince.successorCode,
    formerProvinceId: ids.formerProvince(formerProvinceName),
    formerProvinceName,
    communes,
    formerCommunes,
    otherCommunes,
  };
}

/** Ids for tests and dry runs: positions in the parsed data, no database needed. */
export function syntheticUnitIds(data: AddressData): UnitIds {
  const index = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> =>
    new Map(items.map((item, i) => [key(item), i + 1]));
  const provinces = index(data.provinces, (p) => p.code);
  const communes = index(data.communes, (c) => c.code);
  const formerProvinces = index(data.formerProvinces, (p) => p.name);
  const formerCommunes = new Map(data.formerCommunes.map((f, i) => [f, i + 1]));
  const get = <K>(map: Map<K, number>, key: K): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`Unknown unit ${String(key)}`);
    return id;
  };
  return {
    province: (code) => get(provinces, code),
    commune: (code) => get(communes, code),
    formerProvince: (name) => get(formerProvinces, name),
    formerCommune: (former) => get(formerCommunes, former),
  };
}

/** The former commune of that code; throws when the register has none. */
export function formerByCode(units: DemoUnits, code: string): DemoFormerCommune {
  const found = units.formerCommunes.find((f) => f.code === code);
  if (!found) throw new Error(`${units.formerProvinceName} has no former commune ${code}`);
  return found;
}

/** Short district name: "Thị xã Giá Rai" → "Giá Rai". */
export function districtShort(districtName: string): string {
  return districtName.replace(/^(Huyện|Thị xã|Thành phố|Quận)\s+/u, "");
}

/** Whether a former commune lies in one of the named old districts (matched on the name's end). */
export const inDistricts = (former: DemoFormerCommune, districts: readonly string[]): boolean =>
  districts.some((d) => former.districtName.endsWith(d));
