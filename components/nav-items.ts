import { hasPermission, type Permission, type Role } from "@/lib/auth/permissions";

// What the menu offers follows the permissions map; the pages check again on the server.
type NavKey =
  | "overview"
  | "dashboard"
  | "models"
  | "points"
  | "reports"
  | "places"
  | "indicators"
  | "periods"
  | "completeness"
  | "summary"
  | "teams"
  | "imports"
  | "search"
  | "safety"
  | "ratings"
  | "awards"
  | "users"
  | "audit"
  | "account";
const ITEMS: readonly { href: string; key: NavKey; permission: Permission }[] = [
  { href: "/", key: "overview", permission: "overview.view" },
  { href: "/dashboard", key: "dashboard", permission: "overview.view" },
  // Every signed-in role reads the models (the catalog and its province's own).
  { href: "/models", key: "models", permission: "overview.view" },
  { href: "/points", key: "points", permission: "overview.view" },
  { href: "/reports", key: "reports", permission: "reports.view" },
  { href: "/places", key: "places", permission: "units.edit" },
  { href: "/indicators", key: "indicators", permission: "reports.view" },
  { href: "/periods", key: "periods", permission: "reports.view" },
  { href: "/completeness", key: "completeness", permission: "reports.view" },
  // The ministry and the provinces draft their summary report; a commune writes none.
  { href: "/summary", key: "summary", permission: "dashboards.province" },
  { href: "/teams", key: "teams", permission: "rosters.view" },
  { href: "/rosters/import", key: "imports", permission: "rosters.edit" },
  { href: "/search", key: "search", permission: "rosters.view" },
  // Yearly evaluations: read by every role in its scope, edited by the province (and registered by communes).
  { href: "/safety", key: "safety", permission: "overview.view" },
  { href: "/ratings", key: "ratings", permission: "overview.view" },
  { href: "/awards", key: "awards", permission: "overview.view" },
  { href: "/users", key: "users", permission: "users.view" },
  { href: "/audit", key: "audit", permission: "audit.view" },
  { href: "/account/password", key: "account", permission: "account.password" },
];

/** The menu entries a role may use, in order (the header translates their names on the server). */
export function navItemsFor(role: Role): readonly { href: string; key: NavKey }[] {
  return ITEMS.filter((item) => hasPermission(role, item.permission));
}
