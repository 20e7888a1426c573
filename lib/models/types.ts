import type {
  CommuneKind,
  ModelField,
  ModelStatus,
  PointStatus,
  ProvinceKind,
  RecognitionLevel,
} from "@/lib/generated/prisma/enums";

// What the models pages show. Plain data: components import these types, never the database.

export type ModelSort = "name" | "launched" | "points";
export type ModelOwner = "catalog" | "province";

export interface ModelListFilter {
  field?: ModelField | undefined;
  level?: RecognitionLevel | undefined;
  status?: ModelStatus | undefined;
  owner?: ModelOwner | undefined;
  /** The ministry may narrow the province's own models to one province. */
  provinceId?: number | undefined;
  q?: string | undefined;
  sort?: ModelSort | undefined;
}

export interface ProvinceRef {
  id: number;
  name: string;
  kind: ProvinceKind;
}

export interface ModelListItem {
  id: string;
  name: string;
  field: ModelField;
  status: ModelStatus;
  /** The owner: null for the national catalog. */
  ownerProvince: ProvinceRef | null;
  originProvince: ProvinceRef | null;
  launchedOn: Date | null;
  /** Points the viewer can see that are not dissolved. */
  points: number;
  recognitionLevels: RecognitionLevel[];
}

export interface ModelListPage {
  rows: ModelListItem[];
  /** Cursor of the next page, when there is one. */
  next: string | null;
  total: number;
}

/** A pre-2025 commune as it was named: "Xã Phong Thạnh", "Thị xã Giá Rai", "Tỉnh Bạc Liêu". */
export interface FormerPlace {
  id: number;
  name: string;
  districtName: string;
  provinceName: string;
}

export interface CommunePlace {
  id: number;
  name: string;
  kind: CommuneKind;
  province: ProvinceRef;
}

export interface RecognitionItem {
  id: string;
  level: RecognitionLevel;
  issuer: string | null;
  decisionNumber: string | null;
  decidedOn: Date | null;
  note: string | null;
  /** The viewer may remove it (a province's own province-level recognition). */
  removable: boolean;
}

export interface ModelDetail {
  id: string;
  name: string;
  field: ModelField;
  description: string | null;
  goals: string | null;
  status: ModelStatus;
  retiredOn: Date | null;
  retiredReason: string | null;
  launchedOn: Date | null;
  version: number;
  ownerProvince: ProvinceRef | null;
  originProvince: ProvinceRef | null;
  originCommune: CommunePlace | null;
  originFormer: FormerPlace | null;
  recognitions: RecognitionItem[];
  /** The viewer keeps this model (edit, retire). */
  editable: boolean;
  /** Recognition levels the viewer may record for it. */
  recognitionLevels: RecognitionLevel[];
}

export interface PointItem {
  id: string;
  name: string;
  status: PointStatus;
  establishedOn: Date;
  commune: { id: number; name: string };
  province: string;
  formerCommune: string | null;
}

/** "57/64 xã, phường, thị trấn": communes with a point, of all communes of a unit. */
export interface Coverage {
  covered: number;
  of: number;
}

export interface ProvinceCoverage {
  province: ProvinceRef;
  /** Today's communes of the province with a point of the model. */
  today: Coverage;
  /** For pre-2025 data: the communes of each former province of that time. */
  former: { formerProvinceId: number; name: string; coverage: Coverage }[];
}

export interface CommuneCount {
  communeId: number;
  name: string;
  points: number;
}

export interface ModelReach {
  points: PointItem[];
  /** Not dissolved; all of the viewer's scope (the list may be cut at `points.length`). */
  pointTotal: number;
  byCommune: CommuneCount[];
  coverage: ProvinceCoverage[];
  activeTeams: number;
  openMemberships: number;
  /** People with an open membership (one person may be in two teams). */
  members: number;
}

export interface ModelConflict {
  name: string;
  field: ModelField;
  launchedOn: string | null;
  status: ModelStatus;
  retiredReason: string | null;
  version: number;
}

export interface OriginOption {
  /** "c:123" (a commune of today) or "f:456" (a pre-2025 commune). */
  value: string;
  label: string;
  /** What the search compares (lib/search/search-key.ts of the label). */
  key: string;
  former: boolean;
}

export interface ModelFormOptions {
  /** For the ministry: the provinces a catalog model may begin in. */
  provinces: ProvinceRef[];
  /** The origin province whose communes are offered (the province's own for a province). */
  originProvinceId: number | null;
  origins: OriginOption[];
}
