// Rows of the page isolation matrix for the summary report (tests/support/isolation/pages.ts):
// the download form and the .docx route, asked for the target's province.
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

// pages.ts imports this file: its helpers are not defined yet when this module runs.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});

const PROVINCE_OF_TARGET = `select id::text as id, name from "Province" where code = $2 and $1::text is not null`;

/** The ministry drafts for any province, a province's officers for their own, a commune none. */
const SUMMARY: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: all("forbidden"),
};

export const SUMMARY_PAGE_ROWS: Record<string, PageRow> = {
  "/summary": {
    target: PROVINCE_OF_TARGET,
    // Another province's id in the query is ignored: the form offers only the officer's own.
    path: (t) => `/summary?province=${t.id}&year=2023`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("notFound"),
    },
    // Only the ministry's form lists other provinces.
    mayShowTarget: (actor, target) =>
      actor === "ministryAdmin" || actor === "ministryAnalyst" || target !== "otherProvince",
  },
  "/api/summary": {
    target: PROVINCE_OF_TARGET,
    path: (t) => `/api/summary?province=${t.id}&year=2023`,
    expected: SUMMARY,
    // The .docx is compressed: a name would not show in its bytes; the status is what is checked.
    mayShowTarget: () => true,
  },
};
