// Rows of the page isolation matrix for the dashboards (tests/support/isolation/pages.ts). The
// address names the target commune; the viewer's scope decides what opens: the ministry that
// commune's view, a province officer their own province (never another province's commune), a
// commune officer always their own commune. Never a 500, never the other scope's name.
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

type Table = Record<ActorKey, Record<TargetKey, PageAnswer>>;

const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});
const everyone = (answer: PageAnswer): Table => ({
  ministryAdmin: all(answer),
  ministryAnalyst: all(answer),
  provinceAdmin: all(answer),
  provinceOfficer: all(answer),
  communeOfficer: all(answer),
});

const COMMUNE = `select c.id::text as id, c.name from "Commune" c
  join "Province" pr on pr.id = c."provinceId" where c.code = $1 and pr.code = $2`;

/** Whose scope holds the target commune (its name may show). */
const seesCommune = (actor: ActorKey, target: TargetKey): boolean => {
  if (actor === "ministryAdmin" || actor === "ministryAnalyst") return true;
  if (actor === "communeOfficer") return target === "own";
  return target !== "otherProvince";
};

export const DASHBOARDS_PAGE_ROWS: Record<string, PageRow> = {
  "/dashboard": {
    target: COMMUNE,
    path: (t) => `/dashboard?commune=${t.id}&from=2024-1&to=2024-4`,
    expected: everyone("page"),
    mayShowTarget: seesCommune,
  },
  "/dashboard/reports": {
    target: COMMUNE,
    path: (t) => `/dashboard/reports?commune=${t.id}&from=2023-1&to=2024-4`,
    expected: everyone("page"),
    mayShowTarget: seesCommune,
  },
  "/dashboard/export": {
    // An .xlsx (its text is compressed: names are not checked); out of scope falls back to the
    // viewer's own commune or province.
    target: COMMUNE,
    path: (t) => `/dashboard/export?commune=${t.id}&table=roster`,
    expected: everyone("page"),
    mayShowTarget: () => true,
  },
  "/dashboard/populations": {
    path: () => "/dashboard/populations",
    expected: {
      ...everyone("notFound"),
      ministryAdmin: all("page"),
    },
    mayShowTarget: () => false,
  },
};
