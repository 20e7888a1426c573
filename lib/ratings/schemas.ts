import { z } from "zod";
import { TeamGrade } from "@/lib/generated/prisma/enums";
import { freeText, integer, oneOf, optional, uuidId } from "@/lib/validation/fields";

// What the team rating form sends. Every message is an Errors.* key shown at its field.

export const setTeamRatingSchema = z.object({
  teamId: uuidId("notFound"),
  year: integer({ min: 1990, max: 2100, key: "ratingYearInvalid", example: 2024 }),
  grade: oneOf(TeamGrade, "teamGradeRequired", "GOOD"),
  note: optional(freeText({ max: 1000, tooLongKey: "textTooLong" })),
});

export type SetTeamRatingInput = z.output<typeof setTeamRatingSchema>;
