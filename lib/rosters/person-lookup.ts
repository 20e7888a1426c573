import type { Tx } from "@/lib/db/scoped";
import type { MemberRole, TeamKind } from "@/lib/generated/prisma/client";

// One person per citizen ID within a province: a commune officer's checks (the possible
// duplicate, "already in another team", an import's existing persons, an undo) must see the
// persons of the other communes of the province that row-level security hides from them. The
// database's app_person_lookup (migration registry_gaps) answers across the caller's verified
// province only, with the name masked, the citizen ID only when the caller typed it, the home
// commune and the memberships — nothing else of the person.

export interface LookedUpMembership {
  teamId: string;
  teamName: string;
  teamKind: TeamKind;
  teamCommuneId: number;
  teamCommuneName: string;
  role: MemberRole;
  open: boolean;
}

export interface LookedUpPerson {
  id: string;
  /** The full citizen ID, only when it was among those asked about. */
  citizenId: string | null;
  citizenIdEnd: string | null;
  /** "Nguyễn V. A." */
  maskedName: string;
  birthDate: Date | null;
  communeId: number;
  communeName: string;
  memberships: LookedUpMembership[];
}

interface LookupRow {
  person_id: string;
  citizen_id: string | null;
  citizen_id_end: string | null;
  masked_name: string;
  birth_date: Date | null;
  commune_id: number;
  commune_name: string;
  team_id: string | null;
  team_name: string | null;
  team_kind: TeamKind | null;
  team_commune_id: number | null;
  team_commune_name: string | null;
  role: MemberRole | null;
  open: boolean | null;
}

/** Persons of the caller's province by citizen ID, by id, or by name key and birth date. */
export async function lookUpPersons(
  tx: Tx,
  by: {
    citizenIds?: string[];
    personIds?: string[];
    nameKey?: string | null;
    birthDate?: Date | null;
  },
): Promise<LookedUpPerson[]> {
  const citizenIds = by.citizenIds ?? [];
  const personIds = by.personIds ?? [];
  const nameKey = by.nameKey && by.birthDate ? by.nameKey : null;
  const birthDate = nameKey ? (by.birthDate ?? null) : null;
  if (citizenIds.length === 0 && personIds.length === 0 && nameKey === null) return [];
  const rows = await tx.$queryRaw<LookupRow[]>`
    select * from app_person_lookup(${citizenIds}::text[], ${personIds}::uuid[],
                                    ${nameKey}::text, ${birthDate}::date)`;
  const persons = new Map<string, LookedUpPerson>();
  for (const row of rows) {
    let person = persons.get(row.person_id);
    if (!person) {
      person = {
        id: row.person_id,
        citizenId: row.citizen_id,
        citizenIdEnd: row.citizen_id_end,
        maskedName: row.masked_name,
        birthDate: row.birth_date,
        communeId: row.commune_id,
        communeName: row.commune_name,
        memberships: [],
      };
      persons.set(row.person_id, person);
    }
    if (row.team_id && row.team_name && row.team_kind && row.role && row.team_commune_id !== null)
      person.memberships.push({
        teamId: row.team_id,
        teamName: row.team_name,
        teamKind: row.team_kind,
        teamCommuneId: row.team_commune_id,
        teamCommuneName: row.team_commune_name ?? "",
        role: row.role,
        open: row.open === true,
      });
  }
  return [...persons.values()];
}

/** The same masking as the database's: the family name and the initials of the other names. */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((word, i) => (i === 0 ? word : `${[...word][0] ?? ""}.`))
    .join(" ");
}
