// Rows of the page isolation matrix for the quarterly reports (tests/support/isolation/pages.ts):
// the worklist asked for the target's commune, and a point's report form of 2026 Q4.
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

type Table = Record<ActorKey, Record<TargetKey, PageAnswer>>;

// pages.ts imports this file: its helpers are not defined yet when this one runs.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});

const COMMUNE = `select c.id::text as id, c.name from "Commune" c
  join "Province" pr on pr.id = c."provinceId" where c.code = $1 and pr.code = $2`;
// A point that must report for 2026 Q4 (active, established before the quarter ended).
const ACTIVE_POINT = `select p.id::text as id, p.name from "ReplicationPoint" p
  join "Commune" c on c.id = p."communeId" join "Province" pr on pr.id = c."provinceId"
  where c.code = $1 and pr.code = $2 and p.status = 'ACTIVE' and p."establishedOn" <= '2026-12-31'
  order by length(p.name) desc, p.id limit 1`;

/** reports.view with the scope: the ministry reads all, a province its own, a commune its own. */
const REPORT_READ: Table = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "notFound", otherProvince: "notFound" },
};
const readsReport = (actor: ActorKey, target: TargetKey) => REPORT_READ[actor][target] === "page";

export const REPORTS_PAGE_ROWS: Record<string, PageRow> = {
  "/reports": {
    // The worklist filtered on the target's commune: a province reads its own communes' lists (its
    // filter names every one of them); another province's commune gives an empty list; a commune
    // officer always gets their own commune's list, whatever commune is asked for.
    target: COMMUNE,
    path: (t) => `/reports?commune=${t.id}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: readsReport,
  },
  "/reports/form": {
    target: ACTIVE_POINT,
    path: (t) => `/reports/form?point=${t.id}&year=2026&quarter=4`,
    expected: REPORT_READ,
    mayShowTarget: readsReport,
  },
};
