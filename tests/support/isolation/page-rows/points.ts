// Rows of the page isolation matrix for the points and places pages (tests/support/isolation/pages.ts).
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

type Table = Record<ActorKey, Record<TargetKey, PageAnswer>>;

// pages.ts imports this file: its helpers are not defined yet when this one runs.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});

const POINT_IN_COMMUNE = `select p.id::text as id, p.name from "ReplicationPoint" p
  join "Commune" c on c.id = p."communeId" join "Province" pr on pr.id = c."provinceId"
  where c.code = $1 and pr.code = $2 order by p.id limit 1`;
// The longest name: a short one ("Ấp 1") is also an example in the form's hints, which every page
// carries in its messages.
const AREA_IN_COMMUNE = `select a.id::text as id, a.name from "ResidentialArea" a
  join "Commune" c on c.id = a."communeId" join "Province" pr on pr.id = c."provinceId"
  where c.code = $1 and pr.code = $2 order by length(a.name) desc, a.id limit 1`;
const COMMUNE = `select c.id::text as id, c.name from "Commune" c
  join "Province" pr on pr.id = c."provinceId" where c.code = $1 and pr.code = $2`;

/** Who reads a point of which target: the ministry all, a province its own, a commune its own. */
const POINT_READ: Table = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "notFound", otherProvince: "notFound" },
};
const readsPoint = (actor: ActorKey, target: TargetKey) => POINT_READ[actor][target] === "page";

/** units.edit: the province's staff and commune officers; the ministry keeps no places. */
const PLACE_READ: Table = {
  ministryAdmin: all("notFound"),
  ministryAnalyst: all("notFound"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "notFound", otherProvince: "notFound" },
};
const readsPlace = (actor: ActorKey, target: TargetKey) => PLACE_READ[actor][target] === "page";

const inOwnProvince = (actor: ActorKey, target: TargetKey) =>
  (actor === "provinceAdmin" || actor === "provinceOfficer") && target !== "otherProvince";

export const POINTS_PAGE_ROWS: Record<string, PageRow> = {
  "/points": {
    target: POINT_IN_COMMUNE,
    // Searched by all of the name but its last letter: the search box repeats what was typed.
    path: (t) => `/points?q=${encodeURIComponent(t.name.slice(0, -1))}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: readsPoint,
  },
  "/points/[id]": {
    target: POINT_IN_COMMUNE,
    // As the dashboards' drill-down opens it: the point's figure of the period shows too.
    path: (t) => `/points/${t.id}?from=2024-1&to=2024-4`,
    expected: POINT_READ,
    mayShowTarget: readsPoint,
  },
  "/points/new": {
    // The commune of step two: another province's commune is ignored (back to step one).
    target: COMMUNE,
    path: (t) => `/points/new?commune=${t.id}`,
    expected: {
      ministryAdmin: all("notFound"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("notFound"),
    },
    mayShowTarget: inOwnProvince,
  },
  "/places": {
    target: COMMUNE,
    path: (t) => `/places?commune=${t.id}`,
    expected: {
      ministryAdmin: all("notFound"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      // Always their own commune, whatever commune is asked for.
      communeOfficer: all("page"),
    },
    mayShowTarget: (actor, target) =>
      inOwnProvince(actor, target) || (actor === "communeOfficer" && target === "own"),
  },
  "/places/[id]": {
    target: AREA_IN_COMMUNE,
    path: (t) => `/places/${t.id}`,
    expected: PLACE_READ,
    mayShowTarget: readsPlace,
  },
};
