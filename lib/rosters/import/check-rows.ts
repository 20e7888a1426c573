// The checks of an import against the commune's data (pure: the data comes in as Lookups). Every
// row gets every problem it has, so one preview lists all that must be fixed.
import { outsideMemberAge } from "@/lib/rosters/age";
import { searchKey } from "@/lib/search/search-key";
import { maskName } from "../person-lookup";
import type { FormerCommuneInfo, Lookups } from "./lookups";
import { error, type RowProblem, warning } from "./problems";
import type { ImportRow } from "./read-rows";
import { unitKey } from "./values";

export interface CheckedRow extends ImportRow {
  communeId: number | null;
  formerCommuneId: number | null;
  teamId: string | null;
  areaId: string | null;
  ethnicityId: number | null;
  /** The person the citizen ID already names in the province, if any. */
  personId: string | null;
}

/** An old commune that was split between several new ones: the officer says which. */
export interface SplitQuestion {
  formerCommuneId: number;
  label: string;
  rows: number[];
  choices: { communeId: number; name: string }[];
  chosen: number | null;
}

/** formerCommuneId → the new commune chosen for its rows. */
export type SplitChoices = Record<string, number>;

/**
 * The old communes a row names. A name several old communes had ("Phường 1" was a ward of Bạc
 * Liêu city and of Giá Rai town) means the one that became part of the importing commune, when
 * exactly one of them did: the officer of Phường Giá Rai writes "Phường 1" for their own.
 */
function findFormer(
  row: ImportRow,
  formers: FormerCommuneInfo[],
  communeId: number,
): FormerCommuneInfo[] {
  const typed = row.former.commune;
  if (/^\d{5}$/u.test(typed)) return formers.filter((f) => f.code === typed);
  const name = unitKey(typed);
  const district = unitKey(row.former.district);
  const province = unitKey(row.former.province);
  const found = formers.filter(
    (f) =>
      f.nameKey === name &&
      (district === "" || f.districtKey === district) &&
      (province === "" || f.provinceKey === province),
  );
  if (found.length < 2) return found;
  const own = found.filter((f) => f.communeIds.includes(communeId));
  return own.length === 1 ? own : found;
}

function rowsText(rows: number[]): string {
  return rows.join(", ");
}

