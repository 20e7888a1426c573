import { z } from "zod";
import { OrganizationKind, ResidentialAreaKind } from "@/lib/generated/prisma/enums";
import { flag, integer, oneOf } from "@/lib/validation/fields";
import {
  blankToUndefined,
  enumOf,
  name,
  optionalPositiveId,
  uuid,
  version,
} from "@/lib/points/fields";

// What the residential-area and organisation forms send. `type` says which of the two.

export const PLACE_TYPES = ["area", "organization"] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

const households = z.preprocess(
  blankToUndefined,
  integer({ min: 0, max: 100_000, key: "householdsInvalid", grouped: true }).optional(),
);

const common = {
  name: name(120),
  /** The commune before the 2025 merger; tells two places of one name apart. */
  formerCommuneId: optionalPositiveId("formerCommuneNotInCommune"),
};

const areaFields = {
  type: z.literal("area"),
  kind: enumOf(ResidentialAreaKind, "placeKindRequired"),
  households,
  ...common,
};
const organizationFields = {
  type: z.literal("organization"),
  kind: enumOf(OrganizationKind, "placeKindRequired"),
  ...common,
};

/** A commune officer's places are in their own commune; a province officer names the commune. */
const communeId = optionalPositiveId("communeRequired");

export const createPlaceSchema = z.discriminatedUnion("type", [
  z.object({ ...areaFields, communeId }),
  z.object({ ...organizationFields, communeId }),
]);

export const updatePlaceSchema = z.discriminatedUnion("type", [
  z.object({ ...areaFields, id: uuid(), version }),
  z.object({ ...organizationFields, id: uuid(), version }),
]);

export const setPlaceActiveSchema = z.object({
  type: oneOf(PLACE_TYPES, "notFound"),
  id: uuid(),
  version,
  active: flag("required"),
});

export type CreatePlaceInput = z.output<typeof createPlaceSchema>;
export type UpdatePlaceInput = z.output<typeof updatePlaceSchema>;
export type SetPlaceActiveInput = z.output<typeof setPlaceActiveSchema>;
