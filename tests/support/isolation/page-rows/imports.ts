// Rows of the page isolation matrix for the imports pages (tests/support/isolation/pages.ts).
// Only types come from ../pages: it imports this file, so a value from it would not be defined yet.
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

const every = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});
const provinceRole = (actor: ActorKey) => actor === "provinceAdmin" || actor === "provinceOfficer";

export const IMPORTS_PAGE_ROWS: Record<string, PageRow> = {
  // The import page asked for the target commune: rosters.edit only; a commune officer always
  // gets their own commune, a province officer a commune of their province (another province's
  // is ignored), so no other scope's commune is ever named.
  "/rosters/import": {
    target: `select id::text as id, name from "Commune" where code = $1 and $2::text is not null`,
    path: (t) => `/rosters/import?commune=${t.id}`,
    expected: {
      ministryAdmin: every("notFound"),
      ministryAnalyst: every("notFound"),
      provinceAdmin: every("page"),
      provinceOfficer: every("page"),
      communeOfficer: every("page"),
    },
    mayShowTarget: (actor, target) =>
      target === "own" || (target === "otherCommune" && provinceRole(actor)),
  },
};
