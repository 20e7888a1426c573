// The yearly evaluations as provincial and commune officers record them: "An toàn về ANTT"
// registrations (once per unit and year; before 2025 by former commune), results with their
// decision, the 70 % commune rule on the summary, titles with versions, team ratings under the 20 %
// rule (its boundary), awards with keyset paging, filters and the .xlsx export.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAwardAction,
  deleteAwardAction,
  updateAwardAction,
} from "@/app/[locale]/(portal)/awards/actions";
import { setTeamRatingAction } from "@/app/[locale]/(portal)/ratings/actions";
import {
  recordSafetyResultAction,
  registerSafetyUnitAction,
  setCommuneTitleAction,
  withdrawSafetyRegistrationAction,
} from "@/app/[locale]/(portal)/safety/actions";
import { exportAwards } from "@/lib/awards/export-awards";
import { listAwards } from "@/lib/awards/list-awards";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getRatingSummary } from "@/lib/ratings/get-rating-summary";
import { getCommuneSafety } from "@/lib/safety/get-commune-safety";
import { getSafetySummary } from "@/lib/safety/get-safety-summary";
import { uniqueName, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

let officer: Signed;
let communeOfficer: Signed;
let otherProvince: Signed;
let caMau: number;
let giaRai: number;
let hungHoi: number;
let formerOfGiaRai: number;
let formerElsewhere: number;

const CONFLICT = "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.";
const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";

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
  const mapping = await ownerDb().communeMapping.findFirstOrThrow({ where: { communeId: giaRai } });
  formerOfGiaRai = mapping.formerCommuneId;
  formerElsewhere = (
    await ownerDb().communeMapping.findFirstOrThrow({ where: { communeId: hungHoi } })
  ).formerCommuneId;
});

const ctxOf = (signed: Signed) =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

function area(communeId = giaRai, formerCommuneId: number | null = null) {
  return ownerDb().residentialArea.create({
    data: {
      provinceId: caMau,
      communeId,
      formerCommuneId,
      name: `Ấp kiểm thử ${uniqueName("a")}`,
      kind: "AP",
    },
  });
}

function fail(result: { ok: boolean }) {
  expect(result.ok).toBe(false);
  return result as { ok: false; fieldErrors: Record<string, string>; formError?: string };
}

describe("registering units for “An toàn về ANTT”", () => {
  it("registers an area once a year, in the commune officer's own commune, with an audit row", async () => {
    const a = await area();
    const first = await communeOfficer.run(() =>
      registerSafetyUnitAction(undefined, {
        year: "2026",
        communeId: String(hungHoi), // ignored: a commune officer registers in their own commune
        unitType: "RESIDENTIAL_AREA",
        residentialAreaId: a.id,
      }),
    );
    expect(first.ok).toBe(true);
    const again = fail(
      await officer.run(() =>
        registerSafetyUnitAction(undefined, {
          year: "2026",
          communeId: String(giaRai),
          unitType: "RESIDENTIAL_AREA",
          residentialAreaId: a.id,
        }),
      ),
    );
    expect(again.fieldErrors.residentialAreaId).toBe(
      "Đơn vị này đã đăng ký “An toàn về ANTT” năm 2026.",
    );
    const rows = await ownerDb().safetyRegistration.findMany({
      where: { residentialAreaId: a.id },
    });
    expect(rows.map((r) => [r.communeId, r.year, r.result])).toEqual([[giaRai, 2026, "PENDING"]]);
    expect(
      await ownerDb().auditLog.count({
        where: { entity: "SafetyRegistration", entityId: rows[0]?.id },
      }),
    ).toBe(1);
  });

  it("keeps the former commune of a registration before 2025, and a commune's own one by it", async () => {
    const a = await area(giaRai, formerOfGiaRai);
    const reg = await officer.run(() =>
      registerSafetyUnitAction(undefined, {
        year: "2023",
        communeId: String(giaRai),
        unitType: "RESIDENTIAL_AREA",
        residentialAreaId: a.id,
      }),
    );
    expect(reg.ok).toBe(true);
    const saved = await ownerDb().safetyRegistration.findFirstOrThrow({
      where: { residentialAreaId: a.id },
    });
    expect(saved.formerCommuneId).toBe(formerOfGiaRai);

    const missing = fail(
      await officer.run(() =>
        registerSafetyUnitAction(undefined, {
          year: "2023",
          communeId: String(giaRai),
          unitType: "COMMUNE",
        }),
      ),
    );
    expect(missing.fieldErrors.formerCommuneId).toBe(
      "Năm trước 2025: chọn xã, phường, thị trấn cũ mà đăng ký này dành cho.",
    );
    const elsewhere = fail(
      await officer.run(() =>
        registerSafetyUnitAction(undefined, {
          year: "2023",
          communeId: String(giaRai),
          unitType: "COMMUNE",
          formerCommuneId: String(formerElsewhere),
        }),
      ),
    );
    expect(elsewhere.fieldErrors.formerCommuneId).toBe(
      "Xã cũ này không sáp nhập vào xã, phường đã chọn.",
    );
    const commune = await officer.run(() =>
      registerSafetyUnitAction(undefined, {
        year: "2023",
        communeId: String(giaRai),
        unitType: "COMMUNE",
        formerCommuneId: String(formerOfGiaRai),
      }),
    );
    expect(commune.ok).toBe(true);
    const afterMerger = fail(
      await officer.run(() =>
        registerSafetyUnitAction(undefined, {
          year: "2025",
          communeId: String(giaRai),
          unitType: "COMMUNE",
          formerCommuneId: String(formerOfGiaRai),
        }),
      ),
    );
    expect(afterMerger.fieldErrors.formerCommuneId).toBe(
      "Từ năm 2025 chỉ ghi theo xã, phường, đặc khu hiện nay.",
    );
    // A commune officer registers its units, the province the commune itself.
    const byCommune = fail(
      await communeOfficer.run(() =>
        registerSafetyUnitAction(undefined, {
          year: "2026",
          communeId: String(giaRai),
          unitType: "COMMUNE",
        }),
      ),
    );
    expect(byCommune.fieldErrors.unitType).toBe(
      "Đăng ký của chính xã, phường do Công an tỉnh ghi nhận.",
    );
  });
});

