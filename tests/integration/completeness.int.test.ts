// Completeness and timeliness recomputed by hand: points opening and closing mid-quarter, late and
// on-time submissions, an extension for one point, a returned report; a rate never above 100 %.
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { untilEndOf } from "@/lib/periods/entry-window";
import { day } from "@/lib/periods/period-dates";
import { communeCounts, getCompleteness } from "@/lib/reports/completeness";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs, signInAs } from "../support/sign-in-as";

let officer: Signed;
let provinceId: number;
let communeA: number;
let communeB: number;
let q3: number;
let q4: number;

const ctxOf = (s: Signed) =>
  s.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

beforeAll(async () => {
  const db = ownerDb();
  // A province the demo data leaves without points or reports.
  const province = await db.province.findFirstOrThrow({
    where: { points: { none: {} }, reports: { none: {} } },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
  provinceId = province.id;
  const communes = await db.commune.findMany({
    where: { provinceId },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 2,
  });
  communeA = communes[0]?.id ?? -1;
  communeB = communes[1]?.id ?? -1;
  officer = await signedInAs("PROVINCE_OFFICER", { provinceCode: province.code });
  q3 = (
    await db.reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2024, quarter: 3 } },
    })
  ).id;
  q4 = (
    await db.reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2024, quarter: 4 } },
    })
  ).id;
  const model = await db.model.findFirstOrThrow({
    where: { provinceId: null },
    select: { id: true },
  });

  async function point(
    name: string,
    established: Date,
    change?: { to: "SUSPENDED" | "DISSOLVED"; on: Date },
  ) {
    const p = await db.replicationPoint.create({
      data: {
        provinceId,
        communeId: communeA,
        modelId: model.id,
        name,
        establishedOn: established,
        leadOrganization: "POLICE",
        ...(change?.to === "DISSOLVED"
          ? { status: "DISSOLVED" as const, dissolvedOn: change.on, dissolvedReason: "Thử" }
          : change?.to === "SUSPENDED"
            ? { status: "SUSPENDED" as const, suspendedOn: change.on }
            : {}),
      },
    });
    await db.pointStatusChange.createMany({
      data: [
        { provinceId, pointId: p.id, toStatus: "ACTIVE" as const, effectiveOn: established },
        ...(change
          ? [{ provinceId, pointId: p.id, toStatus: change.to, effectiveOn: change.on }]
          : []),
      ],
    });
    return p.id;
  }
  async function report(
    periodId: number,
    subject: { pointId: string } | "commune",
    submittedAt: Date | null,
    finalStatus: "SUBMITTED" | "APPROVED" | "RETURNED" | "DRAFT",
  ) {
    const r = await db.report.create({
      data: {
        provinceId,
        communeId: communeA,
        periodId,
        kind: subject === "commune" ? "COMMUNE" : "POINT",
        pointId: subject === "commune" ? null : subject.pointId,
        status: finalStatus,
        submittedAt,
      },
    });
    if (submittedAt)
      await db.reportStatusChange.create({
        data: {
          provinceId,
          reportId: r.id,
          fromStatus: "DRAFT",
          toStatus: "SUBMITTED",
          at: submittedAt,
        },
      });
    if (submittedAt && finalStatus !== "SUBMITTED")
      await db.reportStatusChange.create({
        data: {
          provinceId,
          reportId: r.id,
          fromStatus: "SUBMITTED",
          toStatus: finalStatus,
          at: new Date(submittedAt.getTime() + 86_400_000),
        },
      });
  }
  const p1 = await point("P1 cả quý", day(2020, 1, 1));
  const p2 = await point("P2 lập giữa quý", day(2024, 8, 20));
  const p3 = await point("P3 giải thể ngày đầu quý", day(2020, 1, 1), {
    to: "DISSOLVED",
    on: day(2024, 7, 1),
  });
  await point("P4 tạm dừng cả quý", day(2020, 1, 1), { to: "SUSPENDED", on: day(2024, 5, 1) });
  const p5 = await point("P5 giải thể giữa quý", day(2020, 1, 1), {
    to: "DISSOLVED",
    on: day(2024, 9, 15),
  });
  const p6 = await point("P6 được gia hạn", day(2020, 1, 1));
  const p7 = await point("P7 bị trả lại", day(2020, 1, 1));
  void p5;
  // Q3 2024 is due at the end of 15/10/2024 in Vietnam: 16:59:59 UTC.
  await report(q3, "commune", new Date("2024-10-15T16:00:00Z"), "APPROVED"); // 23:00 on the day
  await report(q3, { pointId: p1 }, new Date("2024-10-10T03:00:00Z"), "APPROVED");
  await report(q3, { pointId: p2 }, new Date("2024-10-20T03:00:00Z"), "SUBMITTED"); // late
  await report(q3, { pointId: p3 }, new Date("2024-10-05T03:00:00Z"), "APPROVED"); // not expected
  await report(q3, { pointId: p6 }, new Date("2024-10-18T03:00:00Z"), "SUBMITTED"); // extended
  await report(q3, { pointId: p7 }, new Date("2024-10-14T03:00:00Z"), "RETURNED");
  await db.periodReopening.create({
    data: {
      provinceId,
      periodId: q3,
      kind: "EXTENSION",
      pointId: p6,
      until: untilEndOf(day(2024, 10, 20)),
      reason: "Thử gia hạn",
    },
  });
  // Q4 2024 (no exception): due at the end of 15/01/2025.
  await report(q4, { pointId: p1 }, new Date("2025-01-10T03:00:00Z"), "SUBMITTED");
  await report(q4, { pointId: p2 }, new Date("2025-01-16T01:00:00Z"), "SUBMITTED"); // 08:00 on 16/01: late
  await report(q4, { pointId: p5 }, new Date("2025-01-10T03:00:00Z"), "SUBMITTED"); // dissolved: not expected
});

