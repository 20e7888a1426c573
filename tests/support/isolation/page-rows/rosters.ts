// Rows of the page isolation matrix for the rosters pages (tests/support/isolation/pages.ts).
import type { ActorKey, TargetKey } from "../keys";
import type { PageAnswer, PageRow } from "../pages";

// pages.ts imports this file: its helpers are not defined yet when this module runs.
const all = (answer: PageAnswer): Record<TargetKey, PageAnswer> => ({
  own: answer,
  otherCommune: answer,
  otherProvince: answer,
});

/** rosters.view: the ministry reads every province, a province its own, a commune its own. */
const ROSTER_VIEW: Record<ActorKey, Record<TargetKey, PageAnswer>> = {
  ministryAdmin: all("page"),
  ministryAnalyst: all("page"),
  provinceAdmin: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  provinceOfficer: { own: "page", otherCommune: "page", otherProvince: "notFound" },
  communeOfficer: { own: "page", otherCommune: "notFound", otherProvince: "notFound" },
};
const withoutDiacritics = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();

const seesRoster = (actor: ActorKey, target: TargetKey) => ROSTER_VIEW[actor][target] === "page";

// A team and a person of the target commune: the demo's own when it has one, else one made here
// (a data-modifying CTE, so the query stays one statement that returns one row).
const TEAM_IN_COMMUNE = `
  with c as (
    select id, "provinceId" from "Commune"
     where code = $1 and "provinceId" = (select id from "Province" where code = $2)),
  found as (
    select t.id::text as id, t.name from "Team" t join c on c.id = t."communeId"
    order by t.id limit 1),
  made as (
    insert into "Team" (id, "provinceId", "communeId", kind, name, "updatedAt")
    select gen_random_uuid(), c."provinceId", c.id, 'GRASSROOTS_SECURITY',
           'Tổ bảo vệ ANTT Ma Trận ' || $1, now()
      from c where not exists (select 1 from found)
    returning id::text as id, name)
  select * from found union all select * from made`;

const PERSON_IN_COMMUNE = `
  with c as (
    select id, "provinceId" from "Commune"
     where code = $1 and "provinceId" = (select id from "Province" where code = $2)),
  found as (
    select p.id::text as id, p."fullName" as name from "Person" p join c on c.id = p."communeId"
    order by p.id limit 1),
  made as (
    insert into "Person" (id, "provinceId", "communeId", "fullName", gender, "updatedAt")
    select gen_random_uuid(), c."provinceId", c.id, 'Người Ma Trận ' || $1, 'MALE', now()
      from c where not exists (select 1 from found)
    returning id::text as id, "fullName" as name)
  select * from found union all select * from made`;

export const ROSTERS_PAGE_ROWS: Record<string, PageRow> = {
  "/teams": {
    target: TEAM_IN_COMMUNE,
    // Asked without diacritics (as officers type): the search box echoes the query, and the
    // name as written must appear only in a list that shows the team.
    path: (t) => `/teams?q=${encodeURIComponent(withoutDiacritics(t.name))}`,
    expected: {
      ministryAdmin: all("page"),
      ministryAnalyst: all("page"),
      provinceAdmin: all("page"),
      provinceOfficer: all("page"),
      communeOfficer: all("page"),
    },
    mayShowTarget: seesRoster,
  },
  "/teams/[id]": {
    target: TEAM_IN_COMMUNE,
    path: (t) => `/teams/${t.id}`,
    expected: ROSTER_VIEW,
    mayShowTarget: seesRoster,
  },
  "/people/[id]": {
    target: PERSON_IN_COMMUNE,
    path: (t) => `/people/${t.id}`,
    expected: ROSTER_VIEW,
    mayShowTarget: seesRoster,
  },
};
