// Reading the teams list's address: each parameter on its own, a bad one ignored.
import { z } from "zod";
import { intId, searchQuery } from "@/lib/validation/fields";
import { decodeCursor } from "@/lib/lists/keyset";
import type { ListTeamsFilter } from "@/lib/rosters/list-teams";

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

function pick<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function teamsFilterOf(query: SearchParams): ListTeamsFilter {
  return {
    kind: pick(z.enum(["MODEL", "GRASSROOTS_SECURITY"]), first(query.kind)),
    status: pick(z.enum(["ACTIVE", "DISSOLVED"]), first(query.status)),
    pointId: pick(z.uuid(), first(query.point)),
    areaId: pick(z.uuid(), first(query.area)),
    communeId: pick(intId(), first(query.commune)),
    q: pick(searchQuery(100), first(query.q)),
    sort: pick(z.enum(["name", "established"]), first(query.sort)),
    cursor: decodeCursor(first(query.after)),
  };
}

/** The filters as query parameters (without the page cursor), for links that keep them. */
export function filterQuery(filter: ListTeamsFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.kind) query.kind = filter.kind;
  if (filter.status) query.status = filter.status;
  if (filter.pointId) query.point = filter.pointId;
  if (filter.areaId) query.area = filter.areaId;
  if (filter.communeId) query.commune = String(filter.communeId);
  if (filter.q) query.q = filter.q;
  if (filter.sort && filter.sort !== "name") query.sort = filter.sort;
  return query;
}
