// Roster import against the real database: the preview names every problem, a commit writes all
// rows or none, legacy communes resolve through the old → new mappings and a split one is asked
// about, undo restores the counts exactly and is refused after an edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commitImportAction,
  undoImportAction,
} from "@/app/[locale]/(portal)/rosters/import/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { previewImport } from "@/lib/rosters/import/preview-import";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { csvBytes, type FileCell, TEMPLATE_HEADER, xlsxBytes } from "../support/roster-files";
import {
  citizenIdFor,
  createArea,
  createMember,
  createSplitFormerCommune,
  removeSplitFormerCommune,
  createTeam,
  importCounts,
  importFile,
} from "../support/roster-import-fixtures";
import { type Signed, signedInAs } from "../support/sign-in-as";

let officer: Signed;
let provinceOfficer: Signed;
let giaRai: { provinceId: number; communeId: number };
let langTron: number;
let team: { id: string; name: string };
let modelTeam: { id: string; name: string };
let ledTeam: { id: string; name: string };
let area: { id: string; name: string };
let split: { id: number; name: string };

afterAll(async () => {
  await removeSplitFormerCommune(split.id);
});

beforeAll(async () => {
  officer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  provinceOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  const ids = await unitIds("96", "31942");
  giaRai = { provinceId: ids.provinceId, communeId: ids.communeId ?? -1 };
  langTron = (await unitIds("96", "31951")).communeId ?? -1;
  team = await createTeam(giaRai, "GRASSROOTS_SECURITY");
  modelTeam = await createTeam(giaRai, "MODEL");
  ledTeam = await createTeam(giaRai, "GRASSROOTS_SECURITY");
  await createMember(giaRai, ledTeam.id, { role: "LEADER", fullName: "Lê Văn Trưởng" });
  area = await createArea(giaRai);
  split = await createSplitFormerCommune([giaRai.communeId, langTron]);
});

interface Person {
  name: string;
  gender?: "MALE" | "FEMALE";
  year?: number;
  citizenId?: string;
  team?: string;
  role?: string;
  area?: string;
  former?: [string, string, string];
}

function row(p: Person): FileCell[] {
  const gender = p.gender ?? "MALE";
  const year = p.year ?? 1980;
  return [
    p.name,
    `15/6/${year}`,
    gender === "MALE" ? "Nam" : "Nữ",
    p.citizenId ?? citizenIdFor(gender, year),
    "0912 345 678",
    "Kinh",
    "Không",
    p.area ?? area.name,
    p.team ?? team.name,
    p.role ?? "Tổ viên",
    "01/02/2024",
    ...(p.former ?? ["", "", ""]),
  ];
}

const spacedOut = (id: string) => id.replace(/(\d{3})(?=\d)/g, "$1 ");

async function preview(signed: Signed, bytes: Uint8Array, name: string, choices = {}) {
  return signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return previewImport(ctx, { fileName: name, bytes, choices });
  });
}

const codesOf = (p: Awaited<ReturnType<typeof preview>>, rowNumber: number) =>
  p.rows.find((r) => r.rowNumber === rowNumber)?.problems.map((x) => x.code) ?? [];

