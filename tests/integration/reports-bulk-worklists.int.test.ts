// Bulk approval refused report by report, and the demo worklists on the demo's first start.
//
// - Three submitted point reports of 2026 Q4: one breaks an error rule (a rule the catalog added
//   after it was submitted), one has a flagged value without a comment, one is clean. The
//   pre-check names the first two and why; the approval approves the third only.
// - On 1/12/2026 (the demo's first start) the demo commune officer's and provincial officer's
//   worklists have something in every state they show; the counts by commune add up to the list,
//   and paging through it gives every row once.
import { beforeAll, describe, expect, it } from "vitest";
import {
  approveReportsAction,
  precheckApprovalAction,
} from "@/app/[locale]/(portal)/reports/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listWorklist, type WorklistFilter } from "@/lib/reports/list-worklist";
import { createUser, uniqueName, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

const FIRST_START = new Date("2026-12-01T03:00:00Z");

let province: Signed;

beforeAll(async () => {
  province = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" })).username,
  );
});

/** A submitted 2026 Q4 report of a new point of Phường Giá Rai, with these values by code. */
async function submittedReport(
  values: Record<string, { value: bigint; flagged?: boolean; comment?: string }>,
) {
  const db = ownerDb();
  const units = await unitIds("96", "31942");
  const [model, period] = await Promise.all([
    db.model.findFirstOrThrow({ where: { provinceId: null, code: "cong-truong-an-toan" } }),
    db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 4 } } }),
  ]);
  const name = `Điểm duyệt hàng loạt ${uniqueName("b")}`;
  const point = await db.replicationPoint.create({
    data: {
      provinceId: units.provinceId,
      communeId: units.communeId ?? -1,
      modelId: model.id,
      name,
      establishedOn: new Date("2018-01-15T00:00:00Z"),
      leadOrganization: "YOUTH",
    },
  });
  const report = await db.report.create({
    data: {
      provinceId: point.provinceId,
      communeId: point.communeId,
      periodId: period.id,
      kind: "POINT",
      pointId: point.id,
      status: "SUBMITTED",
      version: 2,
      submittedAt: new Date("2026-11-28T02:00:00Z"),
    },
  });
  const indicators = await db.indicator.findMany({
    where: { code: { in: Object.keys(values) }, reportKind: "POINT" },
    select: { id: true, code: true },
  });
  await db.reportValue.createMany({
    data: indicators.map((i) => ({
      provinceId: point.provinceId,
      reportId: report.id,
      indicatorId: i.id,
      value: values[i.code]?.value ?? 0n,
      flagged: values[i.code]?.flagged ?? false,
      comment: values[i.code]?.comment ?? null,
    })),
  });
  return { id: report.id, name, listed: `${report.id}@${report.version}` };
}

describe("bulk approval", () => {
  it("approves the clean reports and names those stopped by a broken rule or a flagged value without a comment", async () => {
    const broken = await submittedReport({
      mediations: { value: 2n },
      mediations_successful: { value: 5n },
    });
    const flagged = await submittedReport({
      patrols: { value: 40n, flagged: true },
      patrol_participants: { value: 160n },
    });
    const commented = await submittedReport({
      patrols: { value: 40n, flagged: true, comment: "Cao điểm Tết: tuần tra hằng đêm." },
      patrol_participants: { value: 160n },
    });
    const clean = await submittedReport({
      patrols: { value: 6n },
      patrol_participants: { value: 24n },
    });
    const chosen = [broken, flagged, commented, clean].map((r) => r.listed);

    const precheck = await province.run(() =>
      precheckApprovalAction(undefined, { reports: chosen }),
    );
    expect(precheck).toEqual({
      ok: true,
      data: [
        {
          id: broken.id,
          name: broken.name,
          period: "Quý IV/2026",
          blockers: [
            { kind: "rule", message: "Số vụ hòa giải thành không được lớn hơn số vụ hòa giải." },
          ],
        },
        {
          id: flagged.id,
          name: flagged.name,
          period: "Quý IV/2026",
          blockers: [{ kind: "flagged", indicator: "Số cuộc tuần tra, canh gác" }],
        },
        { id: commented.id, name: commented.name, period: "Quý IV/2026", blockers: [] },
        { id: clean.id, name: clean.name, period: "Quý IV/2026", blockers: [] },
      ],
    });
    // The pre-check changes nothing.
    const db = ownerDb();
    const statuses = async () =>
      (
        await db.report.findMany({
          where: { id: { in: [broken.id, flagged.id, commented.id, clean.id] } },
          select: { id: true, status: true },
        })
      ).reduce<Record<string, string>>((all, r) => ({ ...all, [r.id]: r.status }), {});
    expect(Object.values(await statuses())).toEqual(Array(4).fill("SUBMITTED"));

    const approval = await province.run(() => approveReportsAction(undefined, { reports: chosen }));
    expect(approval).toMatchObject({
      ok: true,
      data: {
        approved: [commented.id, clean.id],
        skipped: [
          { id: broken.id, blockers: [{ kind: "rule" }] },
          { id: flagged.id, blockers: [{ kind: "flagged" }] },
        ],
      },
    });
    expect(await statuses()).toEqual({
      [broken.id]: "SUBMITTED",
      [flagged.id]: "SUBMITTED",
      [commented.id]: "APPROVED",
      [clean.id]: "APPROVED",
    });
    expect(
      await db.reportStatusChange.count({
        where: { reportId: { in: [broken.id, flagged.id] }, toStatus: "APPROVED" },
      }),
    ).toBe(0);
  });
});

