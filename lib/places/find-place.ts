import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import { placesInScope } from "./rules";
import type { PlaceType } from "./schemas";
import type { PlaceConflict, PlaceDetail } from "./types";

const select = {
  id: true,
  provinceId: true,
  communeId: true,
  name: true,
  kind: true,
  formerCommuneId: true,
  active: true,
  version: true,
  formerCommune: { select: { name: true } },
  commune: { select: { name: true, kind: true } },
  _count: { select: { points: true } },
} as const;

export interface PlaceRecord extends PlaceDetail {
  provinceId: number;
}

/** A residential area or organisation in the caller's scope; elsewhere it is "not found". */
export async function findPlaceInScope(
  tx: Tx,
  ctx: AuthContext,
  type: PlaceType,
  id: string,
): Promise<PlaceRecord> {
  const where = { id, ...placesInScope(ctx.scope) };
  if (type === "area") {
    const row = await tx.residentialArea.findFirst({
      where,
      select: { ...select, households: true },
    });
    if (!row) throw new NotFoundError("ResidentialArea", id);
    return toRecord(row, "area", row.households);
  }
  const row = await tx.organization.findFirst({ where, select });
  if (!row) throw new NotFoundError("Organization", id);
  return toRecord(row, "organization", null);
}

type Row = {
  id: string;
  provinceId: number;
  communeId: number;
  name: string;
  kind: PlaceRecord["kind"];
  formerCommuneId: number | null;
  active: boolean;
  version: number;
  formerCommune: { name: string } | null;
  commune: { name: string; kind: PlaceRecord["communeKind"] };
  _count: { points: number };
};

function toRecord(row: Row, type: PlaceType, households: number | null): PlaceRecord {
  return {
    id: row.id,
    type,
    provinceId: row.provinceId,
    communeId: row.communeId,
    communeName: row.commune.name,
    communeKind: row.commune.kind,
    name: row.name,
    kind: row.kind,
    formerCommuneId: row.formerCommuneId,
    formerCommuneName: row.formerCommune?.name ?? null,
    households,
    active: row.active,
    version: row.version,
    points: row._count.points,
  };
}

export function placeConflict(place: PlaceRecord): ConflictError {
  const current: PlaceConflict = { version: place.version, name: place.name, active: place.active };
  return new ConflictError(current);
}

export function placeAuditValues(place: PlaceRecord) {
  return {
    name: place.name,
    kind: place.kind,
    communeId: place.communeId,
    formerCommuneId: place.formerCommuneId,
    ...(place.type === "area" ? { households: place.households } : {}),
    active: place.active,
    version: place.version,
  };
}

export const PLACE_ENTITY: Record<PlaceType, string> = {
  area: "ResidentialArea",
  organization: "Organization",
};
