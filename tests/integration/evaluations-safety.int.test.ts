// "An toàn về ANTT" as provincial and commune officers record it: registrations (once per unit and
// year; before 2025 by former commune), results with their decision, the 70 % commune rule on the
// summary.
import { beforeAll, describe, expect, it } from "vitest";
import {
  recordSafetyResultAction,
  registerSafetyUnitAction,
  withdrawSafetyRegistrationAction,
} from "@/app/[locale]/(portal)/safety/actions";
import { getSafetySummary } from "@/lib/safety/get-safety-summary";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed } from "../support/sign-in-as";
import { CONFLICT, ctxOf, evaluationFixture, fail, NOT_FOUND } from "../support/evaluations";

let officer: Signed;
let communeOfficer: Signed;
let otherProvince: Signed;
let caMau: number;
let giaRai: number;
let hungHoi: number;
let formerOfGiaRai: number;
let formerElsewhere: number;

beforeAll(async () => {
  ({
    officer,
    communeOfficer,
    otherProvince,
    caMau,
    giaRai,
    hungHoi,
    formerOfGiaRai,
    formerElsewhere,
  } = await evaluationFixture());
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
