import type { AuthContext } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/scoped";
import { searchKey } from "@/lib/search/search-key";
import { lookUpPersons } from "./person-lookup";
import { normalisePersonName } from "./rules";
import { personsInScope } from "./scope";

export interface DuplicateCandidate {
  id: string;
  fullName: string;
  birthDate: Date | null;
  /** Last four digits only. */
  citizenIdEnd: string | null;
  /** The same citizen ID: this is the same person, not a possible duplicate. */
  sameCitizenId: boolean;
  communeName: string;
  teams: string[];
  /**
   * Kept by another commune of the province: the name is masked, and choosing this person adds
   * a membership to the record that commune keeps.
   */
  elsewhere: boolean;
}

/**
 * Persons who may be the one being added: the same citizen ID, or the same name (diacritic- and
 * case-blind, on the searchKey index) and birth date under another ID — in the caller's scope, and
 * in the other communes of the province through the narrow lookup (one person per citizen ID
 * within a province), shown there with the name masked.
 */
export async function findDuplicates(
  tx: Tx,
  ctx: AuthContext,
  person: { fullName: string; birthDate: Date | null; citizenId: string | null },
): Promise<DuplicateCandidate[]> {
  const key = searchKey(normalisePersonName(person.fullName));
  const or = [
    ...(person.citizenId ? [{ citizenId: person.citizenId }] : []),
    ...(person.birthDate ? [{ searchKey: key, birthDate: person.birthDate }] : []),
  ];
  if (or.length === 0) return [];
  const rows = await tx.person.findMany({
    where: { ...personsInScope(ctx), OR: or },
    select: {
      id: true,
      fullName: true,
      birthDate: true,
      citizenId: true,
      commune: { select: { name: true } },
      memberships: { where: { leftOn: null }, select: { team: { select: { name: true } } } },
    },
    take: 20,
  });
  const own: DuplicateCandidate[] = rows.map((row) => ({
    id: row.id,
    fullName: row.fullName,
    birthDate: row.birthDate,
    citizenIdEnd: row.citizenId ? row.citizenId.slice(-4) : null,
    sameCitizenId: person.citizenId !== null && row.citizenId === person.citizenId,
    communeName: row.commune.name,
    teams: row.memberships.map((m) => m.team.name),
    elsewhere: false,
  }));
  if (ctx.scope.level !== "COMMUNE") return own;
  const seen = new Set(own.map((c) => c.id));
  const others = await lookUpPersons(tx, {
    citizenIds: person.citizenId ? [person.citizenId] : [],
    nameKey: key,
    birthDate: person.birthDate,
  });
  return [
    ...own,
    ...others
      .filter((p) => !seen.has(p.id))
      .slice(0, 20)
      .map((p) => ({
        id: p.id,
        fullName: p.maskedName,
        birthDate: p.birthDate,
        citizenIdEnd: p.citizenIdEnd,
        sameCitizenId: person.citizenId !== null && p.citizenId === person.citizenId,
        communeName: p.communeName,
        teams: p.memberships.filter((m) => m.open).map((m) => m.teamName),
        elsewhere: true,
      })),
  ];
}
