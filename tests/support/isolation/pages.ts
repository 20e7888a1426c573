// The page half of the isolation harness: every page route (found by listing app/**/page.tsx, so a
// new page cannot be missed), requested over HTTP as each demo role, with ids taken from the
// actor's own scope, another commune and another province. A row says what each actor gets —
// the page, "not found" (404), or the sign-in page — and what the answer must never contain.
// tests/e2e/page-isolation.spec.ts runs the rows; a route without a row fails there.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ActorKey, TargetKey } from "./keys";
import { EVALUATIONS_PAGE_ROWS } from "./page-rows/evaluations";
import { DASHBOARDS_PAGE_ROWS } from "./page-rows/dashboards";
import { IMPORTS_PAGE_ROWS } from "./page-rows/imports";
import { MODELS_PAGE_ROWS } from "./page-rows/models";
import { POINTS_PAGE_ROWS } from "./page-rows/points";
import { REPORTING_ADMIN_PAGE_ROWS } from "./page-rows/reporting-admin";
import { REPORTS_PAGE_ROWS } from "./page-rows/reports";
import { ROSTERS_PAGE_ROWS } from "./page-rows/rosters";
import { SUMMARY_PAGE_ROWS } from "./page-rows/summary";

/** Page routes as URL patterns without the locale: "/users/[id]", "/" … */
/**
 * Page and route-handler routes as URL patterns without the locale: "/users/[id]", "/" … and
 * "/api/health" (route handlers outside [locale] keep their path). Any page.* or route.* file.
 */
export function pageRoutes(root = "app"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry)) {
        const segments = relative(root, dir)
          .split(sep)
          .filter((s) => s !== "" && s !== "[locale]" && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The demo users who play each actor (README: demo logins). Cà Mau, Phường Giá Rai. */
export const DEMO_ACTORS: Record<ActorKey, string> = {
  ministryAdmin: "bo.quantri",
  ministryAnalyst: "bo.phantich",
  provinceAdmin: "camau.quantri",
  provinceOfficer: "camau.canbo",
  communeOfficer: "giarai.canbo",
};

/**
 * A user in each target unit, whose id and name the dynamic pages are asked for: demo users in
 * another commune and province; in the actors' own commune one the spec adds (the commune officer
 * must not be their own target).
 */
export const DEMO_TARGETS: Record<TargetKey, string> = {
  own: "e2e.giarai.muctieu",
  otherCommune: "hunghoi.canbo",
  otherProvince: "hagiang2.canbo",
};

/**
 * The page itself (200), 404, the sign-in page, the home page (a signed-in user on /sign-in), or a
 * route handler's refusal (403), or a method the route does not answer (405: a GET of a POST route).
 */
export type PageAnswer = "page" | "notFound" | "signIn" | "home" | "forbidden" | "notAllowed";

/** What a dynamic page is asked for: an entity of the target's commune (by default a user). */
export interface PageTarget {
  id: string;
  /** What the page would show of it, and must not show where the actor may not see it. */
  name: string;
  username?: string;
}

export interface PageRow {
  /**
   * SQL on the e2e database that returns one row `{ id, name }` of the entity the page is asked
   * for, in the target commune (`$1`: the commune's code, `$2`: the province's code). Without it
   * the target is the demo user of DEMO_TARGETS.
   */
  target?: string;
  /** Builds the path after the locale ("" for the locale's home). */
  path(target: PageTarget): string;
  expected: Record<ActorKey, Record<TargetKey, PageAnswer>>;
  /** Whether the answer may name the target (its `name`), by actor and target. */
  mayShowTarget: (actor: ActorKey, target: TargetKey) => boolean;
}

export const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});
export const sameFor = (
  answer: Record<TargetKey, PageAnswer>,
): Record<ActorKey, Record<TargetKey, PageAnswer>> => ({
  ministryAdmin: answer,
  ministryAnalyst: answer,
  provinceAdmin: answer,
  provinceOfficer: answer,
  communeOfficer: answer,
});

