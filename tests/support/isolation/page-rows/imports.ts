// Rows of the page isolation matrix for the imports pages (tests/support/isolation/pages.ts).
import { all, type PageRow } from "../pages";

export const IMPORTS_PAGE_ROWS: Record<string, PageRow> = {
  // The import page asked for the target commune: rosters.edit only; a commune officer always
  // gets their own commune, a province officer a commune of their province (another province's
  // is ignored), so no other scope's commune is ever named.
  "/rosters/import": {
    target: `select id::text as id, name from "Commune" where code = $1 and $2::text is not null`,
    path: (t) => `/rosters/import?commune=${t.id}`,
    expected: {
      ministryAdmin: all("notFound"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: (actor, target) =>
      target === "own" ||
      (target === "otherCommune" && (actor === "provinceAdmin" || actor === "provinceOfficer")),
  },
};