describe("recording results", () => {
  async function registration(year = 2024) {
    const a = await area(giaRai, year < 2025 ? formerOfGiaRai : null);
    return ownerDb().safetyRegistration.create({
      data: {
        provinceId: caMau,
        communeId: giaRai,
        year,
        unitType: "RESIDENTIAL_AREA",
        residentialAreaId: a.id,
        formerCommuneId: year < 2025 ? formerOfGiaRai : null,
        registeredOn: new Date(`${year}-02-01T00:00:00Z`),
      },
    });
  }

  it("checks the decision number and its date against the year", async () => {
    const reg = await registration(2024);
    const send = (decisionNumber: string, decidedOn: string, version = reg.version) =>
      officer.run(() =>
        recordSafetyResultAction(undefined, {
          id: reg.id,
          version: String(version),
          result: "ACHIEVED",
          decisionNumber,
          decidedOn,
        }),
      );
    expect(fail(await send("123", "20/12/2024")).fieldErrors.decisionNumber).toBe(
      "Số quyết định chưa đúng dạng, ví dụ 123/QĐ-UBND hoặc 12/2023/QĐ-UBND.",
    );
    expect(fail(await send("123/QĐ-UBND", "31/12/2023")).fieldErrors.decidedOn).toBe(
      "Ngày quyết định phải trong năm 2024 hoặc sau đó.",
    );
    expect(fail(await send("123/QĐ-UBND", "02/01/2026")).fieldErrors.decidedOn).toBe(
      "Ngày quyết định phải trong năm 2024 hoặc năm 2025.",
    );
    expect(fail(await send("123/QĐ-UBND", "31/02/2024")).fieldErrors.decidedOn).toBe(
      "Vui lòng nhập một ngày có thật, dạng ngày/tháng/năm (ví dụ 24/11/2026).",
    );
    const saved = await send("123/qd-ubnd", "20/12/2024");
    expect(saved).toEqual({ ok: true, data: { id: reg.id, version: 2 } });
    expect(fail(await send("124/QĐ-UBND", "21/12/2024")).formError).toBe(CONFLICT);
    const row = await ownerDb().safetyRegistration.findFirstOrThrow({ where: { id: reg.id } });
    expect([row.result, row.decisionNumber, row.decidedOn?.toISOString().slice(0, 10)]).toEqual([
      "ACHIEVED",
      "123/QĐ-UBND",
      "2024-12-20",
    ]);
    // Another province's officer does not find it; a decided registration is not withdrawn.
    expect(
      fail(
        await otherProvince.run(() =>
          recordSafetyResultAction(undefined, { id: reg.id, version: "2", result: "PENDING" }),
        ),
      ).formError,
    ).toBe(NOT_FOUND);
    expect(
      fail(
        await communeOfficer.run(() =>
          withdrawSafetyRegistrationAction(undefined, { id: reg.id, version: "2" }),
        ),
      ).formError,
    ).toBe("Đơn vị đã có kết quả: không rút đăng ký được. Hãy đổi kết quả nếu cần.");
  });

  it("warns on a commune recognised with fewer than 70 % of its units recognised", async () => {
    const year = 2017;
    const fresh = await ownerDb().communeMapping.findMany({ where: { communeId: hungHoi } });
    const former = fresh[0]?.formerCommuneId ?? -1;
    // 10 areas of that former commune, 6 recognised: 60 %; the commune itself recognised.
    for (let i = 0; i < 10; i++) {
      const a = await area(hungHoi, former);
      await ownerDb().safetyRegistration.create({
        data: {
          provinceId: caMau,
          communeId: hungHoi,
          year,
          unitType: "RESIDENTIAL_AREA",
          residentialAreaId: a.id,
          formerCommuneId: former,
          registeredOn: new Date("2017-02-01T00:00:00Z"),
          result: i < 6 ? "ACHIEVED" : "NOT_ACHIEVED",
          decisionNumber: "1/QĐ-UBND",
          decidedOn: new Date("2017-12-20T00:00:00Z"),
        },
      });
    }
    await ownerDb().safetyRegistration.create({
      data: {
        provinceId: caMau,
        communeId: hungHoi,
        year,
        unitType: "COMMUNE",
        formerCommuneId: former,
        registeredOn: new Date("2017-02-01T00:00:00Z"),
        result: "ACHIEVED",
        decisionNumber: "2/QĐ-UBND",
        decidedOn: new Date("2017-12-28T00:00:00Z"),
      },
    });
    const summary = await getSafetySummary(await ctxOf(officer), { year });
    const row = summary.communes.find((c) => c.communeId === hungHoi);
    expect(row).toMatchObject({
      units: { achieved: 6, total: 10 },
      communeResult: "ACHIEVED",
      breaksRule: true,
    });
    expect(summary.byType.COMMUNE).toMatchObject({ achieved: 1, total: 1 });
    // The commune officer of another commune does not see it.
    const own = await getSafetySummary(await ctxOf(communeOfficer), { year });
    expect(own.communes.find((c) => c.communeId === hungHoi)).toBeUndefined();
  });
});

