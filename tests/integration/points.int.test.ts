// Replication points as provincial officers keep them: registration with its first history row, the
// lifecycle (suspend, reactivate, dissolve with a reason) kept row by row in the same transaction as
// the point and its audit row, version conflicts, scope (another province's point is "not found"),
// diacritic-blind search, yearly ratings, the demo history and the .xlsx export read back.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  changePointStatusAction,
  createPointAction,
  setPointRatingAction,
  updatePointAction,
} from "@/app/[locale]/(portal)/points/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { exportPoints } from "@/lib/points/export-points";
import { getPoint } from "@/lib/points/get-point";
import { listPoints } from "@/lib/points/list-points";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

let officer: Signed;
let communeOfficer: Signed;
let otherProvince: Signed;
let caMau: number;
let giaRai: number;
let hungHoi: number;
let modelId: string;

const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";
const CONFLICT = "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.";

beforeAll(async () => {
  officer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  communeOfficer = await signedInAs("COMMUNE_OFFICER", {
    provinceCode: "96",
    communeCode: "31942",
  });
  otherProvince = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
  const ids = await unitIds("96", "31942");
  caMau = ids.provinceId;
  giaRai = ids.communeId ?? -1;
  hungHoi = (await unitIds("96", "31906")).communeId ?? -1;
  modelId = (
    await ownerDb().model.findFirstOrThrow({
      where: { provinceId: null, code: "cong-truong-an-toan" },
      select: { id: true },
    })
  ).id;
});

const ctxOf = (signed: Signed) =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

