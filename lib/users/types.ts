import type { CommuneKind } from "@/lib/units/commune-kind";
import type { Role } from "@/lib/auth/permissions";

// What the users pages show. Plain data: components import these types, never the database.

export interface UserListItem {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  provinceName: string | null;
  communeName: string | null;
  /** Xã, phường or đặc khu: a commune officer's role is named after it. */
  communeKind: CommuneKind | null;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  /** The viewer may edit, deactivate and reset this user. */
  manageable: boolean;
}

export interface UserList {
  rows: UserListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface UserDetail extends UserListItem {
  provinceId: number | null;
  communeId: number | null;
  createdAt: Date;
  passwordChangedAt: Date;
  /** The version the edit form sends back: a save over a newer one is refused. */
  version: number;
  isSelf: boolean;
}

export interface UnitOption {
  id: number;
  name: string;
}

export interface CommuneOption extends UnitOption {
  kind: "COMMUNE" | "WARD" | "SPECIAL_ZONE";
}

/** What the create and edit forms offer the viewer. */
export interface UserFormOptions {
  /** Roles the viewer may give. */
  roles: Role[];
  /** Provinces, for the ministry (a province administrator's province); empty for a province. */
  provinces: UnitOption[];
  /** Communes of the viewer's province, for a commune officer; empty for the ministry. */
  communes: CommuneOption[];
}

/** What someone else saved meanwhile, sent back with a refused save and shown beside the form. */
export interface UserConflict {
  fullName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
  active: boolean;
  version: number;
}
