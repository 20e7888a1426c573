import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

// The one map from role to permissions. Actions declare the permission they need
// (`authAction({ schema, permission: "reports.approve" }, …)`); pages call `requirePermission`.
// Scope (which province or commune) is a separate check: a permission says what a role may do,
// the scope says where.

export const PERMISSIONS = [
  "overview.view",
  "dashboards.national",
  "dashboards.province",
  "catalog.edit", // the national catalog of models and of report indicators
  "models.edit", // a province's own models and recognitions
  "points.edit",
  "units.edit", // residential areas, agencies, enterprises, schools
  "rosters.view",
  "rosters.edit",
  "rosters.citizen-id", // see citizen ID numbers unmasked
  "reports.view",
  "reports.edit",
  "reports.submit",
  "reports.approve",
  "reports.reopen",
  "periods.reopen",
  "safety.edit", // "An toàn về ANTT" results and the communes' yearly titles
  "safety.register", // register residential areas, agencies, enterprises, schools for a year
  "ratings.edit", // yearly ratings of grassroots security teams
  "awards.edit",
  "users.view",
  "users.manage",
  "audit.view",
  "account.password",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = [
  "overview.view",
  "account.password",
  "reports.view",
  "rosters.view",
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  MINISTRY_ADMIN: [
    ...EVERYONE,
    "dashboards.national",
    "dashboards.province",
    "catalog.edit",
    "users.view",
    "users.manage",
    "audit.view",
  ],
  MINISTRY_ANALYST: [...EVERYONE, "dashboards.national", "dashboards.province"],
  PROVINCE_ADMIN: [
    ...EVERYONE,
    "dashboards.province",
    "models.edit",
    "points.edit",
    "units.edit",
    "rosters.edit",
    "rosters.citizen-id",
    "reports.edit",
    "reports.submit",
    "reports.approve",
    "reports.reopen",
    "periods.reopen",
    "safety.edit",
    "safety.register",
    "ratings.edit",
    "awards.edit",
    "users.view",
    "users.manage",
    "audit.view",
  ],
  PROVINCE_OFFICER: [
    ...EVERYONE,
    "dashboards.province",
    "models.edit",
    "points.edit",
    "units.edit",
    "rosters.edit",
    "rosters.citizen-id",
    "reports.edit",
    "reports.submit",
    "reports.approve",
    "reports.reopen",
    "safety.edit",
    "safety.register",
    "ratings.edit",
    "awards.edit",
  ],
  COMMUNE_OFFICER: [
    ...EVERYONE,
    "units.edit",
    "rosters.edit",
    "rosters.citizen-id",
    "reports.edit",
    "reports.submit",
    "safety.register",
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles a user of `role` may create or edit: never more power than their own. */
export const MANAGEABLE_ROLES: Record<Role, readonly Role[]> = {
  MINISTRY_ADMIN: ["MINISTRY_ADMIN", "MINISTRY_ANALYST", "PROVINCE_ADMIN"],
  MINISTRY_ANALYST: [],
  PROVINCE_ADMIN: ["PROVINCE_OFFICER", "COMMUNE_OFFICER"],
  PROVINCE_OFFICER: [],
  COMMUNE_OFFICER: [],
};
