// Models as provincial officers and the ministry use them: registering with a pre-2025 origin,
// editing over someone else's change, retiring, recognitions by level and register, scope (another
// province's model is "not found"), diacritic-blind search, keyset pages, the published coverage
// of the veterans' club (57/64), and the Excel export read back with exceljs.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMinistryRecognitionAction,
  addRecognitionAction,
  createModelAction,
  removeRecognitionAction,
  setModelStatusAction,
  updateCatalogModelAction,
  updateModelAction,
} from "@/app/[locale]/(portal)/models/actions";
import { getCurrentUser, type AuthContext } from "@/lib/auth/current-user";
import { exportModels } from "@/lib/models/export-models";
import { getModel } from "@/lib/models/get-model";
import { getModelReach } from "@/lib/models/get-model-reach";
import { listModels } from "@/lib/models/list-models";
import { nationalModelId } from "@/prisma/seed/reference/national-models";
import { createUser, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

const VETERANS = nationalModelId("clb-ccb-pctp");
const KHMER = nationalModelId("clb-3-tich-cuc-khmer");

let caMau: Signed;
let caMauAdmin: Signed;
let tuyenQuang: Signed;
let ministry: Signed;
let giaRai: Signed;
let phongThanh: number;

const ctxOf = (signed: Signed): Promise<AuthContext> =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("no session");
    return ctx;
  });

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