/** Who sees the users of which target (users.view: the ministry admin all, a province admin its own). */
const USERS_VIEW: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("notFound"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: all("notFound"),
  communeOfficer: all("notFound"),
};
const seesUser = (actor: ActorKey, target: TargetKey) => USERS_VIEW[actor][target] === "page";
const nobodyNamed = () => false;

export const PAGE_ROWS: Record<string, PageRow> = {
  ...MODELS_PAGE_ROWS,
  ...POINTS_PAGE_ROWS,
  ...ROSTERS_PAGE_ROWS,
  ...IMPORTS_PAGE_ROWS,
  ...REPORTING_ADMIN_PAGE_ROWS,
  ...EVALUATIONS_PAGE_ROWS,
  ...DASHBOARDS_PAGE_ROWS,
  ...REPORTS_PAGE_ROWS,
  ...SUMMARY_PAGE_ROWS,
  "/": { path: () => "", expected: sameFor(all("page")), mayShowTarget: nobodyNamed },
  "/[...rest]": {
    path: (t) => `/khong-co-trang-nay/${t.id}`,
    expected: sameFor(all("notFound")),
    mayShowTarget: nobodyNamed,
  },
  "/api/imports/preview": {
    path: () => "/api/imports/preview",
    expected: sameFor(all("notAllowed")), // POST only: the file is sent, never fetched
    mayShowTarget: nobodyNamed,
  },
  "/api/imports/template": {
    path: () => "/api/imports/template",
    // Every role that imports (rosters.edit) downloads it; without ?communeId a province's
    // officers get the template with a generic example.
    expected: {
      ministryAdmin: all("forbidden"),
      ministryAnalyst: all("forbidden"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: nobodyNamed,
  },
  "/api/rosters/export": {
    // The target commune's roster, as an .xlsx (its text is compressed: names are not checked).
    target: `select id::text as id, name from "Commune" where code = $1`,
    path: (t) => `/api/rosters/export?commune=${t.id}`,
    // Whoever reads the commune's roster exports it: the ministry any commune; a province its
    // own; a commune officer always gets their own commune's roster, whatever commune is named.
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
      provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
      communeOfficer: all("page"),
    },
    mayShowTarget: () => true,
  },
  "/models/export": {
    path: () => "/models/export",
    expected: sameFor(all("page")),
    mayShowTarget: () => true,
  },
  "/points/export": {
    path: () => "/points/export",
    expected: sameFor(all("page")),
    mayShowTarget: () => true,
  },
  "/api/health": {
    path: () => "/api/health",
    expected: sameFor(all("page")),
    mayShowTarget: nobodyNamed,
  },
  "/account/password": {
    path: (t) => `/account/password?id=${t.id}`,
    expected: sameFor(all("page")),
    mayShowTarget: nobodyNamed,
  },
  "/audit": {
    // The audit trail filtered on the target user: only the ministry and the target's own
    // province may see rows about them.
    path: (t) => `/audit?user=${t.username ?? ""}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("notFound"),
      communeOfficer: all("notFound"),
    },
    // Only the ministry and the target's own province may see rows about them.
    mayShowTarget: (actor, target) =>
      actor === "ministryAdmin" || (actor === "provinceAdmin" && target !== "otherProvince"),
  },
  "/search": {
    // A person of the target commune, searched for by name: only a scope that holds them finds them.
    target: `select p.id::text as id, p."fullName" as name from "Person" p
               join "Commune" c on c.id = p."communeId" where c.code = $1 order by p.id limit 1`,
    path: (t) => `/search?q=${encodeURIComponent(t.name)}`,
    expected: sameFor(all("page")),
    mayShowTarget: () => true, // the query is echoed in the search box; the hits are checked below
  },
  "/sign-in": {
    path: () => "/sign-in",
    expected: sameFor(all("home")), // signed in: sent on to the portal,
    mayShowTarget: nobodyNamed,
  },
  "/users": {
    path: (t) => `/users?q=${t.username ?? ""}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("notFound"),
      communeOfficer: all("notFound"),
    },
    mayShowTarget: seesUser,
  },
  "/users/[id]": {
    path: (t) => `/users/${t.id}`,
    expected: USERS_VIEW,
    mayShowTarget: seesUser,
  },
};
