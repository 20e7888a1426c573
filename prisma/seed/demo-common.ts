import type { Prisma } from "../../lib/generated/prisma/client";
import {
  type LeadOrganization,
  type ModelField,
  OrganizationKind,
  PointStatus,
  type ResidentialAreaKind,
  SafetyResult,
  SafetyUnitType,
} from "../../lib/generated/prisma/enums";
import type { DemoFormerCommune, DemoUnits } from "./demo-units";
import type { SlotPoint } from "./demo-reports";
import { agencyNames, type AreaStyle, areaNames, inText, isUrban } from "./places";
import { addDays, day } from "./periods";
import type { Rng } from "./random";

// Building blocks shared by the demo provinces: residential areas, agencies, points and
// "An toàn về ANTT" registrations.

export type IdOf = (kind: string, key: string | number) => string;

/** A date drawn uniformly between two dates. */
export function dateBetween(rng: Rng, from: Date, to: Date): Date {
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, days)));
}

export interface PlannedArea {
  id: string;
  communeId: number;
  formerId: number;
  name: string;
  kind: ResidentialAreaKind;
}

/** `counts[i]` residential areas in the i-th former commune of `units`. */
export function planAreas(
  units: DemoUnits,
  counts: readonly number[],
  styleOf: (former: DemoFormerCommune) => AreaStyle,
  rng: Rng,
  id: IdOf,
): { areas: PlannedArea[]; rows: Prisma.ResidentialAreaCreateManyInput[] } {
  const taken = new Map<number, Set<string>>();
  const areas: PlannedArea[] = [];
  units.formerCommunes.forEach((former, i) => {
    const names = taken.get(former.commune.id) ?? new Set<string>();
    taken.set(former.commune.id, names);
    for (const a of areaNames(styleOf(former), isUrban(former.name), counts[i] ?? 0, rng, names)) {
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
}

/** `counts[i]` agencies in the i-th former commune. */
export function planAgencies(
  units: DemoUnits,
  counts: readonly number[],
  id: IdOf,
): { agencies: PlannedAgency[]; rows: Prisma.OrganizationCreateManyInput[] } {
  const rows: Prisma.OrganizationCreateManyInput[] = [];
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
    }
  });
  return { agencies: rows.map((r) => ({ id: r.id ?? "", communeId: r.communeId })), rows };
}

export interface PointModel {
  id: string;
  name: string;
  field: ModelField;
  lead: LeadOrganization;
}

export interface PlannedPoint extends SlotPoint {
  model: PointModel;
  former: DemoFormerCommune;
  area: PlannedArea | null;
  row: Prisma.ReplicationPointCreateManyInput;
}

export interface PointRequest {
  model: PointModel;
  former: DemoFormerCommune;
  area?: PlannedArea | null;
  establishedOn: Date;
  placeName?: string | null;
  border?: boolean;
}

/** "xã Phong Thạnh"; numbered wards also name their district ("phường 8, thành phố Bạc Liêu"). */
export function formerLabel(former: DemoFormerCommune): string {
  const name = inText(former.name);
  return /\d/.test(former.name) ? `${name}, ${inText(former.districtName)}` : name;
}

/** A replication point row, named after its model and place ("… xã Phong Thạnh"). */
export function planPoint(
  units: DemoUnits,
  request: PointRequest,
  index: number,
  rng: Rng,
  id: IdOf,
): PlannedPoint {
  const area = request.area ?? null;
  const former = formerLabel(request.former);
  const place = area ? `${inText(area.name)}, ${former}` : former;
  const pointId = id("point", index);
  return {
    key: String(index),
    id: pointId,
    communeId: request.former.commune.id,
    field: request.model.field,
    establishedOn: request.establishedOn,
    border: request.border ?? false,
    activity: 0.3 + 1.7 * rng.next() ** 1.5,
    model: request.model,
    former: request.former,
    area,
    row: {
      id: pointId,
      provinceId: units.provinceId,
      communeId: request.former.commune.id,
      modelId: request.model.id,
      formerCommuneId: request.former.id,
      residentialAreaId: area?.id ?? null,
      name: `${request.model.name} ${place}`.normalize("NFC"),
      placeName: request.placeName?.normalize("NFC") ?? null,
      establishedOn: request.establishedOn,
      leadOrganization: request.model.lead,
      status: PointStatus.ACTIVE,
    },
  };
}

/** Registration of units for "An toàn về ANTT" in a year, `achieved` of them recognised. */
export function planSafety(
  provinceId: number,
  year: number,
  units: readonly { communeId: number; residentialAreaId?: string; organizationId?: string }[],
  unitType: SafetyUnitType,
  achieved: number,
  rng: Rng,
  id: IdOf,
): Prisma.SafetyRegistrationCreateManyInput[] {
  if (achieved > units.length)
    throw new Error(`${achieved} achieved of ${units.length} registered`);
  const winners = new Set(
    rng.sample(
      units.map((_, i) => i),
      achieved,
    ),
  );
  const decidedOn = day(year, 12, rng.int(10, 28));
  return units.map((u, i) => ({
    id: id(`safety-${year}-${unitType}`, i),
    provinceId,
    communeId: u.communeId,
    year,
    unitType,
    residentialAreaId: u.residentialAreaId ?? null,
    organizationId: u.organizationId ?? null,
    registeredOn: day(year, rng.int(1, 3), rng.int(2, 28)),
    result: winners.has(i) ? SafetyResult.ACHIEVED : SafetyResult.NOT_ACHIEVED,
    decisionNumber: `${rng.int(100, 999)}/QĐ-UBND`.normalize("NFC"),
    decidedOn,
  }));
}

export const UNIT_TYPE = SafetyUnitType;

/** Whether a former commune lies in one of the named old districts. */
export const inDistricts = (former: DemoFormerCommune, districts: readonly string[]): boolean =>
  districts.some((d) => former.districtName.endsWith(d));
