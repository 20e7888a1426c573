import { z } from "zod";
import { Gender, MemberRole, TeamKind } from "@/lib/generated/prisma/enums";
import { type ErrorKey, fieldError } from "@/lib/i18n/messages";
import { parseDay, todayInVietnam } from "./day";
import { normalisePersonName } from "./rules";

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
  day().refine((date) => date.getTime() <= todayInVietnam().getTime(), {
    error: fieldError("dateInFuture"),
  });

const optionalDay = () => z.preprocess(blank, day().optional());

const text = (required: ErrorKey) =>
  z
    .string({ error: fieldError(required) })
    .transform((v) => v.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, { error: fieldError(required) })
        .max(TEXT_MAX, { error: fieldError("textTooLong") }),
    );

const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : blank(v)),
  z
    .string()
    .transform((v) => v.normalize("NFC").trim())
    .pipe(z.string().max(TEXT_MAX, { error: fieldError("textTooLong") }))
    .optional(),
);

const uuid = z.uuid({ error: fieldError("notFound") });
const optionalUuid = z.preprocess(blank, uuid.optional());

const version = z.coerce
  .number({ error: fieldError("conflict") })
  .int({ error: fieldError("conflict") })
  .min(1, { error: fieldError("conflict") })
  .max(2_147_483_647, { error: fieldError("conflict") });

const teamName = z
  .string({ error: fieldError("teamNameRequired") })
  .transform(normalisePersonName)
  .pipe(
    z
      .string()
      .min(1, { error: fieldError("teamNameRequired") })
      .max(200, { error: fieldError("teamNameTooLong") }),
  );

/** Repeated checkboxes arrive as a string or an array. */
const idList = z.preprocess(
  (v): unknown[] => (v === undefined || v === "" ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(uuid).max(200),
);

const checkbox = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

const optionalCommune = z.preprocess(
  blank,
  z.coerce
    .number({ error: fieldError("communeOfTeamRequired") })
    .int({ error: fieldError("communeOfTeamRequired") })
    .positive({ error: fieldError("communeOfTeamRequired") })
    .optional(),
);

const teamFields = {
  name: teamName,
  pointId: optionalUuid,
  areaIds: idList,
  establishedOn: z.preprocess(blank, pastDay().optional()),
};

export const createTeamSchema = z.object({
  kind: z
    .string({ error: fieldError("teamKindRequired") })
    .pipe(z.enum(TeamKind, { error: fieldError("teamKindRequired") })),
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

const role = z
  .string({ error: fieldError("roleRequired") })
  .pipe(z.enum(MemberRole, { error: fieldError("roleRequired") }));

const gender = z
  .string({ error: fieldError("genderRequired") })
  .pipe(z.enum(Gender, { error: fieldError("genderRequired") }));

/** What a person form sends; citizen ID and phone as typed (cleaned by checkPerson). */
const personFields = {
  fullName: z.string({ error: fieldError("fullNameRequired") }),
  gender,
  birthDate: optionalDay(),
  citizenId: optionalText,
  phone: optionalText,
  residentialAreaId: optionalUuid,
  ethnicityId: z.preprocess(blank, z.coerce.number().int().min(1).max(54).optional()),
};

export const addMemberSchema = z
  .object({
    teamId: uuid,
    /** An existing person of the caller's scope; without it the person fields make a new one. */
    personId: optionalUuid,
    ...personFields,
    fullName: z.string().optional(),
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

export const updatePersonSchema = z.object({ id: uuid, version, ...personFields });

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
  field: z.enum(["citizenId", "phone"], { error: fieldError("notFound") }),
});

export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
export type DissolveTeamInput = z.output<typeof dissolveTeamSchema>;
export type AddMemberInput = z.output<typeof addMemberSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;
export type MoveMemberInput = z.output<typeof moveMemberSchema>;
export type EndMembershipInput = z.output<typeof endMembershipSchema>;
export type RevealPersonInput = z.output<typeof revealPersonSchema>;