describe("commune titles", () => {
  it("are kept per former commune before 2025, with versions", async () => {
    const send = (version?: number) =>
      officer.run(() =>
        setCommuneTitleAction(undefined, {
          communeId: String(giaRai),
          formerCommuneId: String(formerOfGiaRai),
          year: "2022",
          exemplary: "true",
          ...(version ? { version: String(version) } : {}),
        }),
      );
    expect(await send()).toMatchObject({ ok: true, data: { version: 1 } });
    expect(fail(await send()).formError).toBe(CONFLICT);
    expect(await send(1)).toMatchObject({ ok: true, data: { version: 2 } });
    const data = await getCommuneSafety(await ctxOf(officer), giaRai, 2022);
    expect(data.titles.find((t) => t.formerCommuneId === formerOfGiaRai)).toMatchObject({
      exemplary: true,
      ruralSecurityMet: false,
      version: 2,
    });
    expect(
      fail(
        await communeOfficer.run(() =>
          setCommuneTitleAction(undefined, {
            communeId: String(giaRai),
            year: "2026",
            exemplary: "true",
          }),
        ),
      ).formError,
    ).toBe("Bạn không có quyền thực hiện thao tác này.");
  });
});

describe("team ratings and the 20 % rule", () => {
  it("allows 1 excellent beside 4 good and refuses a second until there are 8", async () => {
    const teams: { id: string }[] = [];
    for (let i = 0; i < 10; i++)
      teams.push(
        await ownerDb().team.create({
          data: {
            provinceId: caMau,
            communeId: hungHoi,
            kind: "GRASSROOTS_SECURITY",
            name: `Tổ quy tắc ${uniqueName("t")}`,
            establishedOn: new Date("2024-07-01T00:00:00Z"),
          },
        }),
      );
    await ownerDb().teamRating.deleteMany({ where: { communeId: hungHoi, year: 2025 } });
    const rate = (i: number, grade: string) =>
      officer.run(() =>
        setTeamRatingAction(undefined, { teamId: teams[i]?.id ?? "", year: "2025", grade }),
      );
    for (let i = 0; i < 3; i++) expect((await rate(i, "GOOD")).ok).toBe(true);
    // 1 excellent beside 3 good: 1 of 4 is 25 %.
    const early = fail(await rate(3, "EXCELLENT"));
    expect(early.fieldErrors.grade).toBe(
      "Số tổ “Hoàn thành xuất sắc nhiệm vụ” không được vượt quá 20 % số tổ được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên của xã: với 3 tổ hoàn thành tốt, xã được xếp tối đa 0 tổ xuất sắc.",
    );
    expect((await rate(3, "GOOD")).ok).toBe(true);
    expect((await rate(4, "EXCELLENT")).ok).toBe(true); // 1 of 5: exactly 20 %
    expect(fail(await rate(5, "EXCELLENT")).fieldErrors.grade).toContain("tối đa 1 tổ xuất sắc");
    for (let i = 5; i < 9; i++) expect((await rate(i, "GOOD")).ok).toBe(true); // 8 good
    expect((await rate(9, "EXCELLENT")).ok).toBe(true); // 2 of 10
    // Lowering a good team to "hoàn thành" would leave 2 excellent beside 7 good: refused.
    expect(fail(await rate(0, "COMPLETED")).fieldErrors.grade).toContain("tối đa 1 tổ xuất sắc");
    const summary = await getRatingSummary(await ctxOf(officer), { year: 2025 });
    const row = summary.communes.find((c) => c.communeId === hungHoi);
    expect(row).toMatchObject({ teams: 10, grades: { EXCELLENT: 2, GOOD: 8 }, withinQuota: true });
    // Model teams are not rated here; another province's officer does not find the team.
    expect(
      fail(
        await otherProvince.run(() =>
          setTeamRatingAction(undefined, {
            teamId: teams[0]?.id ?? "",
            year: "2025",
            grade: "GOOD",
          }),
        ),
      ).formError,
    ).toBe(NOT_FOUND);
  });
});

