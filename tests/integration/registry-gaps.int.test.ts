// The gaps the review of the registry and rosters found: the ministry's recognitions seen by every
// province on a catalog model's page and removable by the ministry administrator; one person per
// citizen ID within a province, across the communes a commune officer cannot see; an undo that
// refuses when a person it created joined another commune's team; a point's history that starts
// on its corrected established date; exports and templates for every role that may have them.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMinistryRecognitionAction,
  removeMinistryRecognitionAction,
  removeRecognitionAction,
} from "@/app/[locale]/(portal)/models/actions";
import { updatePersonAction } from "@/app/[locale]/(portal)/people/actions";
import { createPointAction, updatePointAction } from "@/app/[locale]/(portal)/points/actions";
import {
  commitImportAction,
  undoImportAction,
} from "@/app/[locale]/(portal)/rosters/import/actions";
import { addMemberAction } from "@/app/[locale]/(portal)/teams/actions";
import { getCurrentUser, type AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { getModel } from "@/lib/models/get-model";
import { listModels } from "@/lib/models/list-models";
import { exportRoster } from "@/lib/rosters/export-roster";
import { getTeam } from "@/lib/rosters/get-team";
import { lookUpPersons } from "@/lib/rosters/person-lookup";
import { previewImport } from "@/lib/rosters/import/preview-import";
import { templateExample } from "@/lib/rosters/import/template";
import { nationalModelId } from "@/prisma/seed/reference/national-models";
import { createUser, unitIds, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import {
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
} from "../support/rosters";
import { csvBytes, TEMPLATE_HEADER } from "../support/roster-files";
import { type Signed, signInAs } from "../support/sign-in-as";

const VETERANS = nationalModelId("clb-ccb-pctp");

let caMau: Signed;
let giaRaiOfficer: Signed;
let hungHoiOfficer: Signed;
let tuyenQuang: Signed;
let tuyenQuangCommune: Signed;
let ministry: Signed;
let analyst: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };
let haGiang2: { provinceId: number; communeId: number };

const ctxOf = (signed: Signed): Promise<AuthContext> =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("no session");
    return ctx;
  });

const units = async (province: string, commune: string) => {
  const ids = await unitIds(province, commune);
  return { provinceId: ids.provinceId, communeId: ids.communeId ?? -1 };
};

