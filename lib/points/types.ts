import type { CommuneKind } from "@/lib/units/commune-kind";
import type {
  LeadOrganization,
  PointStatus,
  Rating,
  ResidentialAreaKind,
  OrganizationKind,
  TeamKind,
  TeamStatus,
} from "@/lib/generated/prisma/enums";

// What the points pages show. Plain data: components import these types, never the database.

export interface PointListItem {
  id: string;
  name: string;
  modelName: string;
  communeName: string;
  communeKind: CommuneKind;
  provinceName: string;
  /** Where in the commune: a residential area, an organisation or a named place. */
  place: { name: string; formerCommuneName: string | null } | null;
  leadOrganization: LeadOrganization;
  establishedOn: Date;
  status: PointStatus;
  /** The latest yearly rating, if any. */
  latestRating: { year: number; rating: Rating } | null;
}

export interface PointHistoryEntry {
  id: string;
  fromStatus: PointStatus | null;
  toStatus: PointStatus;
  effectiveOn: Date;
  reason: string | null;
  recordedAt: Date;
  recordedBy: string | null;
}

export interface PointTeam {
  id: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  members: number;
}

export interface PointDetail extends PointListItem {
  version: number;
  provinceId: number;
  communeId: number;
  modelId: string;
  residentialAreaId: string | null;
  organizationId: string | null;
  placeName: string | null;
  formerCommuneName: string | null;
  suspendedOn: Date | null;
  dissolvedOn: Date | null;
  dissolvedReason: string | null;
  history: PointHistoryEntry[];
  ratings: { year: number; rating: Rating; note: string | null }[];
  teams: PointTeam[];
  /** The statuses it may move to now. */
  nextStatuses: PointStatus[];
}

export interface Option {
  id: string;
  name: string;
}

export interface CommuneOption {
  id: number;
  name: string;
  kind: CommuneKind;
}

export interface PlaceOption {
  id: string;
  name: string;
  /** Shown as "Ấp 1 — xã Phong Thạnh cũ": a former commune tells two "Ấp 1" apart. */
  formerCommuneName: string | null;
  kind: ResidentialAreaKind | OrganizationKind;
}

/** What the list's filters and the create form offer. */
export interface PointFilterOptions {
  provinces: { id: number; name: string }[];
  communes: CommuneOption[];
  models: Option[];
}

export interface PointFormOptions {
  models: Option[];
  areas: PlaceOption[];
  organizations: PlaceOption[];
}

/** What someone else saved meanwhile, sent back with a refused save. */
export interface PointConflict {
  version: number;
  name: string;
  status: PointStatus;
}
