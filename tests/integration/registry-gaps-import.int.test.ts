// The gaps the review of the roster import found: an import across the communes of a province names
// the other commune's team and links the person it keeps; an undo refuses when a person it created
// joined another commune's team.
import { beforeAll, describe, expect, it } from "vitest";
import {
  commitImportAction,
  undoImportAction,
} from "@/app/[locale]/(portal)/rosters/import/actions";
import { addMemberAction } from "@/app/[locale]/(portal)/teams/actions";
import { previewImport } from "@/lib/rosters/import/preview-import";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import {
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
} from "../support/rosters";
import { csvBytes, TEMPLATE_HEADER } from "../support/roster-files";
import { importCounts, importFile } from "../support/roster-import-fixtures";
import { type Signed } from "../support/sign-in-as";
import { ctxOf, registryGapsFixture } from "../support/registry-gaps";

let giaRaiOfficer: Signed;
let hungHoiOfficer: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };

beforeAll(async () => {
  ({ giaRaiOfficer, hungHoiOfficer, giaRai, hungHoi } = await registryGapsFixture());
});

describe("an import across the communes of a province", () => {
  const line = (name: string, citizenId: string, teamName: string) => [
    name,
    "05/05/1980",
    "Nam",
    citizenId,
    "",
    "Kinh",
    "Không",
    "",
    teamName,
    "Tổ viên",
    "01/02/2024",
    "",
    "",
    "",
  ];

  it("names the other commune's team in the preview, and links a person another commune keeps", async () => {
    const inTeam = await createPersonRow(hungHoi, "Đỗ Văn Đã Có Tổ");
    const theirTeam = await createTeamRow(hungHoi);
    await createMembershipRow(theirTeam, inTeam.id);
    const noTeam = await createPersonRow(hungHoi, "Đỗ Văn Chưa Có Tổ");
    const ourTeam = await createTeamRow(giaRai);
    const bytes = csvBytes([
      TEMPLATE_HEADER,
      line("Đỗ Văn Đã Có Tổ", inTeam.citizenId ?? "", ourTeam.name),
      line("Đỗ Văn Chưa Có Tổ", noTeam.citizenId ?? "", ourTeam.name),
    ]);
    const ctx = await ctxOf(giaRaiOfficer);
    const preview = await giaRaiOfficer.run(() =>
      previewImport(ctx, { fileName: "lien-xa.csv", bytes, choices: {} }),
    );
    const [first, second] = preview.rows;
    expect(first?.problems).toContainEqual(
      expect.objectContaining({ code: "inOtherTeam", severity: "error" }),
    );
    const named = first?.problems.find((p) => p.code === "inOtherTeam")?.values;
    expect(String(named?.team)).toContain(theirTeam.name);
    expect(String(named?.team)).toMatch(/Hưng Hội/);
    expect(second?.existingPerson).toBe(true);
    expect(second?.problems.filter((p) => p.severity === "error")).toEqual([]);

    // Without the row in error, the commit links the existing person: no new person.
    const before = await importCounts();
    const committed = await giaRaiOfficer.run(() =>
      commitImportAction(undefined, {
        file: importFile(
          csvBytes([
            TEMPLATE_HEADER,
            line("Đỗ Văn Chưa Có Tổ", noTeam.citizenId ?? "", ourTeam.name),
          ]),
          "lien-xa.csv",
        ),
        choices: {},
      }),
    );
    expect(committed).toMatchObject({ ok: true, data: { personCount: 0, membershipCount: 1 } });
    expect(await importCounts()).toEqual({
      persons: before.persons,
      memberships: before.memberships + 1,
      batches: before.batches + 1,
    });
    expect(
      await ownerDb().membership.count({ where: { personId: noTeam.id, teamId: ourTeam.id } }),
    ).toBe(1);
  });

  it("refuses the undo, changing nothing, when a person it created has joined another commune's team", async () => {
    const ourTeam = await createTeamRow(giaRai);
    const citizenId = freshCitizenId();
    const committed = await giaRaiOfficer.run(() =>
      commitImportAction(undefined, {
        file: importFile(
          csvBytes([TEMPLATE_HEADER, line("Vũ Văn Sang Xã", citizenId, ourTeam.name)]),
          "moi.csv",
        ),
        choices: {},
      }),
    );
    if (!committed.ok) throw new Error(JSON.stringify(committed));
    const created = await ownerDb().person.findFirstOrThrow({
      where: { importBatchId: committed.data.batchId },
      select: { id: true },
    });
    // Hưng Hội's officer adds the same citizen ID to a team of theirs: the same person.
    const theirTeam = await createTeamRow(hungHoi, {
      name: `Tổ Hưng Hội ${uniqueName("").slice(-5)}`,
    });
    const joined = await hungHoiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: theirTeam.id,
        personId: created.id,
        role: "MEMBER",
        joinedOn: "01/10/2025",
      }),
    );
    expect(joined).toMatchObject({ ok: true, data: { status: "added", personId: created.id } });

    const before = await importCounts();
    const undo = await giaRaiOfficer.run(() =>
      undoImportAction(undefined, { id: committed.data.batchId }),
    );
    expect(undo).toMatchObject({ ok: false, fieldErrors: {} });
    const message = undo.ok ? "" : (undo.formError ?? "");
    expect(message).toMatch(
      /^Không thể hoàn tác: 1 người do lần nhập này tạo đã tham gia tổ của xã, phường khác/,
    );
    expect(message).toContain("Vũ Văn Sang Xã");
    expect(message).toContain(theirTeam.name);
    expect(message).toMatch(/Hưng Hội/);
    expect(await importCounts()).toEqual(before);
    expect(
      (await ownerDb().importBatch.findFirstOrThrow({ where: { id: committed.data.batchId } }))
        .status,
    ).toBe("COMMITTED");
  });
});
