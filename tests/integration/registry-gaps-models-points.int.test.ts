// The gaps the review of the registry found: the ministry's recognitions seen by every province on
// a catalog model's page and removable by the ministry administrator; a point's history that starts
// on its corrected established date; exports and templates for every role that may have them.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMinistryRecognitionAction,
  removeMinistryRecognitionAction,
  removeRecognitionAction,
} from "@/app/[locale]/(portal)/models/actions";
import { createPointAction, updatePointAction } from "@/app/[locale]/(portal)/points/actions";
import { inScope } from "@/lib/db/scoped";
import { getModel } from "@/lib/models/get-model";
import { listModels } from "@/lib/models/list-models";
import { exportRoster } from "@/lib/rosters/export-roster";
import { templateExample } from "@/lib/rosters/import/template";
import { nationalModelId } from "@/prisma/seed/reference/national-models";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { createMembershipRow, createPersonRow, createTeamRow } from "../support/rosters";
import { type Signed } from "../support/sign-in-as";
import { ctxOf, registryGapsFixture } from "../support/registry-gaps";

const VETERANS = nationalModelId("clb-ccb-pctp");

let caMau: Signed;
let tuyenQuang: Signed;
let tuyenQuangCommune: Signed;
let ministry: Signed;
let analyst: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };

beforeAll(async () => {
  ({ caMau, tuyenQuang, tuyenQuangCommune, ministry, analyst, giaRai, hungHoi } =
    await registryGapsFixture());
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
