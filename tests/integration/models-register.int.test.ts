// Models as provincial officers and the ministry keep them: registering with a pre-2025 origin (at
// the field when wrong, one name whatever its diacritics), scope (another province's model is "not
// found", the national catalog the ministry's), editing over someone else's change, retiring.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createModelAction,
  setModelStatusAction,
  updateCatalogModelAction,
  updateModelAction,
} from "@/app/[locale]/(portal)/models/actions";
import { getModel } from "@/lib/models/get-model";
import { listModels } from "@/lib/models/list-models";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed } from "../support/sign-in-as";
import { createOwnModel, ctxOf, KHMER, modelUsers, VETERANS } from "../support/models";

let caMau: Signed;
let caMauAdmin: Signed;
let tuyenQuang: Signed;
let ministry: Signed;
let giaRai: Signed;
let phongThanh: number;

const modelRow = (id: string) =>
  ownerDb().model.findUniqueOrThrow({
    where: { id },
    select: {
      provinceId: true,
      name: true,
      field: true,
      originProvinceId: true,
      originCommuneId: true,
      originFormerCommuneId: true,
      launchedOn: true,
      status: true,
      retiredOn: true,
      retiredReason: true,
      version: true,
    },
  });

const createOwn = (signed: Signed, name?: string) => createOwnModel(signed, phongThanh, name);

beforeAll(async () => {
  ({ caMau, caMauAdmin, tuyenQuang, ministry, giaRai, phongThanh } = await modelUsers());
});

