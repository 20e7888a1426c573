// A quarter that has not begun: its form takes no figures and cannot be submitted (refused by the
// server with the date entry opens, never a 500), it is on no worklist and completeness does not
// count it. It begins at 00:00 Vietnam time of its first day (17:00 UTC the day before).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveReportAction } from "@/app/[locale]/(portal)/reports/actions";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import { periodDates, quarterOf } from "@/lib/periods/period-dates";
import { communeCounts } from "@/lib/reports/completeness";
import { listWorklist } from "@/lib/reports/list-worklist";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs, signInAs } from "../support/sign-in-as";

// 2026 Q4 begins at 00:00 on 01/10/2026 in Vietnam.
const LAST_SECOND_OF_Q3 = new Date("2026-09-30T16:59:59Z");
const FIRST_SECOND_OF_Q4 = new Date("2026-09-30T17:00:00Z");

let communeOfficer: Signed;
let provinceOfficer: Signed;
let communeId: number;
let q4: number;
let indicatorId: number;
/** A quarter after the real one (made here if the database has none), for the action itself. */
let future: { id: number; year: number; quarter: number; made: boolean };

const ctxOf = (s: Signed, locale: "vi" | "en" = "vi") =>
  s.run(async (): Promise<AuthContext> => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  }, locale);

/** The FormError `work` throws (and fails the test if it throws none). */
async function refusal(work: () => Promise<unknown>): Promise<FormError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof FormError) return error;
    throw error;
  }
  throw new Error("not refused");
}

beforeAll(async () => {
  const db = ownerDb();
  const units = await unitIds("96", "31942");
  communeId = units.communeId ?? -1;
  communeOfficer = await signedInAs("COMMUNE_OFFICER", {
    provinceCode: "96",
    communeCode: "31942",
  });
  provinceOfficer = await signInAs("camau.canbo");
  q4 = (
    await db.reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2026, quarter: 4 } },
    })
  ).id;
  indicatorId = (
    await db.indicator.findFirstOrThrow({
      where: { reportKind: "COMMUNE" },
      orderBy: { sortOrder: "asc" },
    })
  ).id;
  const today = quarterOf(new Date(Date.now() + 7 * 3_600_000));
  const next =
    today.quarter === 4
      ? { year: today.year + 1, quarter: 1 }
      : { year: today.year, quarter: today.quarter + 1 };
  const existing = await db.reportingPeriod.findUnique({ where: { year_quarter: next } });
  future = existing
    ? { ...next, id: existing.id, made: false }
    : {
        ...next,
        id: (await db.reportingPeriod.create({ data: periodDates(next.year, next.quarter) })).id,
        made: true,
      };
});

afterAll(async () => {
  if (future.made) await ownerDb().reportingPeriod.delete({ where: { id: future.id } });
});

describe("a quarter not yet begun", () => {
  it("refuses a save through the action with the day entry opens, in Vietnamese and English", async () => {
    const input = {
      periodId: String(future.id),
      communeId: String(communeId),
      entries: { [String(indicatorId)]: { value: "12", comment: "" } },
    };
    const label = `Quý ${["I", "II", "III", "IV"][future.quarter - 1]}/${future.year}`;
    const first = periodDates(future.year, future.quarter).startsOn;
    const date = `01/${String(first.getUTCMonth() + 1).padStart(2, "0")}/${future.year}`;
    for (const officer of [communeOfficer, provinceOfficer]) {
      const result = await officer.run(() => saveReportAction(undefined, input));
      expect(result).toMatchObject({
        ok: false,
        formError: `Kỳ báo cáo ${label} bắt đầu nhận số liệu từ ${date}.`,
      });
    }
    const english = await communeOfficer.run(() => saveReportAction(undefined, input), "en");
    expect(english.ok).toBe(false);
    expect(JSON.stringify(english)).toContain(
      `The Q${future.quarter} ${future.year} reporting period accepts figures from 1 `,
    );
    expect(await ownerDb().report.count({ where: { periodId: future.id } })).toBe(0);
  });

  it("opens at 00:00 Vietnam time: a save the second before is refused, with the date", async () => {
    const ctx = await ctxOf(communeOfficer);
    const refused = await refusal(() =>
      saveReport(
        ctx,
        {
          periodId: q4,
          communeId,
          entries: { [String(indicatorId)]: { value: "1", comment: null } },
        },
        "vi",
        LAST_SECOND_OF_Q3,
      ),
    );
    expect(refused.key).toBe("reportPeriodNotStarted");
    expect(refused.values).toEqual({ period: "Quý IV/2026", date: "01/10/2026" });
  });

  it("cannot be submitted before it begins, even by the province", async () => {
    // A report of the demo's 2026 Q3 still in the officer's hands (draft or returned, with values).
    const report = await ownerDb().report.findFirstOrThrow({
      where: {
        period: { year: 2026, quarter: 3 },
        provinceId: (await unitIds("96")).provinceId,
        status: { in: ["DRAFT", "RETURNED"] },
        values: { some: {} },
      },
      select: { id: true, version: true, status: true },
    });
    const ctx = await ctxOf(provinceOfficer);
    const refused = await refusal(() =>
      submitReport(
        ctx,
        { reportId: report.id, version: report.version },
        "vi",
        new Date("2026-06-30T16:59:59Z"),
      ),
    );
    expect(refused.values).toEqual({ period: "Quý III/2026", date: "01/07/2026" });
    const after = await ownerDb().report.findFirstOrThrow({ where: { id: report.id } });
    expect({ status: after.status, version: after.version }).toEqual({
      status: report.status,
      version: report.version,
    });
  });

  it("is on no worklist until it begins, then due", async () => {
    const ctx = await ctxOf(provinceOfficer);
    const before = await listWorklist(ctx, { take: 500 }, LAST_SECOND_OF_Q3);
    expect(before.periods.some((p) => p.year === 2026 && p.quarter === 4)).toBe(false);
    expect(before.items.some((i) => i.periodId === q4)).toBe(false);
    const begun = await listWorklist(ctx, { take: 500 }, FIRST_SECOND_OF_Q4);
    expect(begun.periods.some((p) => p.year === 2026 && p.quarter === 4)).toBe(true);
    const q4Items = begun.items.filter((i) => i.periodId === q4);
    expect(q4Items.length).toBeGreaterThan(0);
    expect(q4Items.every((i) => i.state !== "overdue")).toBe(true);
  });

  it("is not counted by completeness until it begins", async () => {
    const ctx = await ctxOf(provinceOfficer);
    const before = await communeCounts(ctx, { year: 2026 }, LAST_SECOND_OF_Q3);
    expect(before.periods.map((p) => p.quarter)).toEqual([1, 2, 3]);
    expect(before.counts.some((c) => c.periodId === q4)).toBe(false);
    const begun = await communeCounts(ctx, { year: 2026 }, FIRST_SECOND_OF_Q4);
    expect(begun.periods.map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    expect(begun.counts.some((c) => c.periodId === q4 && c.expected > 0)).toBe(true);
  });
});
