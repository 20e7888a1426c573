// Rows of the page isolation matrix for the indicator catalog, the periods and the reporting rates.
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

// pages.ts imports this file: its helpers are not defined yet when this one runs.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});
const everyone = (answer: PageAnswer): Record<ActorKey, Record<TargetKey, PageAnswer>> => ({
  ministryAdmin: all(answer),
  ministryAnalyst: all(answer),
  provinceAdmin: all(answer),
  provinceOfficer: all(answer),
  communeOfficer: all(answer),
});
const ministryAdminOnly: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ...everyone("notFound"),
  ministryAdmin: all("page"),
};

const COMMUNE = `select c.id::text as id, c.name from "Commune" c
  join "Province" pr on pr.id = c."provinceId" where c.code = $1 and pr.code = $2`;
// The catalog is national: any indicator or rule (the target's units do not matter).
const INDICATOR = `select id::text as id, "nameVi" as name from "Indicator"
  where $1::text is not null and $2::text is not null order by id limit 1`;
const RULE = `select id::text as id, "messageVi" as name from "ValidationRule"
  where $1::text is not null and $2::text is not null order by id limit 1`;

/** Commune names: the ministry and the province's staff of their province, a commune its own. */
const seesCommune = (actor: ActorKey, target: TargetKey) =>
  actor === "ministryAdmin" || actor === "ministryAnalyst"
    ? true
    : actor === "communeOfficer"
      ? target === "own"
      : target !== "otherProvince";

export const REPORTING_ADMIN_PAGE_ROWS: Record<string, PageRow> = {
  "/indicators": {
    target: INDICATOR,
    path: () => "/indicators",
    expected: everyone("page"),
    mayShowTarget: () => true,
  },
  "/indicators/new": {
    path: () => "/indicators/new",
    expected: ministryAdminOnly,
    mayShowTarget: () => false,
  },
  "/indicators/[id]": {
    target: INDICATOR,
    path: (t) => `/indicators/${t.id}`,
    expected: ministryAdminOnly,
    mayShowTarget: (actor) => actor === "ministryAdmin",
  },
  "/indicators/rules/new": {
    path: () => "/indicators/rules/new",
    expected: ministryAdminOnly,
    mayShowTarget: () => false,
  },
  "/indicators/rules/[id]": {
    target: RULE,
    path: (t) => `/indicators/rules/${t.id}`,
    expected: ministryAdminOnly,
    mayShowTarget: (actor) => actor === "ministryAdmin",
  },
  "/periods": {
    target: COMMUNE,
    path: () => "/periods",
    expected: everyone("page"),
    mayShowTarget: seesCommune,
  },
  "/completeness": {
    target: COMMUNE,
    path: () => "/completeness?year=2024",
    expected: everyone("page"),
    mayShowTarget: seesCommune,
  },
};
