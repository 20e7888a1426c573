// The SQL form of "expected to report" agrees with the pure form on the seeded province (its points'
// real histories) and on points made here that open and close in the middle of a quarter; row-level
// security keeps it to the caller's scope.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scope } from "@/lib/auth/scope";
import { day } from "@/lib/periods/period-dates";
import {
  expectedSubjects,
  type ExpectedSubject,
  listExpectedSubjects,
} from "@/lib/reports/expected";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

let officer: Signed;
let communeOfficer: Signed;
let caMau: number;
let giaRai: number;
let periodIds: number[];

const scopeOf96 = (): Scope => ({ level: "PROVINCE", provinceId: caMau });
const key = (s: ExpectedSubject) => `${s.periodId}|${s.kind}|${s.communeId}|${s.pointId ?? ""}`;

beforeAll(async () => {
  officer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  communeOfficer = await signedInAs("COMMUNE_OFFICER", {
    provinceCode: "96",
    communeCode: "31942",
  });
  const ids = await unitIds("96", "31942");
  caMau = ids.provinceId;
  giaRai = ids.communeId ?? -1;
  const owner = ownerDb();
  const model = await owner.model.findFirstOrThrow({
    where: { provinceId: null },
    select: { id: true },
  });
  // Established mid-Q3 2024 and dissolved mid-Q1 2025; suspended for all of Q4 2024.
  const made = [
    { name: "Điểm thử mở giữa quý", established: day(2024, 8, 20), changes: [] },
    {
      name: "Điểm thử tạm dừng",
      established: day(2022, 1, 1),
      changes: [
        { toStatus: "SUSPENDED" as const, effectiveOn: day(2024, 9, 30) },
        { toStatus: "ACTIVE" as const, effectiveOn: day(2025, 1, 1) },
        { toStatus: "DISSOLVED" as const, effectiveOn: day(2025, 2, 14) },
      ],
    },
  ];
  for (const point of made) {
    const created = await owner.replicationPoint.create({
      data: {
        provinceId: caMau,
        communeId: giaRai,
        modelId: model.id,
        name: point.name,
        establishedOn: point.established,
        leadOrganization: "POLICE",
        ...(point.changes.length > 0
          ? { status: "DISSOLVED" as const, dissolvedOn: day(2025, 2, 14), dissolvedReason: "Thử" }
          : {}),
      },
      select: { id: true },
    });
    await owner.pointStatusChange.createMany({
      data: [{ toStatus: "ACTIVE" as const, effectiveOn: point.established }, ...point.changes].map(
        (c, i) => ({
          provinceId: caMau,
          pointId: created.id,
          toStatus: c.toStatus,
          effectiveOn: c.effectiveOn,
          createdAt: new Date(Date.UTC(2025, 5, 1, 0, 0, i)),
        }),
      ),
    });
  }
  periodIds = (
    await owner.reportingPeriod.findMany({
      where: { year: { in: [2024, 2025] } },
      select: { id: true },
    })
  ).map((p) => p.id);
});

async function pureExpected(communeId?: number): Promise<ExpectedSubject[]> {
  const owner = ownerDb();
  const where = { provinceId: caMau, ...(communeId ? { id: communeId } : {}) };
  const communes = await owner.commune.findMany({ where, select: { id: true, provinceId: true } });
  const points = await owner.replicationPoint.findMany({
    where: { provinceId: caMau, ...(communeId ? { communeId } : {}) },
    select: {
      id: true,
      provinceId: true,
      communeId: true,
      establishedOn: true,
      status: true,
      suspendedOn: true,
      dissolvedOn: true,
      changes: {
        select: { toStatus: true, effectiveOn: true },
        orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  const periods = await owner.reportingPeriod.findMany({ where: { id: { in: periodIds } } });
  return periods.flatMap((p) => expectedSubjects(p, communes, points));
}

describe("expected subjects in SQL", () => {
  it("agrees with the pure form for every point and commune of a province, 2024–2025", async () => {
    const sql = await officer.inScope((tx) =>
      listExpectedSubjects(tx, scopeOf96(), { periodIds, provinceId: caMau }),
    );
    const pure = await pureExpected();
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.map(key).sort()).toEqual(pure.map(key).sort());
  });

  it("counts a point by its own dates in each quarter", async () => {
    const owner = ownerDb();
    const period = (year: number, quarter: number) =>
      owner.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year, quarter } } });
    const names = async (year: number, quarter: number) => {
      const p = await period(year, quarter);
      const rows = await officer.inScope((tx) =>
        listExpectedSubjects(tx, scopeOf96(), { periodIds: [p.id], communeId: giaRai }),
      );
      const ids = rows.flatMap((r) => (r.pointId ? [r.pointId] : []));
      const points = await owner.replicationPoint.findMany({
        where: { id: { in: ids }, name: { startsWith: "Điểm thử" } },
        select: { name: true },
      });
      return points.map((p) => p.name).sort();
    };
    expect(await names(2024, 2)).toEqual(["Điểm thử tạm dừng"]);
    expect(await names(2024, 3)).toEqual(["Điểm thử mở giữa quý", "Điểm thử tạm dừng"]);
    expect(await names(2024, 4)).toEqual(["Điểm thử mở giữa quý"]);
    expect(await names(2025, 1)).toEqual(["Điểm thử mở giữa quý", "Điểm thử tạm dừng"]);
    expect(await names(2025, 2)).toEqual(["Điểm thử mở giữa quý"]);
  });

  it("lists only the caller's scope: a commune officer sees their commune, nobody another province", async () => {
    const own = await communeOfficer.inScope((tx) =>
      listExpectedSubjects(
        tx,
        { level: "COMMUNE", provinceId: caMau, communeId: giaRai },
        { periodIds },
      ),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.communeId))).toEqual(new Set([giaRai]));
    expect(own.map(key).sort()).toEqual((await pureExpected(giaRai)).map(key).sort());
    const other = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
    // Even handed another province's scope, row-level security shows none of its points.
    const none = await other.inScope((tx) =>
      listExpectedSubjects(tx, scopeOf96(), { periodIds, provinceId: caMau }),
    );
    expect(none.filter((r) => r.kind === "POINT")).toEqual([]);
  });
});
