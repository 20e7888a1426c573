import { z } from "zod";
import {
  IndicatorAggregation,
  IndicatorUnit,
  ReportKind,
  RuleOperator,
  RuleSeverity,
} from "@/lib/generated/prisma/enums";
import { fieldError } from "@/lib/i18n/messages";
import {
  integer,
  intId,
  oneOf,
  optional,
  rowVersion,
  shortText,
  uuidId,
} from "@/lib/validation/fields";
import { withExample } from "@/lib/validation/issue";

// What the ministry's catalog forms send: indicators and the validation rules between them.

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const year = (key: "catalogYearInvalid" = "catalogYearInvalid") =>
  integer({ min: YEAR_MIN, max: YEAR_MAX, key, example: 2026 });

const CODE = /^[a-z][a-z0-9_]{1,59}$/;

/** A stable code: lower-case letters, digits and "_", starting with a letter (e.g. "patrols"). */
export const indicatorCode = withExample(
  shortText({
    max: 60,
    requiredKey: "catalogCodeRequired",
    tooLongKey: "catalogCodeFormat",
  }).refine((value) => CODE.test(value), { error: fieldError("catalogCodeFormat") }),
  "tuan_tra_bien",
);

const catalogName = shortText({
  max: 300,
  requiredKey: "catalogNameRequired",
  tooLongKey: "textTooLong",
  example: "Số cuộc tuần tra",
});
const groupName = optional(shortText({ max: 120, tooLongKey: "textTooLong", example: "Tuần tra" }));
const message = shortText({
  max: 500,
  requiredKey: "catalogMessageRequired",
  tooLongKey: "textTooLong",
  example: "Số vụ hòa giải thành không được lớn hơn số vụ hòa giải.",
});

/** Years in force: to ≥ from when given. */
function yearsInOrder<T extends { validFromYear: number; validToYear?: number | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.validToYear !== undefined && value.validToYear < value.validFromYear)
    ctx.addIssue({
      code: "custom",
      path: ["validToYear"],
      message: fieldError("catalogYearsOrder"),
    });
}

const indicatorFields = {
  nameVi: catalogName,
  nameEn: catalogName,
  unit: oneOf(IndicatorUnit, "catalogUnitRequired"),
  aggregation: oneOf(IndicatorAggregation, "catalogAggregationRequired"),
  groupVi: groupName,
  groupEn: groupName,
  sortOrder: integer({ min: 0, max: 100_000, example: 190 }),
  validFromYear: year(),
  validToYear: optional(year()),
  /** Point indicators only: asked only of the points of these national models (none: all). */
  modelIds: z
    .preprocess(
      (v): unknown[] =>
        v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? (v as unknown[]) : [v],
      z.array(uuidId("modelRequired")).max(200),
    )
    .optional(),
};

export const createIndicatorSchema = z
  .object({
    code: indicatorCode,
    reportKind: oneOf(ReportKind, "catalogKindRequired"),
    ...indicatorFields,
  })
  .superRefine(yearsInOrder);

export const updateIndicatorSchema = z
  .object({ id: intId(), version: rowVersion(), ...indicatorFields })
  .superRefine(yearsInOrder);

const ruleFields = {
  leftIndicatorId: intId("catalogIndicatorRequired"),
  operator: oneOf(RuleOperator, "catalogOperatorRequired"),
  rightIndicatorId: intId("catalogIndicatorRequired"),
  severity: oneOf(RuleSeverity, "catalogSeverityRequired"),
  messageVi: message,
  messageEn: message,
  validFromYear: year(),
  validToYear: optional(year()),
};

function sidesDiffer<T extends { leftIndicatorId: number; rightIndicatorId: number }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.leftIndicatorId === value.rightIndicatorId)
    ctx.addIssue({
      code: "custom",
      path: ["rightIndicatorId"],
      message: fieldError("catalogRuleSameIndicator"),
    });
}

export const createRuleSchema = z
  .object({ code: indicatorCode, ...ruleFields })
  .superRefine(yearsInOrder)
  .superRefine(sidesDiffer);

export const updateRuleSchema = z
  .object({ id: intId(), version: rowVersion(), ...ruleFields })
  .superRefine(yearsInOrder)
  .superRefine(sidesDiffer);

export type CreateIndicatorInput = z.output<typeof createIndicatorSchema>;
export type UpdateIndicatorInput = z.output<typeof updateIndicatorSchema>;
export type CreateRuleInput = z.output<typeof createRuleSchema>;
export type UpdateRuleInput = z.output<typeof updateRuleSchema>;
