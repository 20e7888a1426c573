import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { periodKey } from "../../../lib/periods/period-dates";
import { type AddressData, loadAddressData } from "./address-data";
import { INDICATORS, seedIndicators } from "./indicators";
import { NATIONAL_MODELS, nationalModelId, seedNationalModels } from "./national-models";
import { seedEthnicities } from "./ethnicities";
import { seedPeriodDates, seedPeriods } from "./periods";
import { seedPopulations } from "./populations";
import { seedUnits, type UnitIds, type UnitsResult } from "./units";

// What every install needs, a real office's as much as the demo: the national units, the 54 ethnic
// groups, the indicator catalog and its validation rules, the reporting periods and the national
// model catalog. No users and no movement data.

/** Database ids of the catalogs, by code (periods by `periodKey`). */
export interface CatalogIds {
  nationalModelIds: ReadonlyMap<string, string>;
  indicatorIds: ReadonlyMap<string, number>;
  periodIds: ReadonlyMap<string, number>;
}

export interface Reference {
  address: AddressData;
  ids: UnitIds;
  catalog: CatalogIds;
  /** Rows this run inserted into the national units (0 on a second run). */
  unitsInserted: UnitsResult["inserted"];
}

export async function seedReference(db: PrismaClient): Promise<Reference> {
  const address = await loadAddressData();
  const units = await seedUnits(db, address);
  await seedPopulations(db);
  const { ids } = units;
  await seedEthnicities(db);
  const indicatorIds = await seedIndicators(db);
  const periodIds = await seedPeriods(db);
  const formerCode = (code: string) => {
    const former = address.formerCommunes.find((f) => f.code === code);
    if (!former) throw new Error(`No former commune ${code}`);
    return former;
  };
  const nationalModelIds = await seedNationalModels(db, {
    province: (code) => ids.province(code),
    formerCommuneByCode: (code) => ids.formerCommune(formerCode(code)),
    communeOfFormer: (code) => ids.commune(formerCode(code).communeCodes[0] ?? ""),
  });
  if (nationalModelIds.size < NATIONAL_MODELS.length)
    throw new Error("National model catalog incomplete");
  return {
    address,
    ids,
    catalog: { nationalModelIds, indicatorIds, periodIds },
    unitsInserted: units.inserted,
  };
}

/** Catalog ids as the seed would give them in an empty database: for tests and dry runs. */
export function syntheticCatalogIds(): CatalogIds {
  return {
    nationalModelIds: new Map(NATIONAL_MODELS.map((m) => [m.code, nationalModelId(m.code)])),
    indicatorIds: new Map(INDICATORS.map((indicator, i) => [indicator.code, i + 1])),
    periodIds: new Map(seedPeriodDates().map((p, i) => [periodKey(p.year, p.quarter), i + 1])),
  };
}
