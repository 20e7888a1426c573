// Models as the catalog shows them: recognitions by level and register, the published coverage of
// former Bạc Liêu's models (the veterans' club's 57/64), diacritic-blind search, keyset pages, and
// the Excel export read back with exceljs.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMinistryRecognitionAction,
  addRecognitionAction,
  removeRecognitionAction,
} from "@/app/[locale]/(portal)/models/actions";
import { exportModels } from "@/lib/models/export-models";
import { getModel } from "@/lib/models/get-model";
import { getModelReach } from "@/lib/models/get-model-reach";
import { listModels } from "@/lib/models/list-models";
import { ownerDb } from "../support/owner-db";
import { type Signed } from "../support/sign-in-as";
import { createOwnModel, ctxOf, KHMER, modelUsers, VETERANS } from "../support/models";

let caMau: Signed;
let caMauAdmin: Signed;
let ministry: Signed;
let giaRai: Signed;
let phongThanh: number;

const createOwn = (signed: Signed, name?: string) => createOwnModel(signed, phongThanh, name);

beforeAll(async () => {
  ({ caMau, caMauAdmin, ministry, giaRai, phongThanh } = await modelUsers());
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
