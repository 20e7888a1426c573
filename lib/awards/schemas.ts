import { z } from "zod";
import { AwardIssuer, AwardKind, AwardRecipientKind } from "@/lib/generated/prisma/enums";
import { decisionNumber } from "@/lib/safety/fields";
import {
  calendarDate,
  freeText,
  integer,
  intId,
  oneOf,
  optional,
  rowVersion,
  searchQuery,
  shortText,
  uuidId,
} from "@/lib/validation/fields";

// What the award forms send, and the list's filters. Every message is an Errors.* key.

export const RECIPIENT_MAX = 300;

const awardFields = {
  kind: oneOf(AwardKind, "awardKindRequired", "MERIT_CERTIFICATE"),
  issuer: oneOf(AwardIssuer, "awardIssuerRequired", "MINISTRY"),
  recipientKind: oneOf(AwardRecipientKind, "awardRecipientKindRequired", "COLLECTIVE"),
  recipientName: shortText({
    max: RECIPIENT_MAX,
    requiredKey: "awardRecipientRequired",
    tooLongKey: "awardRecipientTooLong",
    example: "Ban Chỉ đạo phong trào xã Phong Thạnh",
  }),
  decisionNumber: decisionNumber(),
  awardedOn: calendarDate({ min: 1990, max: 2100 }),
  /** The commune the recipient belongs to; empty: the province as a whole. */
  communeId: optional(intId("communeOutOfScope")),
  /** A collective may be a team or a point of the province. */
  teamId: optional(uuidId("awardTeamOutOfScope")),
  pointId: optional(uuidId("awardPointOutOfScope")),
  /** Awards before the 2025 merger: the former province they were given in. */
  formerProvinceId: optional(intId("inputNotChoice")),
  reason: optional(freeText({ max: 1000, tooLongKey: "textTooLong" })),
};

export const createAwardSchema = z.object(awardFields);
export const updateAwardSchema = z.object({
  id: uuidId("notFound"),
  version: rowVersion(),
  ...awardFields,
});
export const deleteAwardSchema = z.object({ id: uuidId("notFound"), version: rowVersion() });

export type CreateAwardInput = z.output<typeof createAwardSchema>;
export type UpdateAwardInput = z.output<typeof updateAwardSchema>;
export type DeleteAwardInput = z.output<typeof deleteAwardSchema>;

// ── The list's filters, read from the address (a bad one is ignored) ──

const loose = <T extends z.ZodType>(schema: T) => optional(schema).catch(undefined);

export const awardFilterSchema = z.object({
  provinceId: loose(intId()),
  communeId: loose(intId()),
  formerProvinceId: loose(intId()),
  year: loose(integer({ min: 1990, max: 2100 })),
  kind: loose(oneOf(AwardKind)),
  issuer: loose(oneOf(AwardIssuer)),
  recipientKind: loose(oneOf(AwardRecipientKind)),
  q: loose(searchQuery(100)),
  after: loose(z.string().max(1000)),
});

export type AwardFilter = z.output<typeof awardFilterSchema>;

export function parseAwardFilter(
  params: Record<string, string | string[] | undefined>,
): AwardFilter {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return awardFilterSchema.parse({
    provinceId: first("province"),
    communeId: first("commune"),
    formerProvinceId: first("former"),
    year: first("year"),
    kind: first("kind"),
    issuer: first("issuer"),
    recipientKind: first("recipient"),
    q: first("q"),
    after: first("after"),
  });
}

/** The filters as search parameters again (links, the pager, the export). */
export function awardFilterParams(filter: Partial<AwardFilter>): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.provinceId) out.province = String(filter.provinceId);
  if (filter.communeId) out.commune = String(filter.communeId);
  if (filter.formerProvinceId) out.former = String(filter.formerProvinceId);
  if (filter.year) out.year = String(filter.year);
  if (filter.kind) out.kind = filter.kind;
  if (filter.issuer) out.issuer = filter.issuer;
  if (filter.recipientKind) out.recipient = filter.recipientKind;
  if (filter.q) out.q = filter.q;
  return out;
}
