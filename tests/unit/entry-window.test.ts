import { describe, expect, it } from "vitest";
import { entryWindow, type PeriodException, untilEndOf } from "@/lib/periods/entry-window";
import { day, periodDates } from "@/lib/periods/period-dates";

// 2026 Q3: due 15/10/2026, entry closes at the end of 30/10/2026 (Vietnam time).
const q3 = periodDates(2026, 3);
const commune = { communeId: 7, pointId: null };
const point = { communeId: 7, pointId: "p-1" };
const otherPoint = { communeId: 8, pointId: "p-2" };
const at = (iso: string) => new Date(iso);

describe("entryWindow", () => {
  it("counts days left to the deadline in Vietnam calendar days", () => {
    // 10/10/2026 20:00 in Vietnam is 13:00 UTC: 5 days before 15/10.
    const w = entryWindow(q3, [], commune, at("2026-10-10T13:00:00Z"));
    expect(w.daysLeft).toBe(5);
    expect(w.pastDue).toBe(false);
    expect(w.open).toBe(true);
    // 23:30 on 10/10 in Vietnam (16:30 UTC) is still the 10th.
    expect(entryWindow(q3, [], commune, at("2026-10-10T16:30:00Z")).daysLeft).toBe(5);
    // 00:30 on 11/10 in Vietnam (17:30 UTC on the 10th) is one day fewer.
    expect(entryWindow(q3, [], commune, at("2026-10-10T17:30:00Z")).daysLeft).toBe(4);
  });

  it("is due until 23:59:59 Vietnam time of the deadline day, then overdue but still open", () => {
    expect(entryWindow(q3, [], commune, at("2026-10-15T16:59:59Z")).pastDue).toBe(false);
    const late = entryWindow(q3, [], commune, at("2026-10-15T17:00:00Z"));
    expect(late.pastDue).toBe(true);
    expect(late.daysLeft).toBe(-1);
    expect(late.open).toBe(true);
    expect(entryWindow(q3, [], commune, at("2026-10-30T17:00:00Z")).open).toBe(false);
  });

  it("applies a province's exception to every subject, a commune's to its points, a point's to it alone", () => {
    const until = untilEndOf(day(2026, 11, 20));
    const now = at("2026-11-10T03:00:00Z");
    const province: PeriodException = { kind: "REOPENING", communeId: null, pointId: null, until };
    const ofCommune: PeriodException = { kind: "REOPENING", communeId: 7, pointId: null, until };
    const ofPoint: PeriodException = { kind: "REOPENING", communeId: null, pointId: "p-1", until };
    expect(entryWindow(q3, [], point, now).open).toBe(false);
    expect(entryWindow(q3, [province], otherPoint, now).open).toBe(true);
    expect(entryWindow(q3, [ofCommune], point, now).open).toBe(true);
    expect(entryWindow(q3, [ofCommune], commune, now).open).toBe(true);
    expect(entryWindow(q3, [ofCommune], otherPoint, now).open).toBe(false);
    expect(entryWindow(q3, [ofPoint], point, now).open).toBe(true);
    expect(entryWindow(q3, [ofPoint], commune, now).open).toBe(false);
    expect(entryWindow(q3, [ofPoint], point, now).excepted).toBe(true);
  });

  it("moves the deadline on an extension, and keeps entry open at least until it", () => {
    const until = untilEndOf(day(2026, 11, 5));
    const extension: PeriodException = { kind: "EXTENSION", communeId: 7, pointId: null, until };
    const w = entryWindow(q3, [extension], point, at("2026-11-01T03:00:00Z"));
    expect(w.pastDue).toBe(false);
    expect(w.daysLeft).toBe(4);
    expect(w.dueAt.toISOString()).toBe("2026-11-05T16:59:59.000Z");
    expect(w.closesAt.getTime()).toBe(until.getTime());
    // A reopening does not move the deadline: the report stays late, though it may be entered.
    const reopening: PeriodException = { ...extension, kind: "REOPENING" };
    const r = entryWindow(q3, [reopening], point, at("2026-11-01T03:00:00Z"));
    expect(r.pastDue).toBe(true);
    expect(r.open).toBe(true);
  });

  it("never shortens the period with an exception that ends before it", () => {
    const until = untilEndOf(day(2026, 10, 1));
    const w = entryWindow(
      q3,
      [{ kind: "EXTENSION", communeId: null, pointId: null, until }],
      commune,
      at("2026-10-12T03:00:00Z"),
    );
    expect(w.pastDue).toBe(false);
    expect(w.dueAt.toISOString()).toBe("2026-10-15T16:59:59.000Z");
  });

  it("opens at 00:00 Vietnam time of the quarter's first day: before it nothing is open or due", () => {
    const q4 = periodDates(2026, 4);
    // 23:59:59 on 30/09/2026 in Vietnam is 16:59:59 UTC: Q4 has not begun.
    const before = entryWindow(q4, [], commune, at("2026-09-30T16:59:59Z"));
    expect(before.opensAt.toISOString()).toBe("2026-09-30T17:00:00.000Z");
    expect(before.started).toBe(false);
    expect(before.open).toBe(false);
    expect(before.pastDue).toBe(false);
    // 00:00 on 01/10/2026 in Vietnam (17:00 UTC on the 30th): begun and open, 7 hours before
    // midnight UTC of its first day.
    const begun = entryWindow(q4, [], commune, at("2026-09-30T17:00:00Z"));
    expect(begun.started).toBe(true);
    expect(begun.open).toBe(true);
    expect(begun.pastDue).toBe(false);
    // No exception opens a quarter before it begins.
    const reopening: PeriodException = {
      kind: "REOPENING",
      communeId: null,
      pointId: null,
      until: untilEndOf(day(2027, 3, 1)),
    };
    expect(entryWindow(q4, [reopening], commune, at("2026-09-15T03:00:00Z")).open).toBe(false);
  });
});
