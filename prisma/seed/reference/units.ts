import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { AddressData, ParsedFormerCommune } from "./address-data";
import { bulkInsert, COLUMNS } from "../generators/bulk";

// Writes the national hierarchy: 34 provinces, 63 former provinces, 3,321 communes, the former
// communes and the old → new mappings. Every insert skips rows that exist (by their unique natural
// keys), so a second run adds nothing; the ids are then read back by natural key. The three large
// tables go through bulkInsert (one array per column): createMany costs about a second more.

function lookup<K>(map: ReadonlyMap<K, number>, key: K, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`${what} ${String(key)} is not in the database`);
  return id;
}

/** Database ids of the national units, by natural key. */
export interface UnitIds {
  province: (code: string) => number;
  commune: (code: string) => number;
  formerProvince: (name: string) => number;
  formerCommune: (former: ParsedFormerCommune) => number;
}

export interface UnitsResult {
  ids: UnitIds;
  /** Rows inserted by this run. */
  inserted: {
    provinces: number;
    formerProvinces: number;
    communes: number;
    formerCommunes: number;
    mappings: number;
  };
}

const formerKey = (formerProvinceId: number, districtName: string, name: string): string =>
  `${formerProvinceId}|${districtName}|${name}`;

export async function seedUnits(db: PrismaClient, data: AddressData): Promise<UnitsResult> {
  const skipDuplicates = true;
  const provinces = await db.province.createMany({
    data: data.provinces.map(({ code, name, shortName, abbreviation, kind }) => ({
      code,
      name,
      shortName,
      abbreviation,
      kind,
    })),
    skipDuplicates,
  });
  const provinceIds = new Map(
    (await db.province.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]),
  );

  const formerProvinces = await db.formerProvince.createMany({
    data: data.formerProvinces.map((p) => ({
      name: p.name,
      shortName: p.shortName,
      successorId: lookup(provinceIds, p.successorCode, "Province"),
    })),
    skipDuplicates,
  });
  const formerProvinceIds = new Map(
    (await db.formerProvince.findMany({ select: { id: true, name: true } })).map((p) => [
      p.name,
      p.id,
    ]),
  );

  const communes = await bulkInsert(
    db,
    "Commune",
    COLUMNS.Commune,
    data.communes.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      provinceId: lookup(provinceIds, c.provinceCode, "Province"),
      formerProvinceId: c.formerProvinceName
        ? lookup(formerProvinceIds, c.formerProvinceName, "Former province")
        : null,
    })),
  );
  const communeIds = new Map(
    (await db.commune.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]),
  );

  const formerCommunes = await bulkInsert(
    db,
    "FormerCommune",
    COLUMNS.FormerCommune,
    data.formerCommunes.map((f) => ({
      code: f.code,
      name: f.name,
      districtName: f.districtName,
      formerProvinceId: lookup(formerProvinceIds, f.formerProvinceName, "Former province"),
    })),
  );
  const formerRows = await db.formerCommune.findMany({
    select: { id: true, formerProvinceId: true, districtName: true, name: true },
  });
  const formerIds = new Map(
    formerRows.map((f) => [formerKey(f.formerProvinceId, f.districtName, f.name), f.id]),
  );
  const formerCommuneId = (f: ParsedFormerCommune): number =>
    lookup(
      formerIds,
      formerKey(
        lookup(formerProvinceIds, f.formerProvinceName, "Former province"),
        f.districtName,
        f.name,
      ),
      "Former commune",
    );

  const mappings = await bulkInsert(
    db,
    "CommuneMapping",
    COLUMNS.CommuneMapping,
    data.formerCommunes.flatMap((f) => {
      const formerId = formerCommuneId(f);
      return f.communeCodes.map((code) => ({
        formerCommuneId: formerId,
        communeId: lookup(communeIds, code, "Commune"),
      }));
    }),
  );

  return {
    ids: {
      province: (code) => lookup(provinceIds, code, "Province"),
      commune: (code) => lookup(communeIds, code, "Commune"),
      formerProvince: (name) => lookup(formerProvinceIds, name, "Former province"),
      formerCommune: formerCommuneId,
    },
    inserted: {
      provinces: provinces.count,
      formerProvinces: formerProvinces.count,
      communes,
      formerCommunes,
      mappings,
    },
  };
}