export function checkRows(
  rows: ImportRow[],
  lookups: Lookups,
  choices: SplitChoices = {},
): { rows: CheckedRow[]; questions: SplitQuestion[] } {
  const questions = new Map<number, SplitQuestion>();
  const teamsById = new Map([...lookups.teams.values()].flat().map((t) => [t.id, t]));
  const checked: CheckedRow[] = rows.map((row) => {
    const problems: RowProblem[] = [...row.problems];
    let communeId: number | null = lookups.commune.id;
    let formerCommuneId: number | null = null;

    if (row.former.commune !== "") {
      const found = findFormer(row, lookups.formerCommunes, lookups.commune.id);
      const typed = [row.former.commune, row.former.district, row.former.province]
        .filter((t) => t !== "")
        .join(", ");
      if (found.length === 0) {
        problems.push(error("formerCommuneUnknown", "formerCommune", { value: typed }));
        communeId = null;
      } else if (found.length > 1) {
        problems.push(error("formerCommuneAmbiguous", "formerCommune", { value: typed }));
        communeId = null;
      } else {
        const former = found[0] as FormerCommuneInfo;
        formerCommuneId = former.id;
        if (former.communeIds.length === 1) communeId = former.communeIds[0] ?? null;
        else {
          const question = questions.get(former.id) ?? {
            formerCommuneId: former.id,
            label: former.label,
            rows: [],
            choices: former.communeIds.map((id) => ({
              communeId: id,
              name: lookups.communeNames.get(id) ?? String(id),
            })),
            chosen: null,
          };
          question.rows.push(row.rowNumber);
          const chosen = choices[String(former.id)];
          if (chosen !== undefined && former.communeIds.includes(chosen)) question.chosen = chosen;
          questions.set(former.id, question);
          communeId = question.chosen;
          if (communeId === null)
            problems.push({
              code: "formerCommuneSplit",
              severity: "question",
              column: "formerCommune",
              values: { value: former.label },
            });
        }
        if (communeId !== null && communeId !== lookups.commune.id)
          problems.push(
            error("outsideScope", "formerCommune", {
              value: former.label,
              commune: lookups.communeNames.get(communeId) ?? "",
              own: lookups.commune.name,
            }),
          );
      }
    }

    let teamId: string | null = null;
    if (row.teamName !== "") {
      const teams = lookups.teams.get(searchKey(row.teamName)) ?? [];
      if (teams.length === 0)
        problems.push(
          error("teamUnknown", "team", { value: row.teamName, commune: lookups.commune.name }),
        );
      else if (teams.length > 1)
        problems.push(error("teamAmbiguous", "team", { value: row.teamName }));
      else teamId = teams[0]?.id ?? null;
    }

    let areaId: string | null = null;
    if (row.areaName !== "") {
      let areas = lookups.areas.get(searchKey(row.areaName)) ?? [];
      if (areas.length > 1 && formerCommuneId !== null)
        areas = areas.filter((a) => a.formerCommuneId === formerCommuneId);
      if (areas.length === 0)
        problems.push(
          error("areaUnknown", "area", { value: row.areaName, commune: lookups.commune.name }),
        );
      else if (areas.length > 1)
        problems.push(error("areaAmbiguous", "area", { value: row.areaName }));
      else areaId = areas[0]?.id ?? null;
    }

    const ethnicityId = lookups.ethnicities.get(row.ethnicityKey) ?? null;
    if (ethnicityId === null)
      problems.push(error("ethnicityUnknown", "ethnicity", { value: row.ethnicityText }));

    const person = row.citizenId === "" ? undefined : lookups.persons.get(row.citizenId);
    const team = teamId ? teamsById.get(teamId) : undefined;
    if (person && team) {
      for (const m of person.memberships) {
        if (m.teamId === team.id)
          problems.push(
            error("alreadyInTeam", "citizenId", { team: m.teamName, name: person.fullName }),
          );
        else if (m.teamKind === team.kind)
          problems.push(
            error("inOtherTeam", "citizenId", { team: m.teamName, name: person.fullName }),
          );
        else
          problems.push(
            warning("alsoInOtherTeam", "citizenId", { team: m.teamName, name: person.fullName }),
          );
      }
    }
    if (person) {
      const differs =
        (person.nameMasked
          ? searchKey(person.fullName) !== searchKey(maskName(row.fullName))
          : searchKey(person.fullName) !== searchKey(row.fullName)) ||
        (row.birthDate !== null &&
          person.birthDate !== null &&
          person.birthDate.getTime() !== row.birthDate.getTime());
      if (differs) problems.push(warning("personDiffers", "fullName", { name: person.fullName }));
    }
    if (team?.leader !== null && team?.leader !== undefined && row.role === "LEADER")
      problems.push(error("teamHasLeader", "role", { team: team.name, leader: team.leader }));
    if (
      team?.kind === "GRASSROOTS_SECURITY" &&
      row.birthDate &&
      outsideMemberAge(row.birthDate, row.joinedOn)
    )
      problems.push(warning("ageOutside", "birthDate"));

    return {
      ...row,
      communeId,
      formerCommuneId,
      teamId,
      areaId,
      ethnicityId,
      personId: person?.id ?? null,
      problems,
    };
  });

  // Across the file: the same citizen ID twice, two leaders for one team.
  const byCitizenId = new Map<string, CheckedRow[]>();
  const leaders = new Map<string, CheckedRow[]>();
  for (const row of checked) {
    if (row.citizenId !== "")
      byCitizenId.set(row.citizenId, [...(byCitizenId.get(row.citizenId) ?? []), row]);
    if (row.role === "LEADER" && row.teamId)
      leaders.set(row.teamId, [...(leaders.get(row.teamId) ?? []), row]);
  }
  for (const same of byCitizenId.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((r) => r !== row).map((r) => r.rowNumber);
      row.problems.push(error("repeatedInFile", "citizenId", { rows: rowsText(others) }));
    }
  }
  for (const same of leaders.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((r) => r !== row).map((r) => r.rowNumber);
      row.problems.push(
        error("twoLeadersInFile", "role", { rows: rowsText(others), team: row.teamName }),
      );
    }
  }
  return { rows: checked, questions: [...questions.values()] };
}
