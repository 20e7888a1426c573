import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import { searchKey, searchKeyWhere } from "./search-key";

// One search box for the whole registry: models, replication points, teams and people of the
// viewer's scope whose names contain what was typed, whatever the diacritics and case ("cau lac bo
// 3 tich cuc" finds "Câu lạc bộ 3 tích cực", "d" finds "đ"). Each part runs on its table's
// trigram index over `searchKey` (docs/decisions/006-search.md), in the viewer's scope.

export const SEARCH_LIMIT = 20;
/** Fewer characters than this match too much to be useful: the page asks for more. */
export const SEARCH_MIN_LENGTH = 2;

export interface SearchHit {
  id: string;
  name: string;
  /** Where it is: the commune (and province for the ministry), or the catalog. */
  place: string | null;
}

export interface PersonHit extends SearchHit {
  birthYear: number | null;
}

export interface RegistrySearch {
  query: string;
  models: SearchHit[];
  points: SearchHit[];
  teams: SearchHit[];
  people: PersonHit[];
  /** A part was cut at SEARCH_LIMIT rows: the page says "more — narrow the search". */
  truncated: boolean;
}

const place = (
  commune: { name: string; province: { shortName: string } } | null,
  nation: boolean,
) => (commune ? (nation ? `${commune.name}, ${commune.province.shortName}` : commune.name) : null);

export async function searchRegistry(ctx: AuthContext, typed: string): Promise<RegistrySearch> {
  const key = searchKey(typed);
  const empty = { query: key, models: [], points: [], teams: [], people: [], truncated: false };
  if (key.length < SEARCH_MIN_LENGTH) return empty;
  const scope = tenantWhere(ctx.scope);
  const provinceOnly = ctx.scope.level === "NATION" ? {} : { provinceId: ctx.scope.provinceId };
  const nation = ctx.scope.level === "NATION";
  const take = SEARCH_LIMIT + 1;
  const communeSelect = { select: { name: true, province: { select: { shortName: true } } } };

  return inScope(ctx, async (tx) => {
    const [models, points, teams, people] = await Promise.all([
      // The national catalog and the viewer's province's own models (row-level security agrees).
      tx.model.findMany({
        where: {
          ...searchKeyWhere(key),
          ...(nation ? {} : { OR: [{ provinceId: null }, provinceOnly] }),
        },
        select: { id: true, name: true, province: { select: { shortName: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
      tx.replicationPoint.findMany({
        where: { ...searchKeyWhere(key), ...scope },
        select: { id: true, name: true, commune: communeSelect },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
      tx.team.findMany({
        where: { ...searchKeyWhere(key), ...scope },
        select: { id: true, name: true, commune: communeSelect },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      }),
      tx.person.findMany({
        where: { ...searchKeyWhere(key), ...scope },
        select: { id: true, fullName: true, birthDate: true, commune: communeSelect },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        take,
      }),
    ]);
    return {
      query: key,
      models: models.slice(0, SEARCH_LIMIT).map((m) => ({
        id: m.id,
        name: m.name,
        place: m.province?.shortName ?? null,
      })),
      points: points
        .slice(0, SEARCH_LIMIT)
        .map((p) => ({ id: p.id, name: p.name, place: place(p.commune, nation) })),
      teams: teams
        .slice(0, SEARCH_LIMIT)
        .map((t) => ({ id: t.id, name: t.name, place: place(t.commune, nation) })),
      people: people.slice(0, SEARCH_LIMIT).map((p) => ({
        id: p.id,
        name: p.fullName,
        place: place(p.commune, nation),
        birthYear: p.birthDate ? p.birthDate.getUTCFullYear() : null,
      })),
      truncated: [models, points, teams, people].some((rows) => rows.length > SEARCH_LIMIT),
    };
  });
}