describe("awards", () => {
  it("are created, listed with filters and keyset pages, edited, exported and deleted", async () => {
    const tag = uniqueName("KT");
    for (let i = 0; i < 55; i++) {
      const created = await officer.run(() =>
        createAwardAction(undefined, {
          kind: i % 2 ? "COMMENDATION" : "MERIT_CERTIFICATE",
          issuer: i % 2 ? "POLICE_DIRECTOR" : "MINISTRY",
          recipientKind: i % 3 ? "COLLECTIVE" : "PERSON",
          recipientName: `Tập thể ${tag} số ${i}`,
          decisionNumber: `${100 + i}/QĐ-BCA`,
          awardedOn: `0${1 + (i % 9)}/03/2024`,
          communeId: String(giaRai),
          formerProvinceId: "",
        }),
      );
      expect(created.ok).toBe(true);
    }
    const ctx = await ctxOf(officer);
    const first = await listAwards(ctx, { q: tag });
    expect(first.totals.total).toBe(55);
    expect(first.rows).toHaveLength(50);
    const second = await listAwards(ctx, { q: tag, after: first.next ?? undefined });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(55);
    const dates = [...first.rows, ...second.rows].map((r) => r.awardedOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const ministry = await listAwards(ctx, { q: tag, issuer: "MINISTRY", recipientKind: "PERSON" });
    expect(ministry.totals.byIssuer).toEqual([
      { issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 0, persons: 10 },
    ]);
    // A commune officer reads their commune's awards; another province's officer none of them.
    expect((await listAwards(await ctxOf(communeOfficer), { q: tag })).totals.total).toBe(55);
    expect((await listAwards(await ctxOf(otherProvince), { q: tag })).totals.total).toBe(0);

    const target = first.rows[0];
    if (!target) throw new Error("no award");
    const record = await ownerDb().award.findFirstOrThrow({ where: { id: target.id } });
    const bad = fail(
      await officer.run(() =>
        updateAwardAction(undefined, {
          id: record.id,
          version: String(record.version),
          kind: record.kind,
          issuer: record.issuer,
          recipientKind: "PERSON",
          recipientName: "",
          decisionNumber: "QĐ",
          awardedOn: "30/02/2024",
          formerProvinceId: "",
        }),
      ),
    );
    expect(bad.fieldErrors).toMatchObject({
      recipientName: "Nhập tên tập thể hoặc cá nhân được khen thưởng.",
      decisionNumber: "Số quyết định chưa đúng dạng, ví dụ 123/QĐ-UBND hoặc 12/2023/QĐ-UBND.",
    });
    expect(bad.fieldErrors.awardedOn).toBe(
      "Vui lòng nhập một ngày có thật, dạng ngày/tháng/năm (ví dụ 24/11/2026).",
    );
    const updated = await officer.run(() =>
      updateAwardAction(undefined, {
        id: record.id,
        version: String(record.version),
        kind: "EMULATION_FLAG",
        issuer: "MINISTRY",
        recipientKind: "COLLECTIVE",
        recipientName: `Tập thể ${tag} đã sửa`,
        decisionNumber: "9/QĐ-BCA",
        awardedOn: "10/03/2024",
        communeId: String(giaRai),
      }),
    );
    expect(updated).toEqual({ ok: true, data: { id: record.id, version: 2 } });

    const workbook = new ExcelJS.Workbook();
    const { buffer, rows } = await exportAwards(ctx, { q: tag }, "vi", "Cà Mau");
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(rows).toBe(55);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "Ngày quyết định",
      "Số quyết định",
      "Hình thức",
      "Cấp khen thưởng",
      "Đối tượng",
      "Tập thể, cá nhân",
      "Xã, phường",
      "Tỉnh cũ",
      "Tổ, điểm nhân rộng",
    ]);

    expect(
      fail(await officer.run(() => deleteAwardAction(undefined, { id: record.id, version: "1" })))
        .formError,
    ).toBe(CONFLICT);
    expect(
      await officer.run(() => deleteAwardAction(undefined, { id: record.id, version: "2" })),
    ).toEqual({
      ok: true,
      data: { id: record.id },
    });
    expect(await ownerDb().award.count({ where: { id: record.id } })).toBe(0);
    expect(
      await ownerDb().auditLog.findMany({
        where: { entity: "Award", entityId: record.id },
        select: { action: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([{ action: "CREATE" }, { action: "UPDATE" }, { action: "DELETE" }]);
  });

  it("refuses a former province after the merger and a person linked to a team", async () => {
    const former = await ownerDb().formerProvince.findFirstOrThrow({
      where: { name: "Tỉnh Bạc Liêu" },
    });
    const base = {
      kind: "MERIT_CERTIFICATE",
      issuer: "PROVINCE_COMMITTEE",
      recipientKind: "COLLECTIVE",
      recipientName: "Ban Chỉ đạo xã Phong Thạnh",
      decisionNumber: "5/QĐ-UBND",
    };
    const late = fail(
      await officer.run(() =>
        createAwardAction(undefined, {
          ...base,
          awardedOn: "02/09/2025",
          formerProvinceId: String(former.id),
        }),
      ),
    );
    expect(late.fieldErrors.formerProvinceId).toBe(
      "Từ năm 2025 chỉ ghi theo xã, phường, đặc khu hiện nay.",
    );
    const ok = await officer.run(() =>
      createAwardAction(undefined, {
        ...base,
        awardedOn: "02/09/2023",
        formerProvinceId: String(former.id),
      }),
    );
    expect(ok.ok).toBe(true);
    const team = await ownerDb().team.create({
      data: {
        provinceId: caMau,
        communeId: giaRai,
        kind: "GRASSROOTS_SECURITY",
        name: `Tổ ${uniqueName("x")}`,
      },
    });
    const person = fail(
      await officer.run(() =>
        createAwardAction(undefined, {
          ...base,
          recipientKind: "PERSON",
          recipientName: "Nguyễn Văn An",
          awardedOn: "02/09/2023",
          teamId: team.id,
        }),
      ),
    );
    expect(person.fieldErrors.teamId).toBe(
      "Khen thưởng cá nhân không gắn với tổ hay điểm; hãy chọn “tập thể” hoặc bỏ liên kết.",
    );
  });
});
