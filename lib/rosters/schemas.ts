import { z } from "zod";
import { Affiliation, Gender, MemberRole, Religion, TeamKind } from "@/lib/generated/prisma/enums";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import {
  freeText,
  integer,
  intId,
  oneOf,
  personName,
  rowVersion,
  shortText,
  uuidId,
} from "@/lib/validation/fields";
import { withExample } from "@/lib/validation/issue";
import { parseDay, todayInVietnam } from "./day";

// The shapes the rosters forms send (FormData from a browser, plain objects from tests and the
// import), every message an "Errors.*" key shown at its field. Citizen ID and phone are checked
// against each other's fields in the domain functions (lib/rosters/rules.ts: checkPerson), where
// the gender and birth date are known.

const TEXT_MAX = 500;

/** "" and absent are the same: nothing typed. */
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

const day = (key: ErrorKey = "dateInvalid") =>
  z.union([z.date(), z.string()], { error: fieldError("required") }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseDay(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: fieldError(key) });
      return z.NEVER;
    }
    return date;
  });

/** A day that has happened (joined, left, dissolved): not after today in Vietnam. */
const pastDay = () =>
  withExample(
    day().refine((date) => date.getTime() <= todayInVietnam().getTime(), {
      error: fieldError("dateInFuture"),
    }),
    "20/04/2016",
  );

const optionalDay = () => z.preprocess(blank, day().optional());

const text = (required: ErrorKey) =>
  freeText({ max: TEXT_MAX, requiredKey: required, tooLongKey: "textTooLong" });

const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : blank(v)),
  shortText({ max: TEXT_MAX, tooLongKey: "textTooLong" }).optional(),
);

const uuid = uuidId("notFound");
const optionalUuid = z.preprocess(blank, uuid.optional());

const version = rowVersion();

const teamName = shortText({
  max: 200,
  requiredKey: "teamNameRequired",
  tooLongKey: "teamNameTooLong",
  example: "Tổ bảo vệ ANTT ấp 1",
});

/** Repeated checkboxes arrive as a string or an array. */
const idList = z.preprocess(
  (v): unknown[] => (v === undefined || v === "" ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(uuid).max(200),
);

const checkbox = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

const optionalCommune = z.preprocess(blank, intId("communeOfTeamRequired").optional());

const teamFields = {
  name: teamName,
  pointId: optionalUuid,
  areaIds: idList,
  establishedOn: z.preprocess(blank, pastDay().optional()),
};

export const createTeamSchema = z.object({
  kind: oneOf(TeamKind, "teamKindRequired"),
  /** A province officer names the commune; a commune officer's is always their own. */
  communeId: optionalCommune,
  ...teamFields,
});

export const updateTeamSchema = z.object({ id: uuid, version, ...teamFields });

export const dissolveTeamSchema = z.object({
  id: uuid,
  version,
  dissolvedOn: pastDay(),
  reason: text("reasonRequired"),
});

const role = oneOf(MemberRole, "roleRequired");

const gender = oneOf(Gender, "genderRequired");

/** What a person form sends; citizen ID and phone as typed (cleaned by checkPerson). */
const personFields = {
  fullName: personName(),
  gender,
  birthDate: optionalDay(),
  citizenId: optionalText,
  phone: optionalText,
  residentialAreaId: optionalUuid,
  // The 54 ethnic groups (Ethnicity ids 1–54).
  ethnicityId: z.preprocess(
    blank,
    integer({ min: 1, max: 54, key: "inputNotChoice", example: 1 }).optional(),
  ),
  religion: z.preprocess(blank, oneOf(Religion, "inputNotChoice").optional()),
  affiliation: z.preprocess(blank, oneOf(Affiliation, "inputNotChoice").optional()),
};

export const addMemberSchema = z
  .object({
    teamId: uuid,
    /** An existing person of the caller's scope; without it the person fields make a new one. */
    personId: optionalUuid,
    ...personFields,
    fullName: z.preprocess(blank, personName().optional()),
    gender: z.preprocess(blank, gender.optional()),
    role,
    joinedOn: pastDay(),
    /** The officer's note confirming a grassroots team member outside 18–70. */
    ageNote: optionalText,
    /** The officer has seen the possible duplicates and says this is someone else. */
    confirmDifferent: checkbox.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.personId) return;
    if (!value.fullName || value.fullName.trim() === "")
      ctx.addIssue({ code: "custom", path: ["fullName"], message: fieldError("fullNameRequired") });
    if (!value.gender)
      ctx.addIssue({ code: "custom", path: ["gender"], message: fieldError("genderRequired") });
  });

export const updatePersonSchema = z.object({
  id: uuid,
  version,
  ...personFields,
  /** The stored phone number is removed (an empty phone field keeps it). */
  clearPhone: checkbox.optional(),
});

export const moveMemberSchema = z.object({
  membershipId: uuid,
  version,
  toTeamId: uuid,
  role,
  movedOn: pastDay(),
  reason: text("reasonRequired"),
  ageNote: optionalText,
});

export const endMembershipSchema = z.object({
  membershipId: uuid,
  version,
  leftOn: pastDay(),
  reason: text("reasonRequired"),
});

export const revealPersonSchema = z.object({
  personId: uuid,
  field: oneOf(["citizenId", "phone"], "notFound"),
});

export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
export type DissolveTeamInput = z.output<typeof dissolveTeamSchema>;
export type AddMemberInput = z.output<typeof addMemberSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
export type MoveMemberInput = z.output<typeof moveMemberSchema>;
export type EndMembershipInput = z.output<typeof endMembershipSchema>;
export type RevealPersonInput = z.output<typeof revealPersonSchema>;