describe("roster import preview", () => {
  it("names every row's problems, with row numbers and columns", async () => {
    const existing = await createMember(giaRai, modelTeam.id, { fullName: "Phạm Thị Đã Có" });
    const other = await createTeam(giaRai, "MODEL");
    const repeated = citizenIdFor("FEMALE", 1990);
    const bytes = csvBytes([
      TEMPLATE_HEADER,
      row({ name: "Nguyễn Văn Hợp Lệ" }), // 2
      row({ name: "Sai Số", citizenId: "12345" }), // 3
      row({ name: "Lặp Một", gender: "FEMALE", year: 1990, citizenId: repeated }), // 4
      row({ name: "Lặp Hai", gender: "FEMALE", year: 1990, citizenId: repeated }), // 5
      row({ name: "Đã Có", citizenId: existing.citizenId ?? "", team: other.name, year: 1970 }), // 6
      row({ name: "Không Ấp", area: "Ấp Không Có" }), // 7
      row({ name: "Trưởng Một", role: "Tổ trưởng" }), // 8
      row({ name: "Trưởng Hai", role: "Tổ trưởng" }), // 9
      row({ name: "Trưởng Ba", role: "Tổ trưởng", team: ledTeam.name }), // 10
      row({ name: "Không Tổ", team: "Tổ không có" }), // 11
      row({ name: "Xã Cũ", former: ["Xã Phong Thạnh", "Thị xã Giá Rai", "Tỉnh Bạc Liêu"] }), // 12
      row({ name: "Mã Cũ", former: ["31960", "", ""] }), // 13
      row({ name: "Xã Tách", former: [split.name, "Giá Rai", "Bạc Liêu"] }), // 14
      row({ name: "Xã Khác", former: ["Xã Phong Thạnh Đông", "Thị xã Giá Rai", ""] }), // 15
    ]);
    const p = await preview(officer, bytes, "loi.csv");
    expect(p.counts.rows).toBe(14);
    expect(codesOf(p, 2)).toEqual([]);
    expect(codesOf(p, 3)).toEqual(["citizenIdFormat"]);
    expect(codesOf(p, 4)).toEqual(["repeatedInFile"]);
    expect(p.rows.find((r) => r.rowNumber === 4)?.problems[0]).toMatchObject({
      column: "citizenId",
      values: { rows: "5" },
    });
    expect(codesOf(p, 6)).toContain("inOtherTeam");
    expect(
      p.rows.find((r) => r.rowNumber === 6)?.problems.find((x) => x.code === "inOtherTeam"),
    ).toMatchObject({ values: { team: modelTeam.name, name: "Phạm Thị Đã Có" } });
    expect(codesOf(p, 7)).toEqual(["areaUnknown"]);
    expect(codesOf(p, 8)).toEqual(["twoLeadersInFile"]);
    expect(codesOf(p, 9)).toEqual(["twoLeadersInFile"]);
    expect(codesOf(p, 10)).toEqual(["teamHasLeader"]);
    expect(codesOf(p, 11)).toEqual(["teamUnknown"]);
    expect(codesOf(p, 12)).toEqual([]); // xã Phong Thạnh, thị xã Giá Rai → Phường Giá Rai
    expect(codesOf(p, 13)).toEqual([]);
    expect(codesOf(p, 14)).toEqual(["formerCommuneSplit"]);
    expect(codesOf(p, 15)).toEqual(["outsideScope"]); // now Phường Láng Tròn
    expect(p.questions).toEqual([
      {
        formerCommuneId: split.id,
        label: `${split.name}, Thị xã Giá Rai, Tỉnh Bạc Liêu`,
        rows: [14],
        choices: expect.arrayContaining([
          { communeId: giaRai.communeId, name: "Phường Giá Rai" },
          { communeId: langTron, name: "Phường Láng Tròn" },
        ]) as unknown,
        chosen: null,
      },
    ]);
  });

  it("applies the officer's choice for a split commune", async () => {
    const bytes = csvBytes([TEMPLATE_HEADER, row({ name: "Tách", former: [split.name, "", ""] })]);
    const here = await preview(officer, bytes, "a.csv", { [split.id]: giaRai.communeId });
    expect(codesOf(here, 2)).toEqual([]);
    const there = await preview(officer, bytes, "a.csv", { [split.id]: langTron });
    expect(codesOf(there, 2)).toEqual(["outsideScope"]);
  });
});

