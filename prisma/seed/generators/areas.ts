import type { Prisma } from "../../../lib/generated/prisma/client";
import { OrganizationKind, type ResidentialAreaKind } from "../../../lib/generated/prisma/enums";
import type { IdOf } from "./ids";
import { agencyNames, type AreaName, type AreaStyle, areaNames, isUrban } from "./places";
import type { DemoFormerCommune, DemoUnits } from "./province-units";
import type { Rng } from "./random";

// Residential areas (thôn, ấp, khóm, tổ dân phố, …) and agencies of a province's former communes.

export interface PlannedArea {
  id: string;
  communeId: number;
  formerId: number;
  name: string;
  kind: ResidentialAreaKind;
}

/**
 * `counts[i]` residential areas in the i-th former commune of `units`, with names unique within the
 * new commune. The former communes `ownNames` picks (a published list, such as Ngọc Hà's tổ dân
 * phố 1–9) are named first, so that theirs are the plain ones and the others of the new commune
 * take other names.
 */
export function planAreas(
  units: DemoUnits,
  counts: readonly number[],
  styleOf: (former: DemoFormerCommune) => AreaStyle,
  rng: Rng,
  id: IdOf,
  ownNames: (former: DemoFormerCommune) => boolean = () => false,
): { areas: PlannedArea[]; rows: Prisma.ResidentialAreaCreateManyInput[] } {
  const taken = new Map<number, Set<string>>();
  const takenIn = (communeId: number) => {
    const names = taken.get(communeId) ?? new Set<string>();
    taken.set(communeId, names);
    return names;
  };
  const named = new Map<number, AreaName[]>();
  units.formerCommunes.forEach((former, i) => {
    if (!ownNames(former)) return;
    const names = takenIn(former.commune.id);
    named.set(
      former.id,
      areaNames(styleOf(former), isUrban(former.name), counts[i] ?? 0, rng, names),
    );
  });
  const areas: PlannedArea[] = [];
  units.formerCommunes.forEach((former, i) => {
    const names = takenIn(former.commune.id);
    const list =
      named.get(former.id) ??
      areaNames(styleOf(former), isUrban(former.name), counts[i] ?? 0, rng, names);
    for (const a of list) {
      areas.push({
        id: id("area", areas.length),
        communeId: former.commune.id,
        formerId: former.id,
        name: a.name,
        kind: a.kind,
      });
    }
  });
  const rows = areas.map((a) => ({
    id: a.id,
    provinceId: units.provinceId,
    communeId: a.communeId,
    // The commune it belonged to before the merger: lists read "Ấp 18 — xã Phong Thạnh cũ".
    formerCommuneId: a.formerId,
    name: a.name,
    kind: a.kind,
    households: rng.int(90, 480),
  }));
  return { areas, rows };
}

export function areasByFormer(areas: readonly PlannedArea[]): Map<number, PlannedArea[]> {
  const map = new Map<number, PlannedArea[]>();
  for (const a of areas) map.set(a.formerId, [...(map.get(a.formerId) ?? []), a]);
  return map;
}

export interface PlannedAgency {
  id: string;
  communeId: number;
  /** The former commune it was placed in (registrations of years before 2025 name it). */
  formerId: number;
}

/** `counts[i]` agencies in the i-th former commune. */
export function planAgencies(
  units: DemoUnits,
  counts: readonly number[],
  id: IdOf,
): { agencies: PlannedAgency[]; rows: Prisma.OrganizationCreateManyInput[] } {
  const rows: Prisma.OrganizationCreateManyInput[] = [];
  const formerIds: number[] = [];
  const seen = new Set<string>();
  units.formerCommunes.forEach((former, i) => {
    for (const name of agencyNames(former.name, counts[i] ?? 0)) {
      const key = `${former.commune.id}|${name}`;
      if (seen.has(key)) throw new Error(`Agency name ${name} repeats in one commune`);
      seen.add(key);
      rows.push({
        id: id("agency", rows.length),
        provinceId: units.provinceId,
        communeId: former.commune.id,
        name,
        kind: OrganizationKind.AGENCY,
      });
      formerIds.push(former.id);
    }
  });
  return {
    agencies: rows.map((r, i) => ({
      id: r.id ?? "",
      communeId: r.communeId,
      formerId: formerIds[i] ?? 0,
    })),
    rows,
  };
}