async function registerPoint(name: string, communeId = giaRai) {
  const result = await officer.run(() =>
    createPointAction(undefined, {
      communeId: String(communeId),
      modelId,
      name,
      leadOrganization: "VETERANS",
      establishedOn: "20/04/2016",
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const pointRow = (id: string) =>
  ownerDb().replicationPoint.findFirstOrThrow({
    where: { id },
    select: {
      status: true,
      suspendedOn: true,
      dissolvedOn: true,
      dissolvedReason: true,
      version: true,
      name: true,
      provinceId: true,
      communeId: true,
    },
  });
const historyOf = (pointId: string) =>
  ownerDb().pointStatusChange.findMany({
    where: { pointId },
    select: { fromStatus: true, toStatus: true, effectiveOn: true, reason: true, userId: true },
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
  });
const auditCount = (entityId: string) =>
  ownerDb().auditLog.count({ where: { entity: "ReplicationPoint", entityId } });

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("registering a point", () => {
  it("writes the point, its first history row (established → ACTIVE) and an audit row", async () => {
    const id = await registerPoint("Câu lạc bộ Cựu chiến binh thử nghiệm Giá Rai");
    expect(await pointRow(id)).toMatchObject({
      status: "ACTIVE",
      provinceId: caMau,
      communeId: giaRai,
      version: 1,
    });
    expect(await historyOf(id)).toEqual([
      {
        fromStatus: null,
        toStatus: "ACTIVE",
        effectiveOn: day("2016-04-20"),
        reason: null,
        userId: officer.userId,
      },
    ]);
    expect(await auditCount(id)).toBe(1);
  });

  it("names an unnamed point after its model and commune", async () => {
    const result = await officer.run(() =>
      createPointAction(undefined, {
        communeId: String(hungHoi),
        modelId,
        name: "",
        leadOrganization: "VETERANS",
        establishedOn: "2020-01-15",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await pointRow(result.data.id)).name).toBe(
      "Cổng trường an toàn giao thông xã Hưng Hội",
    );
  });

  it("refuses a commune of another province at its field, and a commune officer outright", async () => {
    const tuyenQuangCommune = (await unitIds("08", "00691")).communeId ?? -1;
    const before = await ownerDb().replicationPoint.count();
    const result = await officer.run(() =>
      createPointAction(undefined, {
        communeId: String(tuyenQuangCommune),
        modelId,
        leadOrganization: "VETERANS",
        establishedOn: "2020-01-15",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { communeId: "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn." },
    });
    const refused = await communeOfficer.run(() =>
      createPointAction(undefined, {
        communeId: String(giaRai),
        modelId,
        leadOrganization: "VETERANS",
        establishedOn: "2020-01-15",
      }),
    );
    expect(refused).toEqual({ ok: false, fieldErrors: {}, formError: FORBIDDEN });
    expect(await ownerDb().replicationPoint.count()).toBe(before);
  });
});

describe("the lifecycle", () => {
  it("keeps every change in the history, with the point's status and dates beside it", async () => {
    const id = await registerPoint("Điểm vòng đời");
    const change = (values: {
      version: string;
      toStatus: string;
      effectiveOn: string;
      reason?: string;
    }) => officer.run(() => changePointStatusAction(undefined, { id, ...values }));

    expect(
      await change({ version: "1", toStatus: "SUSPENDED", effectiveOn: "2023-03-01" }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await pointRow(id)).toMatchObject({
      status: "SUSPENDED",
      suspendedOn: day("2023-03-01"),
      version: 2,
    });

    expect(
      await change({ version: "2", toStatus: "ACTIVE", effectiveOn: "2023-09-01" }),
    ).toMatchObject({ ok: true });
    expect(await pointRow(id)).toMatchObject({ status: "ACTIVE", suspendedOn: null, version: 3 });

    // Dissolving needs a reason: nothing changes without one.
    expect(
      await change({ version: "3", toStatus: "DISSOLVED", effectiveOn: "2024-06-30", reason: "" }),
    ).toEqual({ ok: false, fieldErrors: { reason: "Vui lòng nhập lý do thanh loại." } });
    expect((await pointRow(id)).status).toBe("ACTIVE");

    // Not before the last change.
    expect(
      await change({ version: "3", toStatus: "DISSOLVED", effectiveOn: "2023-01-01", reason: "x" }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        effectiveOn:
          "Ngày hiệu lực không được trước lần thay đổi trạng thái gần nhất (01/09/2023).",
      },
    });

    expect(
      await change({
        version: "3",
        toStatus: "DISSOLVED",
        effectiveOn: "2024-06-30",
        reason: "Thành viên chuyển đi nơi khác, không còn đủ người duy trì",
      }),
    ).toMatchObject({ ok: true, data: { version: 4 } });
    expect(await pointRow(id)).toMatchObject({
      status: "DISSOLVED",
      dissolvedOn: day("2024-06-30"),
      dissolvedReason: "Thành viên chuyển đi nơi khác, không còn đủ người duy trì",
      version: 4,
    });

    // Dissolved is final.
    expect(await change({ version: "4", toStatus: "ACTIVE", effectiveOn: "2024-07-01" })).toEqual({
      ok: false,
      fieldErrors: {
        toStatus: "Không thể chuyển điểm từ trạng thái hiện tại sang trạng thái đã chọn.",
      },
    });

    const history = await historyOf(id);
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, "ACTIVE"],
      ["ACTIVE", "SUSPENDED"],
      ["SUSPENDED", "ACTIVE"],
      ["ACTIVE", "DISSOLVED"],
    ]);
    expect(history[3]?.reason).toBe("Thành viên chuyển đi nơi khác, không còn đủ người duy trì");
    // One audit row per write: the registration and three changes.
    expect(await auditCount(id)).toBe(4);

    const detail = await getPoint(await ctxOf(officer), id);
    expect(detail.history).toHaveLength(4);
    expect(detail.nextStatuses).toEqual([]);
  });

  it("refuses a save over a newer version and changes nothing", async () => {
    const id = await registerPoint("Điểm hai người cùng sửa");
    const base = {
      id,
      modelId,
      leadOrganization: "WOMEN",
      establishedOn: "2016-04-20",
    };
    expect(
      await officer.run(() =>
        updatePointAction(undefined, { ...base, version: "1", name: "Tên của người thứ nhất" }),
      ),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await officer.run(() =>
      updatePointAction(undefined, { ...base, version: "1", name: "Tên của người thứ hai" }),
    );
    expect(stale).toMatchObject({
      ok: false,
      formError: CONFLICT,
      conflict: { version: 2, name: "Tên của người thứ nhất", status: "ACTIVE" },
    });
    const staleStatus = await officer.run(() =>
      changePointStatusAction(undefined, {
        id,
        version: "1",
        toStatus: "SUSPENDED",
        effectiveOn: "2024-01-01",
      }),
    );
    expect(staleStatus).toMatchObject({ ok: false, formError: CONFLICT });
    expect(await pointRow(id)).toMatchObject({
      name: "Tên của người thứ nhất",
      status: "ACTIVE",
      version: 2,
    });
    expect(await historyOf(id)).toHaveLength(1);
  });
});

describe("scope", () => {
  it("another province's point is not found, and nothing changes", async () => {
    const id = await registerPoint("Điểm của Cà Mau");
    await expect(getPoint(await ctxOf(otherProvince), id)).rejects.toBeInstanceOf(NotFoundError);
    const result = await otherProvince.run(() =>
      changePointStatusAction(undefined, {
        id,
        version: "1",
        toStatus: "DISSOLVED",
        effectiveOn: "2024-01-01",
        reason: "Thử",
      }),
    );
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: NOT_FOUND });
    expect(await pointRow(id)).toMatchObject({ status: "ACTIVE", version: 1 });
  });

  it("a commune officer reads their own commune's points only", async () => {
    const inHungHoi = await registerPoint("Điểm ở Hưng Hội", hungHoi);
    const ctx = await ctxOf(communeOfficer);
    await expect(getPoint(ctx, inHungHoi)).rejects.toBeInstanceOf(NotFoundError);
    const list = await listPoints(ctx, { communeId: hungHoi });
    expect(list.total).toBeGreaterThan(0);
    expect(list.rows.every((p) => p.communeName === "Phường Giá Rai")).toBe(true);
    const own = await ownerDb().replicationPoint.count({ where: { communeId: giaRai } });
    expect(list.total).toBe(own);
  });
});

describe("the list", () => {
  it("finds points without diacritics or case, and filters by status and commune", async () => {
    const ctx = await ctxOf(officer);
    const found = await listPoints(ctx, { q: "CUU chien binh" });
    const expected = await ownerDb().replicationPoint.count({
      where: { provinceId: caMau, name: { contains: "Cựu chiến binh", mode: "insensitive" } },
    });
    expect(found.total).toBe(expected);
    expect(found.total).toBeGreaterThan(57);
    expect(found.rows.every((p) => /cựu chiến binh/i.test(p.name))).toBe(true);

    const inGiaRai = await listPoints(ctx, { communeId: giaRai, status: "ACTIVE" });
    expect(
      inGiaRai.rows.every((p) => p.communeName === "Phường Giá Rai" && p.status === "ACTIVE"),
    ).toBe(true);
  });

  it("pages by keyset without repeating or skipping a point", async () => {
    const ctx = await ctxOf(officer);
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (let page = 0; page < 3; page++) {
      const list = await listPoints(ctx, { sort: "established-desc", after });
      total = list.total;
      seen.push(...list.rows.map((r) => r.id));
      after = list.next ?? undefined;
      if (!after) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(Math.min(150, total));
    const dates = await ownerDb().replicationPoint.findMany({
      where: { provinceId: caMau },
      select: { id: true },
      orderBy: [{ establishedOn: "desc" }, { id: "desc" }],
      take: seen.length,
    });
    expect(seen).toEqual(dates.map((d) => d.id));
  });
});

describe("ratings", () => {
  it("sets a year's rating and corrects it", async () => {
    const id = await registerPoint("Điểm được xếp loại");
    expect(
      await officer.run(() =>
        setPointRatingAction(undefined, { id, year: "2024", rating: "FAIR", note: "" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await officer.run(() =>
        setPointRatingAction(undefined, { id, year: "2024", rating: "GOOD" }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await officer.run(() =>
        setPointRatingAction(undefined, { id, year: "2010", rating: "GOOD" }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: { year: "Năm đánh giá phải từ năm thành lập điểm đến năm nay." },
    });
    expect(
      await ownerDb().pointRating.findMany({
        where: { pointId: id },
        select: { year: true, rating: true },
      }),
    ).toEqual([{ year: 2024, rating: "GOOD" }]);
  });
});

describe("the demo data", () => {
  it("gives every demo point its history, starting on the day it was established", async () => {
    // Demo rows carry name-based (version 5) UUIDs; points made by tests do not.
    const [counts] = await ownerDb().$queryRaw<{ demo: bigint; without: bigint }[]>`
      select count(*) as demo,
             count(*) filter (where not exists (
               select 1 from "PointStatusChange" c
               where c."pointId" = p.id and c."fromStatus" is null and c."toStatus" = 'ACTIVE'
                 and c."effectiveOn" = p."establishedOn")) as without
      from "ReplicationPoint" p where substr(p.id::text, 15, 1) = '5'`;
    expect(Number(counts?.demo)).toBeGreaterThan(2_000);
    expect(Number(counts?.without)).toBe(0);
  });
});

describe("the export", () => {
  it("writes the filtered list to .xlsx with Vietnamese headers and real dates", async () => {
    const ctx = await ctxOf(officer);
    const filter = { communeId: giaRai };
    const total = (await listPoints(ctx, filter)).total;
    const { buffer, rows } = await exportPoints(ctx, filter, "vi", "Cà Mau");
    expect(rows).toBe(total);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("Điểm nhân rộng");
    expect(sheet.getRow(1).getCell(1).value).toBe("Danh sách điểm nhân rộng mô hình — Cà Mau");
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Tên điểm",
      "Mô hình",
      "Xã, phường",
      "Nơi hoạt động",
      "Tổ chức chủ trì",
      "Ngày thành lập",
      "Trạng thái",
      "Xếp loại gần nhất",
    ]);
    expect(sheet.rowCount).toBe(2 + total);
    const first = sheet.getRow(3);
    expect(first.getCell(3).value).toBe("Phường Giá Rai");
    expect(first.getCell(6).value).toBeInstanceOf(Date);
    expect(sheet.getColumn(6).numFmt).toBe("dd/mm/yyyy");
    expect(["Đang hoạt động", "Tạm ngưng", "Đã thanh loại"]).toContain(first.getCell(7).value);
  });
});
