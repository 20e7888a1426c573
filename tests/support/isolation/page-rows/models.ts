// Rows of the page isolation matrix for the models pages (tests/support/isolation/pages.ts). The
// target is a province's own model — one run in the target commune where there is one — so that
// another province's officers must get "not found", and its name nowhere.
import { searchKey } from "@/lib/search/search-key";
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

// Not pages.ts's own helper: pages.ts imports this file, so a value from it is not there yet.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});

const OWN_MODEL = `
  select m.id::text, m.name
    from "Model" m
    join "Province" pr on pr.code = $2
    join "Commune" c on c.code = $1 and c."provinceId" = pr.id
   where m."provinceId" = pr.id
   order by exists (select 1 from "ReplicationPoint" p where p."modelId" = m.id and p."communeId" = c.id) desc,
            m.name
   limit 1`;

/** Who reads a province's own model: the ministry, and that province with its communes. */
const READS: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
};
const reads = (actor: ActorKey, target: TargetKey) => READS[actor][target] === "page";

/** Who keeps it: the province's administrators and officers (the ministry keeps the catalog). */
const KEEPS: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ministryAdmin: all("notFound"),
  ministryAnalyst: all("notFound"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: all("notFound"),
};

export const MODELS_PAGE_ROWS: Record<string, PageRow> = {
  "/models": {
    target: OWN_MODEL,
    // The list searched for the target's name, typed without diacritics (the search box shows it
    // back): only those who read the model may find it.
    path: (t) => `/models?q=${encodeURIComponent(searchKey(t.name))}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: reads,
  },
  "/models/[id]": {
    target: OWN_MODEL,
    path: (t) => `/models/${t.id}`,
    expected: READS,
    mayShowTarget: reads,
  },
  "/models/[id]/edit": {
    target: OWN_MODEL,
    path: (t) => `/models/${t.id}/edit`,
    expected: KEEPS,
    mayShowTarget: (actor, target) => KEEPS[actor][target] === "page",
  },
  "/models/new": {
    target: OWN_MODEL,
    path: (t) => `/models/new?id=${t.id}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("notFound"),
    },
    mayShowTarget: () => false,
  },
};