describe("roster import commit", () => {
  it("writes nothing when any row is in error: counts equal before and after", async () => {
    const bytes = await xlsxBytes([
      TEMPLATE_HEADER,
      row({ name: "Hợp Lệ Một" }),
      row({ name: "Hợp Lệ Hai" }),
      // A valid ID typed in groups of three, as officers do.
      row({ name: "Cũng Hợp Lệ", citizenId: spacedOut(citizenIdFor("MALE", 1980)) }),
      row({ name: "Sai Hẳn", citizenId: "99999" }),
    ]);
    const before = await importCounts();
    const result = await officer.run(() =>
      commitImportAction(undefined, { file: importFile(bytes, "co-loi.xlsx"), choices: {} }),
    );
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? "" : result.formError).toMatch(
      /^Chưa nhập dòng nào: 1 dòng có lỗi \(dòng 5\)/u,
    );
    expect(await importCounts()).toEqual(before);
  });

  it("refuses while a split commune is unanswered", async () => {
    const bytes = csvBytes([TEMPLATE_HEADER, row({ name: "Tách", former: [split.name, "", ""] })]);
    const before = await importCounts();
    const result = await officer.run(() =>
      commitImportAction(undefined, { file: importFile(bytes, "tach.csv"), choices: {} }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Chưa nhập dòng nào: hãy chọn xã, phường mới cho các xã cũ đã được chia tách.",
    });
    expect(await importCounts()).toEqual(before);
  });

  it("commits every row in one batch, reuses persons on record, and undo restores the counts", async () => {
    const commitTeam = await createTeam(giaRai, "MODEL");
    const known = await createMember(giaRai, team.id, { fullName: "Hồ Văn Đã Có" });
    const bytes = csvBytes([
      TEMPLATE_HEADER,
      row({
        name: "Võ Thị Mới".normalize("NFD"),
        gender: "FEMALE",
        team: commitTeam.name,
        role: "Tổ trưởng",
      }),
      row({ name: "Đặng Văn Mới", team: commitTeam.name, former: [split.name, "", ""] }),
      row({
        name: "Hồ Văn Đã Có",
        citizenId: known.citizenId ?? "",
        year: 1970,
        team: commitTeam.name,
      }),
    ]);
    const before = await importCounts();
    const result = await officer.run(() =>
      commitImportAction(undefined, {
        file: importFile(bytes, "Danh sách tổ.csv"),
        choices: { [split.id]: giaRai.communeId },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { rowCount: 3, personCount: 2, membershipCount: 3 },
    });
    if (!result.ok) return;
    const after = await importCounts();
    expect(after).toEqual({
      persons: before.persons + 2,
      memberships: before.memberships + 3,
      batches: before.batches + 1,
    });
    const db = ownerDb();
    const batch = await db.importBatch.findFirstOrThrow({ where: { id: result.data.batchId } });
    expect(batch).toMatchObject({
      communeId: giaRai.communeId,
      username: officer.username,
      fileName: "Danh sách tổ.csv",
      rowCount: 3,
      personCount: 2,
      membershipCount: 3,
      status: "COMMITTED",
    });
    const created = await db.person.findMany({
      where: { importBatchId: batch.id },
      select: { fullName: true, gender: true },
    });
    expect(created.sort((a, b) => a.fullName.localeCompare(b.fullName, "vi"))).toEqual([
      { fullName: "Đặng Văn Mới", gender: "MALE" },
      { fullName: "Võ Thị Mới", gender: "FEMALE" },
    ]);
    const memberships = await db.membership.findMany({
      where: { importBatchId: batch.id },
      select: { teamId: true, role: true, personId: true },
    });
    expect(memberships).toHaveLength(3);
    expect(memberships.filter((m) => m.role === "LEADER")).toHaveLength(1);
    expect(memberships.some((m) => m.personId === known.id)).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "IMPORT", entityId: batch.id, userId: officer.userId },
      }),
    ).toBe(1);

    const undone = await officer.run(() => undoImportAction(undefined, { id: batch.id }));
    expect(undone).toEqual({ ok: true, data: { id: batch.id, memberships: 3, persons: 2 } });
    expect(await importCounts()).toEqual({ ...before, batches: before.batches + 1 });
    expect(await db.person.findFirst({ where: { id: known.id } })).not.toBeNull();
    expect(await db.importBatch.findFirstOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "UNDONE",
      undoneBy: officer.username,
    });
    expect(await db.auditLog.count({ where: { action: "UNDO", entityId: batch.id } })).toBe(1);

    const again = await officer.run(() => undoImportAction(undefined, { id: batch.id }));
    expect(again).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Lần nhập này đã được hoàn tác.",
    });
  });

  it("refuses the undo after a row of the batch was edited, naming it", async () => {
    const editTeam = await createTeam(giaRai, "MODEL");
    const bytes = csvBytes([
      TEMPLATE_HEADER,
      row({ name: "Lý Văn Sẽ Sửa", team: editTeam.name }),
      row({ name: "Lý Văn Giữ Nguyên", team: editTeam.name }),
    ]);
    const result = await officer.run(() =>
      commitImportAction(undefined, { file: importFile(bytes, "sua.csv"), choices: {} }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const db = ownerDb();
    const edited = await db.person.findFirstOrThrow({
      where: { importBatchId: result.data.batchId, fullName: "Lý Văn Sẽ Sửa" },
    });
    await db.person.updateMany({
      where: { id: edited.id },
      data: { phone: "+84987654321", version: { increment: 1 } },
    });
    const before = await importCounts();
    const undo = await officer.run(() => undoImportAction(undefined, { id: result.data.batchId }));
    expect(undo).toEqual({
      ok: false,
      fieldErrors: {},
      formError:
        "Không thể hoàn tác: 1 người đã được sửa sau khi nhập (Lý Văn Sẽ Sửa). Hãy sửa trực tiếp trong danh sách tổ.",
    });
    expect(await importCounts()).toEqual(before);
    expect(
      (await db.importBatch.findFirstOrThrow({ where: { id: result.data.batchId } })).status,
    ).toBe("COMMITTED");
  });

  it("lets a province officer import into a chosen commune of the province", async () => {
    const hungHoi = (await unitIds("96", "31906")).communeId ?? -1;
    const unit = { provinceId: giaRai.provinceId, communeId: hungHoi };
    const hhTeam = await createTeam(unit, "MODEL");
    const bytes = csvBytes([
      TEMPLATE_HEADER,
      row({ name: "Thạch Thị Sa", gender: "FEMALE", team: hhTeam.name, area: "" }),
    ]);
    const result = await provinceOfficer.run(() =>
      commitImportAction(undefined, {
        file: importFile(bytes, "hh.csv"),
        communeId: hungHoi,
        choices: {},
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { rowCount: 1, personCount: 1 } });
    const wrong = await officer.run(() =>
      commitImportAction(undefined, {
        file: importFile(bytes, "hh.csv"),
        communeId: hungHoi,
        choices: {},
      }),
    );
    expect(wrong).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
  });
});
