import { z } from "zod";
import { Rating } from "@/lib/generated/prisma/enums";
import { freeText, intId, oneOf, optional, rowVersion, uuidId } from "@/lib/validation/fields";
import { fieldNotes, listedReports, NOTE_MAX, reportEntries } from "./fields";

// What the report forms and worklists send (decision 004: every field a building block).

const note = freeText({ max: NOTE_MAX, tooLongKey: "textTooLong" });

/**
 * A save of a form: the subject (a point, or a commune when no point is named) and the period name
 * the report, which is made on its first save; `version` is the one the form was read at (none: the
 * form had no report yet). Values, comments and texts are the whole form, not a change.
 */
export const saveReportSchema = z.object({
  periodId: intId("notFound"),
  pointId: optional(uuidId("notFound")),
  communeId: optional(intId("notFound")),
  version: optional(rowVersion()),
  entries: reportEntries(),
  selfRating: optional(oneOf(Rating, "ratingRequired")),
  results: optional(note),
  difficulties: optional(note),
  proposals: optional(note),
});

const onReport = { reportId: uuidId("notFound"), version: rowVersion() };

export const submitReportSchema = z.object(onReport);
export const approveReportSchema = z.object(onReport);

export const returnReportSchema = z.object({
  ...onReport,
  comment: optional(note),
  fieldComments: fieldNotes(),
});

export const reopenReportSchema = z.object({
  ...onReport,
  reason: freeText({
    max: NOTE_MAX,
    requiredKey: "reopenReasonRequired",
    tooLongKey: "textTooLong",
  }),
});

export const bulkApproveSchema = z.object({ reports: listedReports() });

export type SaveReportInput = z.output<typeof saveReportSchema>;
export type SubmitReportInput = z.output<typeof submitReportSchema>;
export type ApproveReportInput = z.output<typeof approveReportSchema>;
export type ReturnReportInput = z.output<typeof returnReportSchema>;
export type ReopenReportInput = z.output<typeof reopenReportSchema>;
export type BulkApproveInput = z.output<typeof bulkApproveSchema>;