describe("completeness", () => {
  it("counts by the subjects' own dates, first submission, extension and return", async () => {
    const { counts } = await communeCounts(await ctxOf(officer), { year: 2024 });
    const cell = (periodId: number, communeId: number) =>
      counts.find((c) => c.periodId === periodId && c.communeId === communeId);
    // Q3: expected = commune report + P1, P2 (opened 20/08), P5 (dissolved 15/09), P6, P7 = 6;
    // P3 (dissolved 01/07) and P4 (suspended all quarter) are not, P3's report is not counted.
    // Submitted: commune, P1, P2, P6, P7 = 5. On time: commune (23:00 on the day), P1, P6 (by
    // its extension to 20/10), P7 (first submission, then returned) = 4. Approved: commune, P1 = 2.
    expect(cell(q3, communeA)).toMatchObject({
      expected: 6,
      submitted: 5,
      onTime: 4,
      approved: 2,
      returned: 1,
    });
    // Q4: commune report, P1, P2, P6, P7 = 5 expected (P5 dissolved in Q3); P1 on time, P2 late.
    expect(cell(q4, communeA)).toMatchObject({
      expected: 5,
      submitted: 2,
      onTime: 1,
      approved: 0,
      returned: 0,
    });
    // A commune with nothing: its commune report is expected, nothing submitted.
    expect(cell(q3, communeB)).toMatchObject({ expected: 1, submitted: 0, onTime: 0, approved: 0 });
    for (const c of counts) {
      expect(c.submitted).toBeLessThanOrEqual(c.expected);
      expect(c.onTime).toBeLessThanOrEqual(c.submitted);
      expect(c.approved).toBeLessThanOrEqual(c.submitted);
    }
  });
});

describe("the demo's completeness in Cà Mau", () => {
  it("has every commune's report approved for the quarters everyone sent: former Cà Mau's 39 too", async () => {
    const ctx = await ctxOf(await signInAs("camau.canbo"));
    const caMau = (await ownerDb().province.findUniqueOrThrow({ where: { code: "96" } })).id;
    const at = new Date("2026-12-01T03:00:00Z");
    for (const year of [2023, 2024, 2025, 2026]) {
      const data = await getCompleteness(ctx, { year }, at);
      expect(data.rows, String(year)).toHaveLength(64);
      for (const p of data.periods.filter((x) => year < 2026 || x.quarter <= 2)) {
        // The commune reports: one approved per commune (other test files add points, not these).
        const communes = await ownerDb().report.count({
          where: { provinceId: caMau, periodId: p.id, kind: "COMMUNE", status: "APPROVED" },
        });
        expect(communes, `${year} Q${p.quarter}`).toBe(64);
        for (const row of data.rows)
          expect(row.cells[p.id]?.approved ?? 0, `${row.name} ${year}`).toBeGreaterThan(0);
      }
    }
    // 2026 Q3, in progress: former Cà Mau's commune reports settle like the points' (most
    // approved, some waiting, some never sent); Bạc Liêu's 25 are the workflow's (none approved).
    const q3 = await ownerDb().reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2026, quarter: 3 } },
    });
    const q3Communes = await ownerDb().report.findMany({
      where: { provinceId: caMau, periodId: q3.id, kind: "COMMUNE" },
      select: { status: true, commune: { select: { formerProvince: { select: { name: true } } } } },
    });
    const former = q3Communes.filter((r) => r.commune.formerProvince?.name === "Tỉnh Cà Mau");
    const approved = former.filter((r) => r.status === "APPROVED").length;
    expect(approved).toBeGreaterThan(39 * 0.6);
    expect(former.length).toBeLessThan(39);
  });
});
