import type { Prisma } from "../../../lib/generated/prisma/client";
import {
  type LeadOrganization,
  type ModelField,
  PointStatus,
} from "../../../lib/generated/prisma/enums";
import { addDays, day } from "../../../lib/periods/period-dates";
import { NATIONAL_MODELS } from "../reference/national-models";
import type { PlannedArea } from "./areas";
import { dateBetween } from "./dates";
import { type IdOf, slugify, uuidFor } from "./ids";
import type { ModelUse } from "./model-use";
import { inText, isUrban } from "./places";
import { type DemoFormerCommune, type DemoUnits, inDistricts } from "./province-units";
import type { Rng } from "./random";
import type { SlotPoint } from "./year-reports";

// Places a province's models: the province's own Model rows and every replication point.

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

/**
 * A point's name: its model's, then its place's ("… xã Phong Thạnh"), without saying one word twice
 * where the model's name ends as the place's begins ("Tổ an ninh nhân dân khóm" + "khóm 7, phường
 * 1" is "Tổ an ninh nhân dân khóm 7, phường 1").
 */
export function pointName(model: string, place: string): string {
  const last = model.split(" ").at(-1) ?? "";
  const first = place.split(" ")[0] ?? "";
  const same = last !== "" && last.toLocaleLowerCase("vi") === first.toLocaleLowerCase("vi");
  return `${model} ${same ? place.slice(first.length).trimStart() : place}`.normalize("NFC");
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
      name: pointName(request.model.name, place),
      placeName: request.placeName?.normalize("NFC") ?? null,
      establishedOn: request.establishedOn,
      leadOrganization: request.model.lead,
      status: PointStatus.ACTIVE,
    },
  };
}

export interface PlacedPoint extends PlannedPoint {
  use: ModelUse;
}

export interface PlacedModels {
  models: Prisma.ModelCreateManyInput[];
  points: PlacedPoint[];
  /** Model id of each use, in order. */
  modelIds: string[];
}

export interface PlaceOptions {
  /** Prefix of the province's own model codes, e.g. "bl". */
  codePrefix: string;
  nationalIds: ReadonlyMap<string, string>;
  areasByFormer: ReadonlyMap<number, readonly PlannedArea[]>;
  /** Latest establishment date of a point. */
  latest: Date;
  /** Points of a use established in this year at the latest (default: `latest`). */
  latestOf?: (use: ModelUse) => Date;
  /** First point key (points of several calls must not share keys). */
  firstIndex?: number;
}

function candidates(units: DemoUnits, use: ModelUse): DemoFormerCommune[] {
  const found = units.formerCommunes.filter(
    (f) =>
      (!use.districts || inDistricts(f, use.districts)) &&
      (use.urban === undefined || isUrban(f.name) === use.urban),
  );
  if (found.length === 0) throw new Error(`No former commune fits ${use.code || use.name}`);
  return found;
}

function modelOf(use: ModelUse, id: string): PointModel {
  if (use.national) {
    const model = NATIONAL_MODELS.find((m) => m.code === use.code);
    if (!model) throw new Error(`No national model ${use.code}`);
    return { id, name: model.name, field: model.field, lead: model.lead };
  }
  if (!use.name || !use.field || !use.lead)
    throw new Error("A province's own model needs a name, field and lead");
  return { id, name: use.name, field: use.field, lead: use.lead };
}

export function placeModels(
  units: DemoUnits,
  uses: readonly ModelUse[],
  options: PlaceOptions,
  rng: Rng,
  id: IdOf,
): PlacedModels {
  const models: Prisma.ModelCreateManyInput[] = [];
  const points: PlacedPoint[] = [];
  const modelIds: string[] = [];
  let index = options.firstIndex ?? 0;

  for (const use of uses) {
    const code = use.national ? use.code : `${options.codePrefix}-${slugify(use.name ?? "")}`;
    const modelId = use.national ? options.nationalIds.get(code) : id("model", code);
    if (!modelId) throw new Error(`National model ${code} is not in the catalog`);
    modelIds.push(modelId);
    const model = modelOf(use, modelId);
    const pool = candidates(units, use);
    const origin = use.origin
      ? units.formerCommunes.find((f) => f.code === use.origin?.formerCode)
      : undefined;
    if (use.origin && !origin) throw new Error(`No former commune ${use.origin.formerCode}`);

    let formers: DemoFormerCommune[];
    if (use.spread) {
      if (use.points > pool.length)
        throw new Error(`${code}: ${use.points} points in ${pool.length} communes`);
      const rest = rng.shuffle(pool.filter((f) => f !== origin));
      formers = origin ? [origin, ...rest.slice(0, use.points - 1)] : rest.slice(0, use.points);
    } else {
      formers = Array.from({ length: use.points }, (_, k) =>
        k === 0 && origin ? origin : rng.pick(pool),
      );
    }

    const latest = options.latestOf?.(use) ?? options.latest;
    // The origin point comes first; the others follow it.
    const originOn = use.origin ? day(...use.origin.on) : undefined;
    const from = originOn ? addDays(originOn, 1) : day(use.since, 1, 1);
    const dates = formers
      .map(() => dateBetween(rng, from, latest))
      .sort((a, b) => a.getTime() - b.getTime());
    if (originOn) dates[0] = originOn;

    formers.forEach((former, k) => {
      const areas = options.areasByFormer.get(former.id) ?? [];
      const area = use.atArea && areas.length > 0 ? rng.pick(areas) : null;
      const point = planPoint(
        units,
        { model, former, area, establishedOn: dates[k] ?? latest, border: use.border },
        index++,
        rng,
        id,
      );
      points.push({ ...point, use });
    });

    if (!use.national) {
      const first = points.find((p) => p.use === use);
      models.push({
        id: modelId,
        provinceId: units.provinceId,
        code,
        name: model.name,
        field: model.field,
        originProvinceId: units.provinceId,
        originCommuneId: first?.former.commune.id ?? null,
        originFormerCommuneId: first?.former.id ?? null,
        launchedOn: first?.establishedOn ?? null,
      });
    }
  }
  return { models, points, modelIds };
}

/**
 * The history of a demo point, as the portal writes it (lib/points): the day it was established
 * (→ ACTIVE), then, for a point that is no longer active, the change that ended or paused it.
 */
export function pointHistory(
  point: Prisma.ReplicationPointCreateManyInput,
): Prisma.PointStatusChangeCreateManyInput[] {
  const pointId = point.id ?? "";
  const established: Prisma.PointStatusChangeCreateManyInput = {
    id: uuidFor(`point-change:${pointId}:established`),
    provinceId: point.provinceId,
    pointId,
    fromStatus: null,
    toStatus: PointStatus.ACTIVE,
    effectiveOn: point.establishedOn,
    reason: null,
  };
  const status = point.status ?? PointStatus.ACTIVE;
  if (status === PointStatus.ACTIVE) return [established];
  const on = status === PointStatus.DISSOLVED ? point.dissolvedOn : point.suspendedOn;
  if (!on) throw new Error(`Demo point ${pointId} is ${status} without a date`);
  return [
    established,
    {
      id: uuidFor(`point-change:${pointId}:${status}`),
      provinceId: point.provinceId,
      pointId,
      fromStatus: PointStatus.ACTIVE,
      toStatus: status,
      effectiveOn: on,
      reason: status === PointStatus.DISSOLVED ? (point.dissolvedReason ?? null) : null,
    },
  ];
}
