import { z } from "zod";
import { fieldError } from "@/lib/i18n/messages";
import {
  calendarDate,
  flag,
  freeText,
  integer,
  intId,
  oneOf,
  optional,
  uuidId,
} from "@/lib/validation/fields";

// What the province administrator's exception form sends: an extension (a new deadline) or a
// reopening (entry open again until a day), for the whole province, one commune or one point,
// with a reason.

export const EXCEPTION_TARGETS = ["PROVINCE", "COMMUNE", "POINT"] as const;
export type ExceptionTarget = (typeof EXCEPTION_TARGETS)[number];

export const createExceptionSchema = z
  .object({
    periodId: intId("periodRequired"),
    kind: oneOf(["EXTENSION", "REOPENING"] as const, "periodKindRequired"),
    target: oneOf(EXCEPTION_TARGETS, "periodSubjectRequired"),
    communeId: optional(intId("periodCommuneRequired")),
    pointId: optional(uuidId("periodPointRequired")),
    until: calendarDate({ min: 2000, max: 2100 }),
    reason: freeText({ max: 1000, requiredKey: "periodReasonRequired", tooLongKey: "textTooLong" }),
  })
  .superRefine((value, ctx) => {
    if (value.target === "COMMUNE" && value.communeId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["communeId"],
        message: fieldError("periodCommuneRequired"),
      });
    if (value.target === "POINT" && value.pointId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["pointId"],
        message: fieldError("periodPointRequired"),
      });
  });

export const revokeExceptionSchema = z.object({ id: uuidId() });

export type CreateExceptionInput = z.output<typeof createExceptionSchema>;
export type RevokeExceptionInput = z.output<typeof revokeExceptionSchema>;

// What the ministry administrator's form sends: the deadline (days after the quarter's last day)
// and the closing (days after the deadline) of one period, and optionally of every later period.
export const PERIOD_DEADLINE_DAYS_MAX = 90;
export const PERIOD_GRACE_DAYS_MAX = 90;

export const setPeriodDatesSchema = z.object({
  periodId: intId("periodRequired"),
  deadlineDays: integer({
    min: 1,
    max: PERIOD_DEADLINE_DAYS_MAX,
    key: "periodDeadlineDays",
    example: 15,
  }),
  graceDays: integer({ min: 0, max: PERIOD_GRACE_DAYS_MAX, key: "periodGraceDays", example: 15 }),
  later: optional(flag()),
});

export type SetPeriodDatesInput = z.output<typeof setPeriodDatesSchema>;