async function worklist(username: string, filter: WorklistFilter = {}) {
  const signed = await signInAs(username);
  return signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error(`${username} is not signed in`);
    return listWorklist(ctx, filter, FIRST_START);
  });
}

describe("the demo worklists on first start (1/12/2026)", () => {
  it("give the commune officer of Phường Giá Rai reports due and overdue", async () => {
    const list = await worklist("giarai.canbo");
    expect(list.periods.map((p) => `${p.year}-${p.quarter}`)[0]).toBe("2026-4");
    expect(list.counts.due).toBeGreaterThan(0);
    expect(list.counts.overdue).toBeGreaterThan(0);
    expect(list.total).toBe(
      list.counts.due + list.counts.overdue + list.counts.returned + list.counts.waiting,
    );
    // Only their own commune.
    expect(list.communes.map((c) => c.name)).toEqual(["Phường Giá Rai"]);
    expect(new Set(list.items.map((i) => i.communeName))).toEqual(new Set(["Phường Giá Rai"]));
    // Q4 is due on 15/01/2027, 45 days after the first start.
    const q4 = list.items.find((i) => i.year === 2026 && i.quarter === 4);
    expect(q4).toMatchObject({ state: "due", daysLeft: 45 });
  });

  it("give the provincial officer of Cà Mau reports waiting, returned and overdue, counted exactly by commune", async () => {
    const list = await worklist("camau.canbo", {
      states: ["waiting", "returned", "overdue"],
      take: 100,
    });
    expect(list.counts.waiting).toBeGreaterThanOrEqual(12);
    expect(list.counts.returned).toBeGreaterThanOrEqual(3);
    expect(list.counts.overdue).toBeGreaterThan(0);
    expect(list.total).toBe(list.counts.waiting + list.counts.returned + list.counts.overdue);
    const byCommune = list.communes.reduce(
      (sum, c) => ({
        waiting: sum.waiting + c.counts.waiting,
        returned: sum.returned + c.counts.returned,
        overdue: sum.overdue + c.counts.overdue,
        due: sum.due + c.counts.due,
      }),
      { waiting: 0, returned: 0, overdue: 0, due: 0 },
    );
    expect(byCommune).toEqual(list.counts);

    // Page after page (keyset): every row once, in the list's order, ending without a next page.
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await worklist("camau.canbo", {
        states: ["waiting", "returned", "overdue"],
        take: 100,
        after,
      });
      expect(page.total).toBe(list.total);
      seen.push(...page.items.map((i) => i.key));
      after = page.next ?? undefined;
      pages += 1;
    } while (after && pages < 1000);
    expect(pages).toBe(Math.ceil(list.total / 100));
    expect(seen).toHaveLength(list.total);
    expect(new Set(seen).size).toBe(list.total);

    // One commune and one state: exactly its count.
    const commune = list.communes.find((c) => c.counts.waiting > 0);
    if (!commune) throw new Error("no commune with a report waiting");
    const one = await worklist("camau.canbo", { communeId: commune.id, state: "waiting" });
    expect(one.total).toBe(commune.counts.waiting);
    expect(one.items.every((i) => i.communeId === commune.id && i.state === "waiting")).toBe(true);
  });
});
