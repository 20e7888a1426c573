// The ministry administrator sets the deadline and closing days of the periods (15 + 15 by
// default): for one period not yet due, or for it and every later one; a period past its deadline
// keeps its dates; messy input is a message at its field; every change is audited; the report
// form counts its days left ("Còn N ngày") from the new deadline. A province administrator cannot
// (the isolation matrix has the rest of the roles).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPeriodDatesAction } from "@/app/[locale]/(portal)/periods/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getReportForm } from "@/lib/reports/get-report-form";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs, signedInAs } from "../support/sign-in-as";

let ministry: Signed;
let provinceAdmin: Signed;
let saved: { id: number; deadline: Date; closesAt: Date }[] = [];

const periodOf = (year: number, quarter: number) =>
  ownerDb().reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year, quarter } } });

beforeAll(async () => {
  ministry = await signedInAs("MINISTRY_ADMIN");
  provinceAdmin = await signedInAs("PROVINCE_ADMIN", { provinceCode: "96" });
  saved = await ownerDb().reportingPeriod.findMany({
    select: { id: true, deadline: true, closesAt: true },
  });
});

afterAll(async () => {
  // Back to the seeded dates, for the other files of this worker.
  const db = ownerDb();
  for (const p of saved)
    await db.reportingPeriod.update({
      where: { id: p.id },
      data: { deadline: p.deadline, closesAt: p.closesAt },
    });
});

/** Days left on the commune report form of Phường Giá Rai for 2026 Q4, as its officer sees it. */
async function daysLeftOnForm(periodId: number): Promise<number> {
  const units = await unitIds("96", "31942");
  const officer = await signInAs("giarai.canbo");
  return officer.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    const form = await getReportForm(ctx, { periodId, communeId: units.communeId ?? -1 });
    return form.window.daysLeft;
  });
}

describe("the ministry sets a period's deadline and closing", () => {
  it("moves the deadline of 2026 Q4; the form's days left follow; audited with before and after", async () => {
    const q4 = await periodOf(2026, 4);
    expect(q4.deadline).toEqual(new Date("2027-01-15T00:00:00Z"));
    const before = await daysLeftOnForm(q4.id);
    const audits = await ownerDb().auditLog.count({ where: { entity: "ReportingPeriod" } });

    const result = await ministry.run(() =>
      setPeriodDatesAction(undefined, {
        periodId: String(q4.id),
        deadlineDays: "20",
        graceDays: "10",
      }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 1 } });
    const after = await periodOf(2026, 4);
    expect(after.deadline).toEqual(new Date("2027-01-20T00:00:00Z"));
    // Closing: 10 days after the deadline, at 23:59:59 Vietnam time.
    expect(after.closesAt).toEqual(new Date("2027-01-30T16:59:59Z"));
    expect(await daysLeftOnForm(q4.id)).toBe(before + 5);

    const audit = await ownerDb().auditLog.findFirstOrThrow({
      where: { entity: "ReportingPeriod", entityId: String(q4.id), action: "UPDATE" },
      orderBy: { at: "desc" },
    });
    expect(await ownerDb().auditLog.count({ where: { entity: "ReportingPeriod" } })).toBe(
      audits + 1,
    );
    expect(audit.userId).toBe(ministry.userId);
    expect(audit.before).toMatchObject({ deadline: "2027-01-15T00:00:00.000Z" });
    expect(audit.after).toMatchObject({ deadline: "2027-01-20T00:00:00.000Z" });
  });

  it("sets the later periods too when asked (the new year's periods before they begin)", async () => {
    const q4 = await periodOf(2026, 4);
    const later = await ownerDb().reportingPeriod.count({
      where: { OR: [{ year: { gt: 2026 } }] },
    });
    const result = await ministry.run(() =>
      setPeriodDatesAction(undefined, {
        periodId: String(q4.id),
        deadlineDays: "10",
        graceDays: "5",
        later: "on",
      }),
    );
    expect(result).toEqual({ ok: true, data: { changed: 1 + later } });
    expect((await periodOf(2026, 4)).deadline).toEqual(new Date("2027-01-10T00:00:00Z"));
    // The same answer again changes nothing and writes no audit row.
    const audits = await ownerDb().auditLog.count({ where: { entity: "ReportingPeriod" } });
    expect(
      await ministry.run(() =>
        setPeriodDatesAction(undefined, {
          periodId: String(q4.id),
          deadlineDays: "10",
          graceDays: "5",
          later: "on",
        }),
      ),
    ).toEqual({ ok: true, data: { changed: 0 } });
    expect(await ownerDb().auditLog.count({ where: { entity: "ReportingPeriod" } })).toBe(audits);
  });

  it("keeps the dates of a period past its deadline (2026 Q3), with a message at the period", async () => {
    const q3 = await periodOf(2026, 3);
    const result = await ministry.run(() =>
      setPeriodDatesAction(undefined, {
        periodId: String(q3.id),
        deadlineDays: "60",
        graceDays: "15",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        periodId:
          "Kỳ này đã qua hạn nộp (15/10/2026): không đổi được nữa, vì báo cáo đã được tính đúng hạn theo hạn này. Muốn cho nộp thêm, quản trị tỉnh gia hạn hoặc mở lại.",
      },
    });
    expect(await periodOf(2026, 3)).toEqual(q3);
  });

  it("answers messy numbers at their fields, in Vietnamese and in English", async () => {
    const q4 = await periodOf(2026, 4);
    const deadlineMessage = "Số ngày hạn nộp phải là số nguyên từ 1 đến 90 (ví dụ 15).";
    const graceMessage = "Số ngày khóa sổ sau hạn phải là số nguyên từ 0 đến 90 (ví dụ 15).";
    for (const [deadlineDays, graceDays] of [
      ["abc", "15"],
      ["-3", "15"],
      ["1,5", "15"],
      ["0", "15"],
      ["91", "15"],
      ["15", "1.000"],
      ["15", "-1"],
      ["15", ""],
    ] as const) {
      const result = await ministry.run(() =>
        setPeriodDatesAction(undefined, { periodId: String(q4.id), deadlineDays, graceDays }),
      );
      expect(result, `${deadlineDays} / ${graceDays}`).toMatchObject({ ok: false });
      const errors = (result as { fieldErrors: Record<string, string> }).fieldErrors;
      if (graceDays === "15") expect(errors.deadlineDays).toBe(deadlineMessage);
      else expect(errors.graceDays).toBe(graceMessage);
    }
    const english = await ministry.run(
      () =>
        setPeriodDatesAction(undefined, {
          periodId: String(q4.id),
          deadlineDays: "x",
          graceDays: "15",
        }),
      "en",
    );
    expect(english).toMatchObject({
      ok: false,
      fieldErrors: {
        deadlineDays: "The days until the deadline must be a whole number from 1 to 90 (e.g. 15).",
      },
    });
  });

  it("is the ministry administrator's only", async () => {
    const q4 = await periodOf(2026, 4);
    const result = await provinceAdmin.run(() =>
      setPeriodDatesAction(undefined, {
        periodId: String(q4.id),
        deadlineDays: "30",
        graceDays: "15",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect(await periodOf(2026, 4)).toEqual(q4);
  });
});