async function createOwn(signed: Signed, name = uniqueName("Tổ tự quản thử nghiệm")) {
  const result = await signed.run(() =>
    createModelAction(undefined, {
      name,
      field: "SELF_MANAGEMENT",
      description: "Các hộ dân tự quản.",
      origin: `f:${phongThanh}`,
      launchedOn: "20/04/2016",
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.data.id, name };
}

beforeAll(async () => {
  caMau = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" })).username,
  );
  caMauAdmin = await signInAs(
    (await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" })).username,
  );
  tuyenQuang = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "08" })).username,
  );
  ministry = await signInAs((await createUser({ role: "MINISTRY_ADMIN" })).username);
  giaRai = await signInAs(
    (await createUser({ role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" }))
      .username,
  );
  phongThanh = (await ownerDb().formerCommune.findUniqueOrThrow({ where: { code: "31960" } })).id;
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

describe("recognitions", () => {
  it("records a province's experience notice once, and the ministry's nationwide replication", async () => {
    const { id } = await createOwn(caMau);
    const input = {
      modelId: id,
      level: "PROVINCE_EXPERIENCE",
      issuer: "Công an tỉnh Cà Mau",
      decisionNumber: "125/QĐ-CAT",
      decidedOn: "15/03/2024",
    };
    const added = await caMau.run(() => addRecognitionAction(undefined, input));
    expect(added).toMatchObject({ ok: true });
    const again = await caMauAdmin.run(() => addRecognitionAction(undefined, input));
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { level: "Mô hình đã có hình thức công nhận này của đơn vị bạn." },
    });
    const notOurs = await caMau.run(() =>
      addRecognitionAction(undefined, { ...input, level: "MINISTRY_NATIONWIDE" }),
    );
    expect(notOurs).toMatchObject({
      ok: false,
      fieldErrors: { level: "Bạn không thể ghi nhận hình thức công nhận này." },
    });
    const nationwide = await ministry.run(() =>
      addMinistryRecognitionAction(undefined, {
        ...input,
        level: "MINISTRY_NATIONWIDE",
        issuer: "Bộ Công an",
      }),
    );
    expect(nationwide).toMatchObject({ ok: true });
    const rows = await ownerDb().modelRecognition.findMany({
      where: { modelId: id },
      select: { level: true, issuer: true, decisionNumber: true, decidedOn: true },
      orderBy: { level: "asc" },
    });
    expect(rows).toEqual([
      {
        level: "PROVINCE_EXPERIENCE",
        issuer: "Công an tỉnh Cà Mau",
        decisionNumber: "125/QĐ-CAT",
        decidedOn: new Date(Date.UTC(2024, 2, 15)),
      },
      {
        level: "MINISTRY_NATIONWIDE",
        issuer: "Bộ Công an",
        decisionNumber: "125/QĐ-CAT",
        decidedOn: new Date(Date.UTC(2024, 2, 15)),
      },
    ]);
    const list = await listModels(await ctxOf(caMau), { level: "MINISTRY_NATIONWIDE" });
    expect(list.rows.map((r) => r.id)).toContain(id);

    // The province removes its own notice; the ministry's stays.
    const detail = await getModel(await ctxOf(caMau), id);
    const own = detail?.recognitions.find((r) => r.level === "PROVINCE_EXPERIENCE");
    const ministryOne = detail?.recognitions.find((r) => r.level === "MINISTRY_NATIONWIDE");
    expect(own?.removable).toBe(true);
    expect(ministryOne?.removable).toBe(false);
    const notRemovable = await caMau.run(() =>
      removeRecognitionAction(undefined, { id: ministryOne?.id ?? "" }),
    );
    expect(notRemovable).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    const removed = await caMau.run(() =>
      removeRecognitionAction(undefined, { id: own?.id ?? "" }),
    );
    expect(removed).toMatchObject({ ok: true });
    expect(await ownerDb().modelRecognition.count({ where: { modelId: id } })).toBe(1);
  });
});

describe("the published models of former Bạc Liêu", () => {
  it("shows the veterans' club launched 20/04/2016 in xã Phong Thạnh, in 57 of the 64 former communes", async () => {
    const ctx = await ctxOf(caMau);
    const model = await getModel(ctx, VETERANS);
    expect(model?.launchedOn).toEqual(new Date(Date.UTC(2016, 3, 20)));
    expect(model?.originFormer?.name).toBe("Xã Phong Thạnh");
    expect(model?.recognitions.map((r) => r.level)).toContain("MINISTRY_NATIONWIDE");
    const reach = await getModelReach(ctx, VETERANS);
    expect(reach?.pointTotal).toBe(57);
    const caMauCoverage = reach?.coverage.find((c) => c.province.name === "Cà Mau");
    const bacLieu = await ownerDb().formerProvince.findUniqueOrThrow({
      where: { name: "Tỉnh Bạc Liêu" },
    });
    expect(caMauCoverage?.former).toEqual([
      {
        formerProvinceId: bacLieu.id,
        name: "Tỉnh Bạc Liêu",
        coverage: { covered: 57, of: 64 },
      },
    ]);
    // Against today's 64 communes of Cà Mau: the wards and communes Bạc Liêu's became.
    const todayCommunes = await ownerDb().replicationPoint.findMany({
      where: { modelId: VETERANS, provinceId: caMauCoverage?.province.id ?? -1 },
      select: { communeId: true },
      distinct: ["communeId"],
    });
    expect(caMauCoverage?.today).toEqual({ covered: todayCommunes.length, of: 64 });
    expect(reach?.byCommune.reduce((sum, c) => sum + c.points, 0)).toBe(57);
    expect(reach?.openMemberships).toBe(3_318);
    expect(reach?.activeTeams).toBe(261);
    // The ministry sees every province that runs it, the province it began in first.
    const national = await getModelReach(await ctxOf(ministry), VETERANS);
    expect(national?.coverage.map((c) => c.province.name)).toEqual(["Cà Mau", "Cần Thơ"]);
  });

  it("shows the Khmer club founded 10/10/2014 in xã Hưng Hội", async () => {
    const model = await getModel(await ctxOf(caMau), KHMER);
    expect(model?.launchedOn).toEqual(new Date(Date.UTC(2014, 9, 10)));
    expect(model?.originFormer?.name).toBe("Xã Hưng Hội");
  });

  it("shows a commune officer its own commune's points, without province coverage", async () => {
    const reach = await getModelReach(await ctxOf(giaRai), VETERANS);
    expect(reach?.coverage).toEqual([]);
    expect(reach?.byCommune.every((c) => c.name === "Phường Giá Rai")).toBe(true);
  });
});

describe("search and pages", () => {
  it("finds names typed without diacritics or case", async () => {
    const ctx = await ctxOf(caMau);
    const names = async (q: string) => (await listModels(ctx, { q })).rows.map((r) => r.name);
    expect(await names("cau lac bo 3 tich cuc")).toContain(
      "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
    );
    expect(await names("CUU CHIEN BINH")).toContain(
      "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
    );
    expect((await names("d")).some((n) => n.includes("đ"))).toBe(true);
    // Every word typed, whatever stands between or around them (the search page's own example).
    expect(await names("cau lac bo cuu chien binh")).toContain(
      "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
    );
    expect(await names("khmer, 3 tich cuc")).toContain(
      "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
    );
  });

  it("pages by keyset without repeating or skipping a model, in every order", async () => {
    const ctx = await ctxOf(ministry);
    for (const sort of ["name", "launched", "points"] as const) {
      const first = await listModels(ctx, { sort });
      expect(first.rows).toHaveLength(50);
      const ids = first.rows.map((r) => r.id);
      let after = first.next;
      while (after) {
        const page = await listModels(ctx, { sort }, after);
        ids.push(...page.rows.map((r) => r.id));
        after = page.next;
      }
      expect(new Set(ids).size).toBe(first.total);
      expect(ids).toHaveLength(first.total);
    }
    const byPoints = await listModels(ctx, { sort: "points" });
    const counts = byPoints.rows.map((r) => r.points);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("lists the catalog and the province's own models, the province's 35 in Cà Mau", async () => {
    const ctx = await ctxOf(caMau);
    const catalog = await listModels(ctx, { owner: "catalog" });
    expect(catalog.rows.every((r) => r.ownerProvince === null)).toBe(true);
    const own = await ownerDb().model.count({ where: { province: { code: "96" } } });
    expect((await listModels(ctx, { owner: "province" })).total).toBe(own);
    const all = await listModels(ctx, {});
    expect(all.total).toBe(catalog.total + own);
  });
});

describe("the Excel export", () => {
  it("writes the filtered list with Vietnamese headers, counts as numbers and dates as dates", async () => {
    const ctx = await ctxOf(caMau);
    const file = await exportModels(ctx, { q: "cuu chien binh" }, "vi");
    expect(file.fileName).toBe("danh-sach-mo-hinh.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("Mô hình");
    const header = sheet?.getRow(2).values as unknown[];
    expect(header.slice(1)).toEqual([
      "Tên mô hình",
      "Lĩnh vực",
      "Thuộc",
      "Nơi khởi đầu",
      "Ngày khởi đầu",
      "Số điểm nhân rộng",
      "Công nhận",
      "Trạng thái",
    ]);
    const rows: unknown[][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 2) rows.push((row.values as unknown[]).slice(1));
    });
    const veterans = rows.find(
      (r) => r[0] === "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
    );
    expect(veterans).toEqual([
      "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
      "Phòng, chống tội phạm",
      "Danh mục quốc gia",
      // Where the model began, as its page writes it (not only today's province).
      "xã Phong Thạnh (cũ), thị xã Giá Rai, tỉnh Bạc Liêu — nay thuộc phường Giá Rai, tỉnh Cà Mau",
      new Date(Date.UTC(2016, 3, 20)),
      57,
      "Công nhận nhân rộng toàn quốc",
      "Đang áp dụng",
    ]);
    expect(sheet?.getColumn(5).numFmt).toBe("dd/mm/yyyy");
    expect(sheet?.getColumn(6).numFmt).toBe("#,##0");
  });
});
