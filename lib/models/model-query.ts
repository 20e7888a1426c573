import { z } from "zod";
import { intId, searchQuery } from "@/lib/validation/fields";
import { ModelField, ModelStatus, RecognitionLevel } from "@/lib/generated/prisma/enums";
import type { ModelListFilter } from "./types";

// The models list's filters, in the address (a view is shared as a link): ?field=ETHNIC&level=…
// A value that cannot be read is ignored, never an error page.

export const MODEL_PARAMS = ["field", "level", "status", "owner", "province", "q", "sort"] as const;

const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const modelQuerySchema = z.object({
  field: loose(z.enum(ModelField)),
  level: loose(z.enum(RecognitionLevel)),
  status: loose(z.enum(ModelStatus)),
  owner: loose(z.enum(["catalog", "province"])),
  province: loose(intId()),
  // Never a NUL or a lone surrogate to PostgreSQL: the search block drops or refuses them.
  q: loose(searchQuery(200)),
  sort: loose(z.enum(["name", "launched", "points"])),
  after: loose(z.string().max(1000)),
});

type Params = Record<string, string | string[] | undefined>;

/** The filter and cursor of an address's search parameters (the first of repeated ones). */
export function parseModelQuery(params: Params): { filter: ModelListFilter; after: string | null } {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const parsed = modelQuerySchema.parse(flat);
  return { filter: filterOf(parsed), after: parsed.after ?? null };
}

export function filterOf(parsed: z.output<typeof modelQuerySchema>): ModelListFilter {
  const q = parsed.q?.normalize("NFC").trim();
  return {
    field: parsed.field,
    level: parsed.level,
    status: parsed.status,
    owner: parsed.owner,
    provinceId: parsed.province,
    q: q || undefined,
    sort: parsed.sort,
  };
}

/** The search parameters of a filter (and a page), for links that keep the view. */
export function modelSearch(
  filter: ModelListFilter,
  after?: string | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.field) out.field = filter.field;
  if (filter.level) out.level = filter.level;
  if (filter.status) out.status = filter.status;
  if (filter.owner) out.owner = filter.owner;
  if (filter.provinceId) out.province = String(filter.provinceId);
  if (filter.q) out.q = filter.q;
  if (filter.sort && filter.sort !== "name") out.sort = filter.sort;
  if (after) out.after = after;
  return out;
}
