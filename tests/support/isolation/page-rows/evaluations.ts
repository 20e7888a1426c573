// Rows of the page isolation matrix for the yearly evaluations: "An toàn về ANTT", ratings, awards
// (tests/support/isolation/pages.ts).
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
// An award in the target commune. The demo's awards are where their provinces published them (none
// in Tuyên Quang), so the matrix makes one per commune the first time it asks, and finds it after.
const AWARD_IN_COMMUNE = `with target as (
    select c.id, c."provinceId" from "Commune" c join "Province" pr on pr.id = c."provinceId"
    where c.code = $1 and pr.code = $2),
  existing as (
    select a.id::text as id, a."recipientName" as name from "Award" a join target t on t.id = a."communeId"
    where a."recipientName" = 'Tập thể ma trận trang ' || $1),
  made as (
    insert into "Award" (id, "provinceId", "communeId", kind, issuer, "recipientKind", "recipientName",
      "decisionNumber", "awardedOn", "updatedAt")
    select gen_random_uuid(), t."provinceId", t.id, 'COMMENDATION', 'POLICE_DIRECTOR', 'COLLECTIVE',
      'Tập thể ma trận trang ' || $1, '1/QĐ-CAT', date '2026-01-15', now()
    from target t where not exists (select 1 from existing)
    returning id::text as id, "recipientName" as name)
  select id, name from existing union all select id, name from made limit 1`;

/** Who reads a commune's evaluations: the ministry all, a province its own, a commune its own. */
const COMMUNE_READ: Table = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "notFound", otherProvince: "notFound" },
};
const reads = (actor: ActorKey, target: TargetKey) => COMMUNE_READ[actor][target] === "page";

const inOwnProvince = (actor: ActorKey, target: TargetKey) =>
  (actor === "provinceAdmin" || actor === "provinceOfficer") && target !== "otherProvince";

/** The province's own staff only (safety.edit, ratings.edit, awards.edit pages). */
const PROVINCE_ONLY: Table = {
  ministryAdmin: all("notFound"),
  ministryAnalyst: all("notFound"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: all("notFound"),
};

const EVERYONE: Table = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: all("page"),
  provinceOfficer: all("page"),
  communeOfficer: all("page"),
};

export const EVALUATIONS_PAGE_ROWS: Record<string, PageRow> = {
  "/safety": {
    target: COMMUNE,
    path: () => "/safety?year=2023",
    expected: EVERYONE,
    mayShowTarget: reads,
  },
  "/safety/[communeId]": {
    target: COMMUNE,
    path: (t) => `/safety/${t.id}?year=2026`,
    expected: COMMUNE_READ,
    mayShowTarget: reads,
  },
  "/ratings": {
    target: COMMUNE,
    path: () => "/ratings?year=2025",
    expected: EVERYONE,
    mayShowTarget: reads,
  },
  "/ratings/teams": {
    target: COMMUNE,
    path: (t) => `/ratings/teams?commune=${t.id}&year=2025`,
    expected: PROVINCE_ONLY,
    mayShowTarget: inOwnProvince,
  },
  "/awards": {
    target: AWARD_IN_COMMUNE,
    path: () => "/awards",
    expected: EVERYONE,
    mayShowTarget: reads,
  },
  "/awards/new": {
    // The form offers the communes of the officer's own province.
    target: COMMUNE,
    path: () => "/awards/new",
    expected: {
      ministryAdmin: all("notFound"),
      ministryAnalyst: all("notFound"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("notFound"),
    },
    mayShowTarget: inOwnProvince,
  },
  "/awards/[id]": {
    target: AWARD_IN_COMMUNE,
    path: (t) => `/awards/${t.id}`,
    expected: COMMUNE_READ,
    mayShowTarget: reads,
  },
  "/awards/export": {
    // An .xlsx of the caller's own scope (compressed: names are not checked).
    path: () => "/awards/export",
    expected: EVERYONE,
    mayShowTarget: () => true,
  },
};
