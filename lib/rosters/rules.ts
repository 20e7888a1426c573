// The roster rules as pure functions, shared by the forms (lib/rosters/*.ts) and the Excel/CSV
// import: a person's citizen ID and phone, the age of a grassroots security team's members, a
// possible duplicate person, and one leader per team. Each problem is an "Errors.*" key, shown at
// its field in the user's language.
import type { ErrorKey } from "@/lib/i18n/messages";
import type { Gender, MemberRole, TeamKind } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/search/search-key";
import { outsideMemberAge } from "./age";
import { type CitizenIdProblem, citizenIdProblems, cleanCitizenId } from "./citizen-id";
import { normalisePhone } from "./phone";

export const CITIZEN_ID_PROBLEM_KEYS: Record<CitizenIdProblem, ErrorKey> = {
  citizenIdFormat: "citizenIdFormat",
  citizenIdProvince: "citizenIdProvince",
  citizenIdGender: "citizenIdGender",
  citizenIdCentury: "citizenIdCentury",
  citizenIdBirthYear: "citizenIdBirthYear",
};

/** What a form or an import row says about a person, as typed. */
export interface TypedPerson {
  fullName: string;
  gender: Gender;
  birthDate: Date | null;
  citizenId?: string | null;
  phone?: string | null;
}

export interface CheckedPerson {
  /** NFC, single spaces. */
  fullName: string;
  /** 12 digits, or null when none was typed. */
  citizenId: string | null;
  /** E.164 (+84…), or null when none was typed. */
  phone: string | null;
  /** Field → the first problem found there (empty when the person may be saved). */
  problems: Partial<Record<"fullName" | "citizenId" | "phone" | "birthDate", ErrorKey>>;
}

/** A person's name as the database keeps it: NFC, single spaces (names typed in NFD too). */
export function normalisePersonName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/**
 * Cleans and checks what was typed about a person: the citizen ID against the gender and birth
 * date, the phone as a Vietnamese mobile number, the birth date not in the future.
 */
export function checkPerson(person: TypedPerson, today: Date = new Date()): CheckedPerson {
  const problems: CheckedPerson["problems"] = {};
  const fullName = normalisePersonName(person.fullName);
  if (fullName === "") problems.fullName = "fullNameRequired";
  else if (fullName.length > 120) problems.fullName = "fullNameTooLong";

  if (person.birthDate && person.birthDate.getTime() > today.getTime())
    problems.birthDate = "birthDateFuture";

  const typedId = person.citizenId ? cleanCitizenId(person.citizenId) : "";
  const citizenId = typedId === "" ? null : typedId;
  if (citizenId) {
    const [first] = citizenIdProblems(citizenId, {
      gender: person.gender,
      birthDate: person.birthDate,
    });
    if (first) problems.citizenId = CITIZEN_ID_PROBLEM_KEYS[first];
  }

  const typedPhone = person.phone?.trim() ?? "";
  const phone = typedPhone === "" ? null : normalisePhone(typedPhone);
  if (typedPhone !== "" && !phone) problems.phone = "phoneFormat";

  return { fullName, citizenId, phone, problems };
}

/**
 * A member of a grassroots security team outside 18–70 on the day they join: the officer must
 * confirm with a note (the commune chair's decision). Model teams have no age rule; an unknown
 * birth date cannot be checked.
 */
export function needsAgeConfirmation(
  teamKind: TeamKind,
  birthDate: Date | null,
  joinedOn: Date,
): boolean {
  return (
    teamKind === "GRASSROOTS_SECURITY" &&
    birthDate !== null &&
    outsideMemberAge(birthDate, joinedOn)
  );
}

/** The key two records of one person share: the name without diacritics or case, and the birth date. */
export function duplicateKey(fullName: string, birthDate: Date | null): string | null {
  if (!birthDate) return null;
  return `${searchKey(normalisePersonName(fullName))}|${birthDate.toISOString().slice(0, 10)}`;
}

/**
 * Whether `other` may be the same person as `typed`: the same normalised name and birth date
 * under another citizen ID (or where one of them has none). The same citizen ID is the same
 * person, not a possible duplicate.
 */
export function isPossibleDuplicate(
  typed: { fullName: string; birthDate: Date | null; citizenId: string | null },
  other: { fullName: string; birthDate: Date | null; citizenId: string | null },
): boolean {
  const key = duplicateKey(typed.fullName, typed.birthDate);
  if (key === null || key !== duplicateKey(other.fullName, other.birthDate)) return false;
  return (
    typed.citizenId === null || other.citizenId === null || typed.citizenId !== other.citizenId
  );
}

/** One membership as the one-leader rule sees it. */
export interface RoleHolding {
  teamId: string;
  role: MemberRole;
  leftOn: Date | null;
}

/**
 * Teams that would have more than one current leader (tổ trưởng) with these memberships: a team
 * has at most one at a time (the database's "Membership_one_leader_key" holds the same rule).
 */
export function teamsWithSeveralLeaders(memberships: Iterable<RoleHolding>): string[] {
  const leaders = new Map<string, number>();
  for (const m of memberships) {
    if (m.role !== "LEADER" || m.leftOn !== null) continue;
    leaders.set(m.teamId, (leaders.get(m.teamId) ?? 0) + 1);
  }
  return [...leaders].filter(([, count]) => count > 1).map(([teamId]) => teamId);
}

/** The name of the partial unique index behind the one-leader rule. */
export const ONE_LEADER_INDEX = "Membership_one_leader_key";

/** Whether a database error is the one-leader index refusing a second leader. */
export function isOneLeaderViolation(error: unknown): boolean {
  return mentions(error, ONE_LEADER_INDEX, 0);
}

// Prisma's errors name the index in the message or deep in `meta` (the driver adapter's cause).
function mentions(value: unknown, text: string, depth: number): boolean {
  if (depth > 6 || value === null || value === undefined) return false;
  if (typeof value === "string") return value.includes(text);
  if (typeof value !== "object") return false;
  if (value instanceof Error && value.message.includes(text)) return true;
  return Object.values(value).some((v) => mentions(v, text, depth + 1));
}