beforeAll(async () => {
  const as = async (options: Parameters<typeof createUser>[0]) =>
    signInAs((await createUser(options)).username);
  caMau = await as({ role: "PROVINCE_OFFICER", provinceCode: "96" });
  giaRaiOfficer = await as({ role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" });
  hungHoiOfficer = await as({ role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31906" });
  tuyenQuang = await as({ role: "PROVINCE_OFFICER", provinceCode: "08" });
  tuyenQuangCommune = await as({
    role: "COMMUNE_OFFICER",
    provinceCode: "08",
    communeCode: "00691",
  });
  ministry = await as({ role: "MINISTRY_ADMIN" });
  analyst = await as({ role: "MINISTRY_ANALYST" });
  giaRai = await units("96", "31942");
  hungHoi = await units("96", "31906");
  haGiang2 = await units("08", "00691");
});

describe("the ministry's recognitions of a catalog model", () => {
  it("are seen by every province and its communes, on the model's page and in the catalog filter", async () => {
    const stored = await ownerDb().modelRecognition.findFirstOrThrow({
      where: { modelId: VETERANS, level: "MINISTRY_NATIONWIDE" },
      select: { id: true, provinceId: true },
    });
    const tuyenQuangId = (await ownerDb().province.findUniqueOrThrow({ where: { code: "08" } })).id;
    expect(stored.provinceId).not.toBe(tuyenQuangId);
    for (const viewer of [tuyenQuang, tuyenQuangCommune]) {
      const model = await getModel(await ctxOf(viewer), VETERANS);
      expect(model?.recognitions.map((r) => [r.id, r.level, r.removable])).toContainEqual([
        stored.id,
        "MINISTRY_NATIONWIDE",
        false,
      ]);
    }
    const list = await listModels(await ctxOf(tuyenQuang), { level: "MINISTRY_NATIONWIDE" });
    expect(list.rows.map((r) => r.id)).toContain(VETERANS);
  });

  it("but a province's own notice of a catalog model stays in that province", async () => {
    const notice = await ownerDb().modelRecognition.create({
      data: {
        provinceId: giaRai.provinceId,
        modelId: VETERANS,
        level: "ADVANCED_EXEMPLAR",
        issuer: "Công an tỉnh Cà Mau",
        decidedOn: new Date(Date.UTC(2024, 1, 1)),
      },
      select: { id: true },
    });
    try {
      const seenThere = await getModel(await ctxOf(tuyenQuang), VETERANS);
      expect(seenThere?.recognitions.map((r) => r.id)).not.toContain(notice.id);
      const seenHere = await getModel(await ctxOf(caMau), VETERANS);
      expect(seenHere?.recognitions.map((r) => r.id)).toContain(notice.id);
    } finally {
      await ownerDb().modelRecognition.deleteMany({ where: { id: notice.id } });
    }
  });

  it("are removed (to be corrected) by the ministry administrator only, with an audit row", async () => {
    const model = await ownerDb().model.create({
      data: {
        provinceId: null,
        code: uniqueName("kiem-thu"),
        name: uniqueName("Mô hình danh mục kiểm thử"),
        field: "OTHER",
        originProvinceId: giaRai.provinceId,
        originCommuneId: giaRai.communeId,
      },
      select: { id: true },
    });
    const input = {
      modelId: model.id,
      level: "MINISTRY_NATIONWIDE",
      issuer: "Bộ Công an",
      decisionNumber: "1/QĐ-BCA",
      decidedOn: "15/03/2024",
    };
    const added = await ministry.run(() => addMinistryRecognitionAction(undefined, input));
    expect(added).toMatchObject({ ok: true });
    const id = added.ok ? added.data.id : "";
    const detail = await getModel(await ctxOf(ministry), model.id);
    expect(detail?.recognitions.find((r) => r.id === id)?.removable).toBe(true);

    // Kept under Cà Mau, the province cannot remove it — neither through the action nor in SQL.
    const byProvince = await caMau.run(() => removeRecognitionAction(undefined, { id }));
    expect(byProvince).toMatchObject({ ok: false });
    const rawDelete = await inScope(
      await ctxOf(caMau),
      (tx) => tx.$executeRaw`delete from "ModelRecognition" where id = ${id}::uuid`,
    );
    expect(rawDelete).toBe(0);
    const byAnalyst = await analyst.run(() => removeMinistryRecognitionAction(undefined, { id }));
    expect(byAnalyst).toMatchObject({ ok: false });
    expect(await ownerDb().modelRecognition.count({ where: { id } })).toBe(1);

    const removed = await ministry.run(() => removeMinistryRecognitionAction(undefined, { id }));
    expect(removed).toMatchObject({ ok: true });
    expect(await ownerDb().modelRecognition.count({ where: { id } })).toBe(0);
    expect(
      await ownerDb().auditLog.count({
        where: { entity: "ModelRecognition", entityId: id, action: "DELETE" },
      }),
    ).toBe(1);
    // Corrected: recorded again with the right decision.
    const again = await ministry.run(() =>
      addMinistryRecognitionAction(undefined, { ...input, decisionNumber: "2/QĐ-BCA" }),
    );
    expect(again).toMatchObject({ ok: true });
  });

  it("cannot be written by a province in SQL either", async () => {
    const inserted = inScope(
      await ctxOf(caMau),
      (tx) => tx.$executeRaw`insert into "ModelRecognition" (id, "provinceId", "modelId", level)
        values (gen_random_uuid(), ${giaRai.provinceId}, ${VETERANS}::uuid, 'MINISTRY_NATIONWIDE')`,
    );
    await expect(inserted).rejects.toThrow(/row-level security/);
  });
});

describe("one person per citizen ID within a province", () => {
  it("a commune officer adding a member whose citizen ID another commune keeps is told, and links to that person", async () => {
    const elsewhere = await createPersonRow(hungHoi, "Lê Văn Hồng Nhật");
    const theirTeam = await createTeamRow(hungHoi);
    await createMembershipRow(theirTeam, elsewhere.id);
    const ourTeam = await createTeamRow(giaRai);
    const member = {
      teamId: ourTeam.id,
      fullName: "Lê Văn Hồng Nhật",
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: elsewhere.citizenId ?? "",
      role: "MEMBER",
      joinedOn: "01/09/2025",
    };
    const persons = await ownerDb().person.count();
    const first = await giaRaiOfficer.run(() => addMemberAction(undefined, member));
    expect(first).toMatchObject({
      ok: true,
      data: {
        status: "duplicates",
        candidates: [
          {
            id: elsewhere.id,
            fullName: "Lê V. H. N.",
            sameCitizenId: true,
            elsewhere: true,
            teams: [theirTeam.name],
          },
        ],
      },
    });
    const shown = first.ok && first.data.status === "duplicates" ? first.data.candidates : [];
    expect(shown[0]?.communeName).toMatch(/Hưng Hội/);
    expect(await ownerDb().person.count()).toBe(persons);

    const linked = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, { ...member, personId: elsewhere.id }),
    );
    expect(linked).toMatchObject({ ok: true, data: { status: "added", personId: elsewhere.id } });
    expect(await ownerDb().person.count()).toBe(persons);
    const roster = await getTeam(await ctxOf(giaRaiOfficer), ourTeam.id);
    expect(roster?.members.map((m) => [m.personId, m.fullName])).toEqual([
      [elsewhere.id, "Lê Văn Hồng Nhật"],
    ]);
    // The record stays the home commune's: it is not moved, and it keeps its version.
    expect(
      await ownerDb().person.findFirstOrThrow({
        where: { id: elsewhere.id },
        select: { communeId: true, version: true },
      }),
    ).toEqual({ communeId: hungHoi.communeId, version: 1 });
  });

  it("the same name and birth date in another commune is a possible duplicate, shown masked", async () => {
    const name = `Phạm Văn Trùng ${uniqueName("").slice(-4)}`;
    const elsewhere = await createPersonRow(hungHoi, name);
    const ourTeam = await createTeamRow(giaRai);
    const result = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: ourTeam.id,
        fullName: name.toUpperCase(),
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: freshCitizenId(),
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        status: "duplicates",
        candidates: [{ id: elsewhere.id, sameCitizenId: false, elsewhere: true }],
      },
    });
    const candidate =
      result.ok && result.data.status === "duplicates" ? result.data.candidates : [];
    expect(candidate[0]?.fullName).toMatch(/^Phạm V\. T\./);
    expect(candidate[0]?.fullName).not.toContain("Trùng");
  });

  it("correcting a person to a citizen ID another commune's record holds names that record, masked", async () => {
    const there = await createPersonRow(hungHoi, "Trịnh Văn Đã Có");
    const here = await createPersonRow(giaRai, "Trịnh Văn Mới Sửa");
    const result = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, {
        id: here.id,
        version: String(here.version),
        fullName: here.fullName,
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: there.citizenId ?? "",
      }),
    );
    expect(result).toMatchObject({ ok: false });
    const message = result.ok ? "" : (result.fieldErrors.citizenId ?? "");
    expect(message).toContain("Trịnh V. Đ. C.");
    expect(message).toMatch(/Hưng Hội/);
    expect(message).not.toContain("Đã Có");
  });

  it("the lookup never reveals another province's person, nor answers without a province", async () => {
    const there = await createPersonRow(haGiang2, "Hoàng Văn Biên");
    const here = await createPersonRow(hungHoi, "Hoàng Văn Gần");
    const ask = { citizenIds: [there.citizenId ?? "", here.citizenId ?? ""] };
    const fromGiaRai = await inScope(await ctxOf(giaRaiOfficer), (tx) => lookUpPersons(tx, ask));
    expect(fromGiaRai.map((p) => p.id)).toEqual([here.id]);
    const byId = await inScope(await ctxOf(giaRaiOfficer), (tx) =>
      lookUpPersons(tx, { personIds: [there.id] }),
    );
    expect(byId).toEqual([]);
    const fromMinistry = await inScope(await ctxOf(ministry), (tx) => lookUpPersons(tx, ask));
    expect(fromMinistry).toEqual([]);
    // A commune officer cannot link another province's person either.
    const ourTeam = await createTeamRow(giaRai);
    const refused = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: ourTeam.id,
        personId: there.id,
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    expect(await ownerDb().membership.count({ where: { personId: there.id } })).toBe(0);
  });

  it("the function answers portal_app only in a verified scope", async () => {
    const here = await createPersonRow(hungHoi);
    const rows = await ownerDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local role portal_app`);
      await tx.$executeRawUnsafe(
        `select set_config('app.scope_level', 'PROVINCE', true), set_config('app.province_id', '${hungHoi.provinceId}', true)`,
      );
      return tx.$queryRaw<
        unknown[]
      >`select * from app_person_lookup(${[here.citizenId ?? ""]}::text[])`;
    });
    expect(rows).toEqual([]);
  });
});

describe("a person's ethnicity, religion, affiliation and phone", () => {
  it("are kept when a member is added, corrected on the person, and the phone can be removed", async () => {
    const team = await createTeamRow(giaRai);
    const added = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: team.id,
        fullName: "Thạch Văn Sóc",
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: freshCitizenId(),
        phone: "0912 345 678",
        ethnicityId: "3",
        religion: "BUDDHISM",
        affiliation: "VETERAN",
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(added).toMatchObject({ ok: true, data: { status: "added" } });
    const personId = added.ok && added.data.status === "added" ? added.data.personId : "";
    const read = () =>
      ownerDb().person.findFirstOrThrow({
        where: { id: personId },
        select: {
          ethnicityId: true,
          religion: true,
          affiliation: true,
          phone: true,
          version: true,
        },
      });
    expect(await read()).toEqual({
      ethnicityId: 3,
      religion: "BUDDHISM",
      affiliation: "VETERAN",
      phone: "+84912345678",
      version: 1,
    });
    const edit = {
      id: personId,
      fullName: "Thạch Văn Sóc",
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: "",
      phone: "",
      ethnicityId: "1",
      religion: "HOA_HAO",
      affiliation: "FISHERMAN",
    };
    // An empty phone field keeps the number; the checkbox removes it.
    const kept = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "1" }),
    );
    expect(kept).toMatchObject({ ok: true });
    expect(await read()).toEqual({
      ethnicityId: 1,
      religion: "HOA_HAO",
      affiliation: "FISHERMAN",
      phone: "+84912345678",
      version: 2,
    });
    const cleared = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "2", clearPhone: "on" }),
    );
    expect(cleared).toMatchObject({ ok: true });
    expect((await read()).phone).toBeNull();
    const bad = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "3", religion: "PASTAFARIAN" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { religion: "Vui lòng chọn một giá trị trong danh sách." },
    });
  });
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
  const file = (bytes: Uint8Array, name: string) => new File([bytes.slice().buffer], name);
  const counts = async () => {
    const db = ownerDb();
    const [persons, memberships, batches] = await Promise.all([
      db.person.count(),
      db.membership.count(),
      db.importBatch.count(),
    ]);
    return { persons, memberships, batches };
  };

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
    const before = await counts();
    const committed = await giaRaiOfficer.run(() =>
      commitImportAction(undefined, {
        file: file(
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
    expect(await counts()).toEqual({
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
        file: file(
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

    const before = await counts();
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
    expect(await counts()).toEqual(before);
    expect(
      (await ownerDb().importBatch.findFirstOrThrow({ where: { id: committed.data.batchId } }))
        .status,
    ).toBe("COMMITTED");
  });
});

describe("a point's established date", () => {
  it("corrected, moves the first row of its history; never past a later change", async () => {
    const model = await ownerDb().model.findFirstOrThrow({
      where: { provinceId: giaRai.provinceId },
      select: { id: true },
    });
    const created = await caMau.run(() =>
      createPointAction(undefined, {
        modelId: model.id,
        communeId: String(giaRai.communeId),
        name: uniqueName("Điểm kiểm thử ngày"),
        leadOrganization: "POLICE",
        establishedOn: "10/03/2020",
      }),
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    const point = await ownerDb().replicationPoint.findFirstOrThrow({
      where: { id },
      select: { version: true, name: true, modelId: true },
    });
    const edit = {
      id,
      version: String(point.version),
      modelId: point.modelId,
      name: point.name,
      leadOrganization: "POLICE",
      establishedOn: "01/02/2019",
    };
    const updated = await caMau.run(() => updatePointAction(undefined, edit));
    expect(updated).toMatchObject({ ok: true });
    const history = () =>
      ownerDb().pointStatusChange.findMany({
        where: { pointId: id },
        select: { fromStatus: true, toStatus: true, effectiveOn: true },
        orderBy: { effectiveOn: "asc" },
      });
    expect(await history()).toEqual([
      { fromStatus: null, toStatus: "ACTIVE", effectiveOn: new Date(Date.UTC(2019, 1, 1)) },
    ]);

    await ownerDb().pointStatusChange.create({
      data: {
        provinceId: giaRai.provinceId,
        pointId: id,
        fromStatus: "ACTIVE",
        toStatus: "SUSPENDED",
        effectiveOn: new Date(Date.UTC(2021, 5, 1)),
      },
    });
    const tooLate = await caMau.run(() =>
      updatePointAction(undefined, {
        ...edit,
        version: String(point.version + 1),
        establishedOn: "01/07/2021",
      }),
    );
    expect(tooLate).toMatchObject({
      ok: false,
      fieldErrors: {
        establishedOn: "Ngày thành lập phải trước ngày thay đổi trạng thái đầu tiên (01/06/2021).",
      },
    });
    expect((await history())[0]?.effectiveOn).toEqual(new Date(Date.UTC(2019, 1, 1)));
    // The later rows stay as they were, even in SQL.
    const rewritten = await inScope(
      await ctxOf(caMau),
      (tx) => tx.$executeRaw`update "PointStatusChange" set "effectiveOn" = '2018-01-01'
        where "pointId" = ${id}::uuid and "fromStatus" is not null`,
    );
    expect(rewritten).toBe(0);
  });
});

describe("exports and templates", () => {
  it("the ministry exports any commune's roster; a province officer gets a template without naming a commune", async () => {
    const team = await createTeamRow(hungHoi);
    const person = await createPersonRow(hungHoi);
    await createMembershipRow(team, person.id);
    for (const viewer of [ministry, analyst]) {
      const file = await exportRoster(await ctxOf(viewer), { communeId: hungHoi.communeId });
      expect(file?.fileName).toMatch(/\.xlsx$/);
    }
    const example = await templateExample(await ctxOf(caMau), undefined);
    expect(example.commune).toMatch(/Cà Mau/);
    expect(example).toMatchObject({ team: "Tổ số 1", area: "Ấp 1" });
  });
});
