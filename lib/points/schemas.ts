import { z } from "zod";
import { LeadOrganization, PointStatus, Rating } from "@/lib/generated/prisma/enums";
import { fieldError } from "@/lib/i18n/messages";
import { integer, searchQuery } from "@/lib/validation/fields";
import {
  enumOf,
  optionalPositiveId,
  optionalText,
  optionalUuid,
  pastDate,
  positiveId,
  uuid,
  version,
  blankToUndefined,
  name,
} from "./fields";

// What the points forms send (FormData from a browser, plain objects from tests).

export const PLACE_NAME_MAX = 200;
export const REASON_MAX = 1000;

const pointFields = {
  modelId: uuid("modelRequired"),
  /** Left empty: the point is named after its model and place. */
  name: z.preprocess(blankToUndefined, name(200).optional()),
  residentialAreaId: optionalUuid("areaNotInCommune"),
  organizationId: optionalUuid("organizationNotInCommune"),
  /** A named place that is not an area or organisation: a parish, a pagoda, a canal route. */
  placeName: optionalText(PLACE_NAME_MAX),
  leadOrganization: enumOf(LeadOrganization, "leadRequired"),
  establishedOn: pastDate,
};

export const createPointSchema = z.object({
  /** A province officer names the commune (of their province: checked by the domain). */
  communeId: positiveId("communeRequired"),
  ...pointFields,
});

export const updatePointSchema = z.object({
  id: uuid(),
  version,
  ...pointFields,
});

export const changePointStatusSchema = z
  .object({
    id: uuid(),
    version,
    toStatus: enumOf(PointStatus, "statusRequired"),
    effectiveOn: pastDate,
    reason: optionalText(REASON_MAX),
  })
  .superRefine((value, ctx) => {
    if (value.toStatus === "DISSOLVED" && !value.reason)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: fieldError("dissolveReasonRequired"),
      });
  });

export const setPointRatingSchema = z.object({
  id: uuid(),
  year: integer({ min: 1990, max: 2100, key: "ratingYearInvalid", example: 2024 }),
  rating: enumOf(Rating, "ratingRequired"),
  note: optionalText(REASON_MAX),
});

export type CreatePointInput = z.output<typeof createPointSchema>;
export type UpdatePointInput = z.output<typeof updatePointSchema>;
export type ChangePointStatusInput = z.output<typeof changePointStatusSchema>;
export type SetPointRatingInput = z.output<typeof setPointRatingSchema>;

// ── The list's filters, read from the address (a bad one is ignored) ──

export const POINT_SORTS = ["name", "established-desc", "established-asc"] as const;
export type PointSort = (typeof POINT_SORTS)[number];

const loose = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

export const pointFilterSchema = z.object({
  provinceId: loose(positiveId("notFound")),
  communeId: loose(optionalPositiveId("notFound")),
  modelId: loose(uuid()),
  status: loose(z.enum(PointStatus)),
  lead: loose(z.enum(LeadOrganization)),
  q: loose(searchQuery(100)),
  sort: z.enum(POINT_SORTS).catch("name").default("name"),
  after: loose(z.string().max(1000)),
});

export type PointFilter = z.output<typeof pointFilterSchema>;

/** The list's filters of an address's search parameters (first value of each). */
export function parsePointFilter(params: Record<string, string | string[] | undefined>) {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return pointFilterSchema.parse({
    provinceId: first("province"),
    communeId: first("commune"),
    modelId: first("model"),
    status: first("status"),
    lead: first("lead"),
    q: first("q"),
    sort: first("sort"),
    after: first("after"),
  });
}

/** The filters as search parameters again (for links, the pager and the export). */
export function pointFilterParams(filter: Partial<PointFilter>): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.provinceId) out.province = String(filter.provinceId);
  if (filter.communeId) out.commune = String(filter.communeId);
  if (filter.modelId) out.model = filter.modelId;
  if (filter.status) out.status = filter.status;
  if (filter.lead) out.lead = filter.lead;
  if (filter.q) out.q = filter.q;
  if (filter.sort && filter.sort !== "name") out.sort = filter.sort;
  return out;
}
