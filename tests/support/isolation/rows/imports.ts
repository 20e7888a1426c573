// Rows of the isolation matrix for the imports actions (tests/support/isolation/harness.ts).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import {
  commitImportAction,
  undoImportAction,
} from "@/app/[locale]/(portal)/rosters/import/actions";
import { ownerDb } from "../../owner-db";
import { csvBytes, TEMPLATE_HEADER } from "../../roster-files";
import { citizenIdFor, createTeam } from "../../roster-import-fixtures";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
  forbidden,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

/** rosters.edit, in the caller's province (province roles) or own commune (commune officer). */
const ROSTER_WRITERS: Record<ActorKey, Record<TargetKey, Expected>> = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: { own: ok, otherCommune: notFound, otherProvince: notFound },
};

interface Fixture {
  unit: { provinceId: number; communeId: number };
  teamId: string;
  batchId?: string;
  personId?: string;
}

async function snapshot(f: Fixture) {
  const db = ownerDb();
  const [persons, memberships, batches] = await Promise.all([
    db.person.count({ where: f.unit }),
    db.membership.findMany({
      where: { teamId: f.teamId },
      select: { id: true, personId: true, role: true, version: true },
      orderBy: { id: "asc" },
    }),
    db.importBatch.findMany({
      where: f.unit,
      select: { id: true, status: true, rowCount: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { persons, memberships, batches };
}
type Snapshot = Awaited<ReturnType<typeof snapshot>>;
const snap = (value: unknown) => value as Snapshot;

async function arrangeTeam(c: CaseContext): Promise<Fixture> {
  const unit = { provinceId: c.units.provinceId, communeId: c.units.communeId };
  const team = await createTeam(unit, "MODEL");
  return { unit, teamId: team.id };
}

/** A committed batch of one new person in one team, as an import leaves it. */
async function arrangeBatch(c: CaseContext): Promise<Fixture> {
  const fixture = await arrangeTeam(c);
  const db = ownerDb();
  const batchId = randomUUID();
  await db.importBatch.create({
    data: {
      id: batchId,
      ...fixture.unit,
      username: "ma-tran-kiem-thu",
      fileName: "ma-tran.csv",
      rowCount: 1,
      personCount: 1,
      membershipCount: 1,
    },
  });
  const person = await db.person.create({
    data: {
      ...fixture.unit,
      fullName: "Người Được Nhập",
      gender: "FEMALE",
      citizenId: citizenIdFor("FEMALE", 1985),
      importBatchId: batchId,
    },
  });
  await db.membership.create({
    data: {
      ...fixture.unit,
      teamId: fixture.teamId,
      personId: person.id,
      role: "MEMBER",
      joinedOn: new Date(Date.UTC(2024, 0, 1)),
      importBatchId: batchId,
    },
  });
  return { ...fixture, batchId, personId: person.id };
}

async function teamName(teamId: string): Promise<string> {
  return (await ownerDb().team.findFirstOrThrow({ where: { id: teamId } })).name;
}

export const IMPORTS_ROWS: MatrixRow[] = [
  defineRow<Fixture>({
    action: "commitImportAction",
    expected: ROSTER_WRITERS,
    arrange: arrangeTeam,
    async act(f) {
      const bytes = csvBytes([
        TEMPLATE_HEADER,
        [
          "Nguyễn Văn Ma Trận",
          "15/6/1980",
          "Nam",
          citizenIdFor("MALE", 1980),
          "",
          "Kinh",
          "",
          "",
          await teamName(f.teamId),
          "Tổ viên",
          "01/02/2024",
          "",
          "",
          "",
        ],
      ]);
      return commitImportAction(undefined, {
        file: new File([bytes.slice().buffer], "ma-tran.csv"),
        communeId: f.unit.communeId,
        choices: {},
      });
    },
    snapshot,
    verify(_f, before, after) {
      expect(snap(after).persons).toBe(snap(before).persons + 1);
      expect(snap(after).memberships).toHaveLength(snap(before).memberships.length + 1);
      expect(snap(after).batches).toHaveLength(snap(before).batches.length + 1);
    },
  }),
  defineRow<Fixture>({
    action: "undoImportAction",
    expected: ROSTER_WRITERS,
    arrange: arrangeBatch,
    act: (f) => undoImportAction(undefined, { id: f.batchId ?? "" }),
    snapshot,
    verify(f, before, after) {
      expect(snap(after).persons).toBe(snap(before).persons - 1);
      expect(snap(after).memberships).toEqual([]);
      expect(snap(after).batches.find((b) => b.id === f.batchId)?.status).toBe("UNDONE");
    },
  }),
];
