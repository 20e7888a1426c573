import { z } from "zod";
import { SafetyUnitType } from "@/lib/generated/prisma/enums";
import { flag, integer, intId, oneOf, optional, rowVersion, uuidId } from "@/lib/validation/fields";
import { optionalDecisionDate, optionalDecisionNumber } from "./fields";

// What the "An toàn về ANTT" forms send. Every message is an Errors.* key shown at its field.

const year = integer({ min: 1990, max: 2100, key: "safetyYearInvalid", example: 2024 });

export const registerSafetyUnitSchema = z.object({
  year,
  /** The commune (a commune officer's own whatever is sent; a province officer's of their province). */
  communeId: intId("communeRequired"),
  unitType: oneOf(SafetyUnitType, "safetyUnitTypeRequired", "RESIDENTIAL_AREA"),
  residentialAreaId: optional(uuidId("areaNotInCommune")),
  organizationId: optional(uuidId("organizationNotInCommune")),
  /** Years before 2025: the former commune a COMMUNE registration is made for. */
  formerCommuneId: optional(intId("formerCommuneNotInCommune")),
});

export const SAFETY_DECISIONS = ["ACHIEVED", "NOT_ACHIEVED", "PENDING"] as const;

export const recordSafetyResultSchema = z
  .object({
    id: uuidId("notFound"),
    version: rowVersion(),
    result: oneOf(SAFETY_DECISIONS, "safetyResultRequired"),
    decisionNumber: optionalDecisionNumber(),
    decidedOn: optionalDecisionDate(),
  })
  .superRefine((value, ctx) => {
    if (value.result === "PENDING") return;
    if (!value.decisionNumber)
      ctx.addIssue({
        code: "custom",
        path: ["decisionNumber"],
        message: "Errors.decisionNumberRequired",
      });
    if (!value.decidedOn)
      ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "Errors.decisionDateRequired" });
  });

export const withdrawSafetyRegistrationSchema = z.object({
  id: uuidId("notFound"),
  version: rowVersion(),
});

export const setCommuneTitleSchema = z.object({
  communeId: intId("communeRequired"),
  /** Years before 2025: the former commune the title was given to. */
  formerCommuneId: optional(intId("formerCommuneNotInCommune")),
  year: integer({ min: 1990, max: 2100, key: "safetyYearInvalid", example: 2024 }),
  exemplary: optional(flag()),
  ruralSecurityMet: optional(flag()),
  decisionNumber: optionalDecisionNumber(),
  /** The version the form was read at; absent when the commune had no title row that year. */
  version: optional(rowVersion()),
});

export type RegisterSafetyUnitInput = z.output<typeof registerSafetyUnitSchema>;
export type RecordSafetyResultInput = z.output<typeof recordSafetyResultSchema>;
export type WithdrawSafetyRegistrationInput = z.output<typeof withdrawSafetyRegistrationSchema>;
export type SetCommuneTitleInput = z.output<typeof setCommuneTitleSchema>;
