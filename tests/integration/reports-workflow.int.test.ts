// The report workflow against the real database: a commune report of 2026 Q4 (open for entry on
// 1/12/2026) saved, refused over a newer version with the other's values, submitted by fifty
// requests at once (one submission), returned with a field comment, corrected, approved (locked),
// reopened with a reason, and bulk-approved after a pre-check.
import { beforeAll, describe, expect, it } from "vitest";
import {
  approveReportsAction,
  approveReportAction,
  precheckApprovalAction,
  reopenReportAction,
  returnReportAction,
  saveReportAction,
  submitReportAction,
} from "@/app/[locale]/(portal)/reports/actions";
import { formatNumber } from "@/lib/i18n/format";
import { loadValueHistory, outlierOf } from "@/lib/reports/value-history";
import { createUser, unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signInAs } from "../support/sign-in-as";

let commune: Signed;
let colleague: Signed;
let province: Signed;
let periodId: number;
let communeId: number;
let provinceId: number;
let indicators: { id: number; code: string }[];

beforeAll(async () => {
  const units = await unitIds("96", "31942");
  communeId = units.communeId ?? -1;
  provinceId = units.provinceId;
  commune = await signInAs(
    (await createUser({ role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" }))
      .username,
  );
  colleague = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" })).username,
  );
  province = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" })).username,
  );
  const db = ownerDb();
  periodId = (
    await db.reportingPeriod.findUniqueOrThrow({
      where: { year_quarter: { year: 2026, quarter: 4 } },
    })
  ).id;
  indicators = await db.indicator.findMany({
    where: { reportKind: "COMMUNE" },
    select: { id: true, code: true },
    orderBy: { sortOrder: "asc" },
  });
});

/**
 * The commune's usual figure of an indicator for 2026 Q4: the typical value of its own approved
 * history, as the form's outlier check reads it (the demo's recent quarters), so that the values
 * typed below are never flagged and the workflow is not stopped for a comment.
 */
async function usualValue(indicatorId: number) {
  const history = await loadValueHistory(
    ownerDb(),
    { kind: "COMMUNE", provinceId, communeId, pointId: null },
    { year: 2026, quarter: 4 },
  );
  const typical = Math.round(outlierOf(history, indicatorId, 0).typical ?? 10);
  const flagged = (value: number) => outlierOf(history, indicatorId, value).flagged;
  return { typical, flagged };
}

/** Typed as a Vietnamese officer types it: 1.234 */
const typed = (value: number) => formatNumber(value, "vi");

const entries = (values: Record<string, string>) =>
  Object.fromEntries(
    indicators.map((i) => [String(i.id), { value: values[i.code] ?? "", comment: "" }]),
  );

describe("a commune report through the workflow", () => {
  it("is made on its first save, refuses a save over a newer version, and submits once under fifty requests", async () => {
    const first = indicators[0];
    if (!first) throw new Error("no commune indicators");
    const usual = await usualValue(first.id);
    // Mine, theirs (saved over mine), mine again (refused), the correction: all usual for the commune.
    const mine = usual.typical;
    const theirValue = usual.typical + 2;
    const mineAgain = usual.typical + 4;
    const correction = usual.typical + 1;
    for (const value of [mine, theirValue, correction])
      expect(usual.flagged(value), String(value)).toBe(false);
    const saved = await commune.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        entries: entries({ [first.code]: typed(mine) }),
      }),
    );
    expect(saved).toMatchObject({ ok: true, data: { version: 1, status: "DRAFT" } });
    if (!saved.ok) return;
    const reportId = saved.data.reportId;
    const db = ownerDb();
    expect(
      (await db.reportValue.findFirstOrThrow({ where: { reportId, indicatorId: first.id } })).value,
    ).toBe(BigInt(mine));

    // A decimal is refused at its field.
    const decimal = await commune.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        version: "1",
        entries: entries({ [first.code]: "1,5" }),
      }),
    );
    expect(decimal).toMatchObject({
      ok: false,
      fieldErrors: {
        [`value-${first.id}`]:
          "Chỉ nhập số nguyên, không có phần thập phân (dấu chấm để ngăn cách hàng nghìn: 1.234).",
      },
    });

    // The province officer saves first; the commune's save over version 1 is refused with their values.
    const theirs = await colleague.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        version: "1",
        entries: entries({ [first.code]: typed(theirValue) }),
      }),
    );
    expect(theirs).toMatchObject({ ok: true, data: { version: 2 } });
    const refused = await commune.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        version: "1",
        entries: entries({ [first.code]: typed(mineAgain) }),
      }),
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.conflict).toMatchObject({
      version: 2,
      values: { [String(first.id)]: { value: typed(theirValue) } },
    });

    const submits = await Promise.all(
      Array.from({ length: 50 }, () =>
        commune.run(() => submitReportAction(undefined, { reportId, version: "2" })),
      ),
    );
    expect(submits.every((s) => s.ok)).toBe(true);
    expect(submits.filter((s) => s.ok && !s.data.already)).toHaveLength(1);
    expect(await db.reportStatusChange.count({ where: { reportId, toStatus: "SUBMITTED" } })).toBe(
      1,
    );
    expect((await db.report.findFirstOrThrow({ where: { id: reportId } })).status).toBe(
      "SUBMITTED",
    );

    // The commune may not approve; the province returns it with a comment on one field.
    const selfApproval = await commune.run(() =>
      approveReportAction(undefined, { reportId, version: "3" }),
    );
    expect(selfApproval).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này.",
    });
    const returned = await province.run(() =>
      returnReportAction(undefined, {
        reportId,
        version: "3",
        fieldComments: { [String(first.id)]: "Số liệu chưa khớp biên bản" },
      }),
    );
    expect(returned).toMatchObject({ ok: true, data: { status: "RETURNED", version: 4 } });
    const change = await db.reportStatusChange.findFirstOrThrow({
      where: { reportId, toStatus: "RETURNED" },
    });
    expect(change.fieldComments).toEqual({ [first.code]: "Số liệu chưa khớp biên bản" });

    // Corrected, submitted again, approved: then locked.
    const corrected = await commune.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        version: "4",
        entries: entries({ [first.code]: typed(correction) }),
      }),
    );
    expect(corrected).toMatchObject({ ok: true, data: { version: 5 } });
    expect(
      await commune.run(() => submitReportAction(undefined, { reportId, version: "5" })),
    ).toMatchObject({ ok: true });
    expect(
      await province.run(() => approveReportAction(undefined, { reportId, version: "6" })),
    ).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const locked = await commune.run(() =>
      saveReportAction(undefined, {
        periodId: String(periodId),
        communeId: String(communeId),
        version: "7",
        entries: entries({ [first.code]: "1" }),
      }),
    );
    expect(locked).toMatchObject({
      ok: false,
      formError: "Báo cáo đã được duyệt nên đã khóa. Cần mở lại (có lý do) mới sửa được.",
    });

    // Reopening needs a reason.
    const noReason = await province.run(() =>
      reopenReportAction(undefined, { reportId, version: "7", reason: "" }),
    );
    expect(noReason).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Hãy ghi lý do mở lại báo cáo." },
    });
    const reopened = await province.run(() =>
      reopenReportAction(undefined, { reportId, version: "7", reason: "Sai số liệu tuần tra" }),
    );
    expect(reopened).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    expect(
      (
        await db.reportStatusChange.findFirstOrThrow({
          where: { reportId, fromStatus: "APPROVED" },
        })
      ).comment,
    ).toBe("Sai số liệu tuần tra");
    expect(await db.reportValueChange.count({ where: { reportId, indicatorId: first.id } })).toBe(
      3,
    );

    // Submitted again; the bulk pre-check names a stale version; the approval approves the listed one.
    expect(
      await commune.run(() => submitReportAction(undefined, { reportId, version: "8" })),
    ).toMatchObject({ ok: true });
    const stale = await province.run(() =>
      precheckApprovalAction(undefined, { reports: [`${reportId}@8`] }),
    );
    expect(stale).toMatchObject({
      ok: true,
      data: [{ id: reportId, blockers: [{ kind: "changed" }] }],
    });
    const bulk = await province.run(() =>
      approveReportsAction(undefined, { reports: [`${reportId}@9`] }),
    );
    expect(bulk).toMatchObject({ ok: true, data: { approved: [reportId], skipped: [] } });
    expect(await db.reportStatusChange.count({ where: { reportId, toStatus: "APPROVED" } })).toBe(
      2,
    );
  }, 120_000);
});