describe("registering a model", () => {
  it("keeps a province's model with its pre-2025 origin, the commune it is in today, and an audit row", async () => {
    const { id, name } = await createOwn(
      caMau,
      "  Tổ   tự quản bến đò ".normalize("NFD") + uniqueName(""),
    );
    const row = await modelRow(id);
    const caMauId = (await ownerDb().province.findUniqueOrThrow({ where: { code: "96" } })).id;
    const giaRaiWard = await ownerDb().commune.findUniqueOrThrow({ where: { code: "31942" } });
    expect(row).toMatchObject({
      provinceId: caMauId,
      name: name.normalize("NFC").replace(/\s+/g, " ").trim(),
      originProvinceId: caMauId,
      originFormerCommuneId: phongThanh,
      originCommuneId: giaRaiWard.id,
      launchedOn: new Date(Date.UTC(2016, 3, 20)),
      status: "ACTIVE",
      version: 1,
    });
    const audit = await ownerDb().auditLog.findMany({ where: { entity: "Model", entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE"]);
    const detail = await getModel(await ctxOf(caMau), id);
    expect(detail?.originFormer).toMatchObject({
      name: "Xã Phong Thạnh",
      districtName: "Thị xã Giá Rai",
      provinceName: "Tỉnh Bạc Liêu",
    });
    expect(detail?.originCommune?.name).toBe("Phường Giá Rai");
  });

  it("refuses an origin in another province, beside the field, and writes nothing", async () => {
    const haGiang2 = await ownerDb().commune.findUniqueOrThrow({ where: { code: "00691" } });
    const before = await ownerDb().model.count();
    const result = await caMau.run(() =>
      createModelAction(undefined, {
        name: uniqueName("Mô hình"),
        field: "OTHER",
        origin: `c:${haGiang2.id}`,
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        origin:
          "Nơi khởi đầu phải là một xã, phường (hiện nay hoặc trước năm 2025) thuộc tỉnh, thành phố của bạn.",
      },
    });
    expect(await ownerDb().model.count()).toBe(before);
  });

  it("refuses a second model of the same name, whatever its diacritics", async () => {
    const { name } = await createOwn(caMau);
    const result = await caMau.run(() =>
      createModelAction(undefined, { name: name.toUpperCase(), field: "OTHER" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: "Đã có mô hình cùng tên. Hãy đặt tên khác hoặc sửa mô hình đã có.",
      },
    });
  });
});

describe("scope", () => {
  it("shows another province's model as not found, and changes nothing", async () => {
    const { id, name } = await createOwn(caMau);
    expect(await getModel(await ctxOf(tuyenQuang), id)).toBeNull();
    const list = await listModels(await ctxOf(tuyenQuang), { q: name });
    expect(list.rows).toEqual([]);
    const before = await modelRow(id);
    const result = await tuyenQuang.run(() =>
      updateModelAction(undefined, { id, version: 1, name: "Đổi tên", field: "OTHER" }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    expect(await modelRow(id)).toEqual(before);
    // The province's communes read it; the ministry too.
    expect((await getModel(await ctxOf(giaRai), id))?.editable).toBe(false);
    expect((await getModel(await ctxOf(ministry), id))?.editable).toBe(false);
  });

  it("lets a province read the national catalog but not change it; the ministry keeps it", async () => {
    const catalog = await getModel(await ctxOf(caMau), VETERANS);
    expect(catalog?.editable).toBe(false);
    const refused = await caMau.run(() =>
      updateModelAction(undefined, {
        id: VETERANS,
        version: catalog?.version ?? 1,
        name: "Đổi tên",
        field: "OTHER",
      }),
    );
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Mô hình này thuộc danh mục quốc gia do Bộ Công an quản lý. Bạn chỉ xem được.",
    });
    const before = await modelRow(KHMER);
    const detail = await getModel(await ctxOf(ministry), KHMER);
    const saved = await ministry.run(() =>
      updateCatalogModelAction(undefined, {
        id: KHMER,
        version: before.version,
        name: "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
        field: "ETHNIC",
        description: "Tích cực tuyên truyền.",
        originProvinceId: String(before.originProvinceId),
        origin: `f:${detail?.originFormer?.id ?? 0}`,
        launchedOn: "10/10/2014",
      }),
    );
    expect(saved).toMatchObject({ ok: true, data: { version: before.version + 1 } });
    const after = await modelRow(KHMER);
    expect(after).toEqual({ ...before, version: before.version + 1 });
  });
});

describe("editing over someone else's change", () => {
  it("refuses the older save and sends back the other person's values", async () => {
    const { id } = await createOwn(caMau);
    const first = await caMau.run(() =>
      updateModelAction(undefined, {
        id,
        version: 1,
        name: uniqueName("Tên của người thứ nhất"),
        field: "TRAFFIC",
      }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const saved = await modelRow(id);
    const second = await caMauAdmin.run(() =>
      updateModelAction(undefined, {
        id,
        version: 1,
        name: "Tên của người thứ hai",
        field: "OTHER",
      }),
    );
    expect(second).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.",
      conflict: {
        name: saved.name,
        field: "TRAFFIC",
        launchedOn: null,
        status: "ACTIVE",
        retiredReason: null,
        version: 2,
      },
    });
    expect(await modelRow(id)).toEqual(saved);
  });
});

describe("retiring", () => {
  it("keeps the day and the reason, and clears them when the model is applied again", async () => {
    const { id } = await createOwn(caMau);
    const early = await caMau.run(() =>
      setModelStatusAction(undefined, {
        id,
        version: 1,
        status: "INACTIVE",
        retiredOn: "01/01/2015",
        retiredReason: "Nhập nhầm",
      }),
    );
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { retiredOn: "Ngày ngừng áp dụng không được trước ngày khởi đầu mô hình." },
    });
    const retired = await caMau.run(() =>
      setModelStatusAction(undefined, {
        id,
        version: 1,
        status: "INACTIVE",
        retiredOn: "30/06/2025",
        retiredReason: "Sáp nhập vào mô hình Tổ liên gia tự quản",
      }),
    );
    expect(retired).toMatchObject({ ok: true, data: { status: "INACTIVE", version: 2 } });
    expect(await modelRow(id)).toMatchObject({
      status: "INACTIVE",
      retiredOn: new Date(Date.UTC(2025, 5, 30)),
      retiredReason: "Sáp nhập vào mô hình Tổ liên gia tự quản",
    });
    const inactive = await listModels(await ctxOf(caMau), { status: "INACTIVE" });
    expect(inactive.rows.map((r) => r.id)).toContain(id);
    const back = await caMau.run(() =>
      setModelStatusAction(undefined, { id, version: 2, status: "ACTIVE" }),
    );
    expect(back).toMatchObject({ ok: true, data: { status: "ACTIVE", version: 3 } });
    expect(await modelRow(id)).toMatchObject({
      status: "ACTIVE",
      retiredOn: null,
      retiredReason: null,
    });
  });
});
