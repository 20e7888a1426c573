import type { OrganizationKind, ResidentialAreaKind } from "@/lib/generated/prisma/enums";
import type { CommuneKind } from "@/lib/units/commune-kind";
import type { PlaceType } from "./schemas";

// What the places pages show. Plain data.

export interface PlaceListItem {
  id: string;
  type: PlaceType;
  name: string;
  kind: ResidentialAreaKind | OrganizationKind;
  formerCommuneId: number | null;
  formerCommuneName: string | null;
  households: number | null;
  active: boolean;
  version: number;
  points: number;
}

export interface PlaceDetail extends PlaceListItem {
  communeId: number;
  communeName: string;
  communeKind: CommuneKind;
}

export interface FormerCommuneOption {
  id: number;
  name: string;
  districtName: string;
}

export interface PlaceCommune {
  id: number;
  name: string;
  kind: CommuneKind;
}

/** What someone else saved meanwhile. */
export interface PlaceConflict {
  version: number;
  name: string;
  active: boolean;
}
