import { describe, expect, it } from "vitest";
import { citizenIdProblems } from "@/lib/rosters/citizen-id";
import { normalisePhone } from "@/lib/rosters/phone";
import { checkRules } from "@/lib/reports/check-rules";
import { BAC_LIEU } from "@/prisma/seed/demo/bac-lieu";
import { BEN_TRE } from "@/prisma/seed/demo/ben-tre";
import { HA_GIANG } from "@/prisma/seed/demo/ha-giang";
import { DEMO_PROFILES } from "@/prisma/seed/demo";
import { planDemoProvince } from "@/prisma/seed/demo/pipeline";
import { publishedTargets } from "@/prisma/seed/demo/profile";
import { SOC_TRANG } from "@/prisma/seed/demo/soc-trang";
import type { DemoPlan } from "@/prisma/seed/generators/plan";
import { buildDemoUnits, syntheticUnitIds } from "@/prisma/seed/generators/province-units";
import { affiliationFits } from "@/prisma/seed/generators/roster";
import { loadAddressData } from "@/prisma/seed/reference/address-data";
import { syntheticCatalogIds } from "@/prisma/seed/reference";
import { seedPeriodDates } from "@/prisma/seed/reference/periods";
import { VALIDATION_RULES } from "@/prisma/seed/reference/validation-rules";

// The demo plans, built without a database: what the seed writes must add up to the published
// figures (docs/design/demo-data.md) and obey the data model's rules.

const data = await loadAddressData();
const ids = syntheticUnitIds(data);
const refs = syntheticCatalogIds();
const unitsOf = (formerProvince: string) => buildDemoUnits(data, formerProvince, ids);
const planFor = (key: string): DemoPlan => {
  const profile = DEMO_PROFILES.find((d) => d.key === key);
  if (!profile) throw new Error(`no profile ${key}`);
  return planDemoProvince(profile, { units: unitsOf(profile.formerProvince), ...refs });
};
const plans = new Map(DEMO_PROFILES.map((d) => [d.key, planFor(d.key)]));
const planOf = (key: string): DemoPlan => {
  const plan = plans.get(key);
  if (!plan) throw new Error(`no plan ${key}`);
  return plan;
};
const codeOf = new Map([...refs.indicatorIds].map(([code, id]) => [id, code]));
const yearOf = new Map(seedPeriodDates().map((p, i) => [i + 1, p.year]));
const quarterOf = new Map(seedPeriodDates().map((p, i) => [i + 1, `${p.year}-Q${p.quarter}`]));

/** The communes of each plan's former province (the published figures are theirs). */
const partCommunes = new Map(
  DEMO_PROFILES.map((d) => [
    planOf(d.key),
    new Set(unitsOf(d.formerProvince).communes.map((c) => c.id)),
  ]),
);

/** Sum of an indicator over the plan's APPROVED reports of a year in the former province's communes. */
function total(plan: DemoPlan, code: string, year: number): number {
  const part = partCommunes.get(plan) ?? new Set<number>();
  const reports = new Set(
    plan.reports
      .filter(
        (r) => r.status === "APPROVED" && yearOf.get(r.periodId) === year && part.has(r.communeId),
      )
      .map((r) => r.id),
  );
  return plan.reportValues
    .filter((v) => reports.has(v.reportId) && codeOf.get(v.indicatorId) === code)
    .reduce((s, v) => s + Number(v.value), 0);
}
const openMemberships = (plan: DemoPlan) => plan.memberships.filter((m) => !m.leftOn);

/** Collectives and persons awarded in a year, by issuer and kind. */
function awardCounts(plan: DemoPlan, year: number): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const a of plan.awards) {
    if (new Date(a.awardedOn).getUTCFullYear() !== year) continue;
    const key = `${a.issuer}/${a.kind}`;
    const row = out[key] ?? [0, 0];
    row[a.recipientKind === "COLLECTIVE" ? 0 : 1] += 1;
    out[key] = row;
  }
  return out;
}

describe.each(DEMO_PROFILES.map((d) => [d.key]))("the %s demo plan", (key) => {
  const plan = planOf(key);

  it("keeps every validation rule in every report", () => {
    const byReport = new Map<string, Map<string, number>>();
    for (const v of plan.reportValues) {
      const values = byReport.get(v.reportId) ?? new Map<string, number>();
      values.set(codeOf.get(v.indicatorId) ?? "?", Number(v.value));
      byReport.set(v.reportId, values);
    }
    expect(byReport.size).toBe(plan.reports.length);
    for (const values of byReport.values())
      expect(checkRules(values, VALIDATION_RULES)).toEqual([]);
    expect(plan.reportValues.every((v) => Number(v.value) >= 0)).toBe(true);
  });

  it("has one report per point or commune and period", () => {
    const keys = plan.reports.map(
      (r) => `${r.kind}|${r.periodId}|${r.kind === "POINT" ? r.pointId : r.communeId}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every team exactly one leader and one or two deputies", () => {
    const roles = new Map<string, string[]>();
    for (const m of openMemberships(plan))
      roles.set(m.teamId, [...(roles.get(m.teamId) ?? []), m.role]);
    expect(roles.size).toBe(plan.teams.length);
    for (const list of roles.values()) {
      expect(list.filter((r) => r === "LEADER")).toHaveLength(1);
      expect(list.filter((r) => r === "DEPUTY").length).toBeGreaterThanOrEqual(1);
      expect(list.filter((r) => r === "DEPUTY").length).toBeLessThanOrEqual(2);
    }
  });

  it("has people with unique, well-formed citizen IDs, NFC names and ages 18–70", () => {
    const citizenIds = plan.persons.map((p) => p.citizenId);
    expect(new Set(citizenIds).size).toBe(plan.persons.length);
    const births = new Map<string, Date>();
    const bad: string[] = [];
    for (const p of plan.persons) {
      const birth = p.birthDate as Date;
      const year = birth.getUTCFullYear();
      births.set(p.id ?? "", birth);
      if (!/^\d{12}$/.test(p.citizenId ?? "")) bad.push(`${p.fullName}: citizen ID ${p.citizenId}`);
      if (p.fullName !== p.fullName.normalize("NFC")) bad.push(`${p.fullName}: not NFC`);
      // Born 1957–2006: 18 to 69 years old from 2024 to the end of 2026.
      if (year < 1957 || year > 2006) bad.push(`${p.fullName}: born ${year}`);
      // The ID carries the year of birth and a gender/century digit.
      if (p.citizenId?.slice(4, 6) !== String(year % 100).padStart(2, "0"))
        bad.push(`${p.fullName}: year in ID`);
      if (Number(p.citizenId?.[3]) % 2 !== (p.gender === "FEMALE" ? 1 : 0))
        bad.push(`${p.fullName}: gender in ID`);
      if (p.phone && normalisePhone(p.phone) !== p.phone)
        bad.push(`${p.fullName}: phone ${p.phone}`);
      // The portal's own validator (lib/rosters/citizen-id.ts) accepts every demo citizen ID.
      const problems = citizenIdProblems(p.citizenId ?? "", { gender: p.gender, birthDate: birth });
      if (problems.length > 0) bad.push(`${p.fullName}: ${p.citizenId} ${problems.join(", ")}`);
      if (!affiliationFits(p.affiliation ?? "NONE", p.gender, year))
        bad.push(`${p.fullName}: ${p.affiliation}, born ${year}`);
    }
    for (const m of plan.memberships) {
      const birth = births.get(m.personId);
      if (!birth) {
        bad.push(`membership ${m.id}: no person`);
        continue;
      }
      const adult = Date.UTC(birth.getUTCFullYear() + 18, birth.getUTCMonth(), birth.getUTCDate());
      if ((m.joinedOn as Date).getTime() < adult) bad.push(`membership ${m.id}: joined before 18`);
    }
    expect(bad).toEqual([]);
  });

  it("uses unique ids and unique area names per commune", () => {
    for (const rows of [
      plan.points,
      plan.teams,
      plan.persons,
      plan.memberships,
      plan.reports,
      plan.residentialAreas,
      plan.statusChanges,
      plan.pointChanges,
    ]) {
      const list = rows.map((r) => r.id);
      expect(new Set(list).size).toBe(list.length);
    }
    const names = plan.residentialAreas.map((a) => `${a.communeId}|${a.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(plan.residentialAreas.every((a) => a.name === a.name.normalize("NFC"))).toBe(true);
  });

  it("gives every point its history: established on its date, then any later change", () => {
    const byPoint = new Map<string, typeof plan.pointChanges>();
    for (const c of plan.pointChanges)
      byPoint.set(c.pointId, [...(byPoint.get(c.pointId) ?? []), c]);
    const bad = plan.points.filter((p) => {
      const history = byPoint.get(p.id ?? "") ?? [];
      const first = history[0];
      const last = history[history.length - 1];
      return (
        !first ||
        first.fromStatus !== null ||
        first.toStatus !== "ACTIVE" ||
        first.effectiveOn !== p.establishedOn ||
        last?.toStatus !== (p.status ?? "ACTIVE")
      );
    });
    expect(bad.map((p) => p.id)).toEqual([]);
    expect(byPoint.size).toBe(plan.points.length);
  });

  it("is the same on every run", () => {
    const again = planFor(key);
    expect(again.persons).toEqual(plan.persons);
    expect(again.reportValues).toEqual(plan.reportValues);
  });
});

describe("Bạc Liêu (now Cà Mau)", () => {
  const plan = planOf("bac-lieu");
  const units = unitsOf(BAC_LIEU.formerProvince);

  it("has its 2023 awards, 21,074 media rounds and 3 + 5 + 128 training classes", () => {
    expect(awardCounts(plan, 2023)).toEqual({
      "FATHERLAND_FRONT/MERIT_CERTIFICATE": [1, 1],
      "MINISTRY/MERIT_CERTIFICATE": [9, 40],
      "PROVINCE_COMMITTEE/MERIT_CERTIFICATE": [24, 67],
    });
    expect(plan.awards.every((a) => a.formerProvinceId === units.formerProvinceId)).toBe(true);
    expect(total(plan, "media_rounds", 2023)).toBe(21_074);
    expect(total(plan, "training_classes", 2023)).toBe(128);
    expect(plan.publishedTallies.map((t) => [t.measure, t.achieved])).toEqual([
      ["TRAINING_CLASSES_PROVINCE", 3],
      ["TRAINING_CLASSES_DISTRICT", 5],
    ]);
  });

  it("has 50 models at 263 points with 1,522 teams and 22,046 members in the real communes", () => {
    expect(new Set(plan.points.map((p) => p.modelId)).size).toBe(50);
    expect(plan.points).toHaveLength(263);
    expect(plan.teams).toHaveLength(1_522);
    expect(openMemberships(plan)).toHaveLength(22_046);
    expect(BAC_LIEU.pointTeams.members).toBe(22_046);
    expect(plan.persons).toHaveLength(22_046 - BAC_LIEU.roster.shared + BAC_LIEU.roster.leavers);
    const communes = new Set(units.communes.map((c) => c.id));
    expect(plan.points.every((p) => communes.has(p.communeId))).toBe(true);
    expect(units.formerCommunes).toHaveLength(64);
  });

  it("has the veterans' club in 57 of the 64 communes with 3,318 members", () => {
    const club = refs.nationalModelIds.get("clb-ccb-pctp");
    const points = plan.points.filter((p) => p.modelId === club);
    expect(new Set(points.map((p) => p.formerCommuneId)).size).toBe(57);
    const first = [...points].sort(
      (a, b) => (a.establishedOn as Date).getTime() - (b.establishedOn as Date).getTime(),
    )[0];
    expect((first?.establishedOn as Date).toISOString().slice(0, 10)).toBe("2016-04-20");
    expect(first?.formerCommuneId).toBe(units.formerCommunes.find((f) => f.code === "31960")?.id);
    const teams = new Set(
      plan.teams.filter((t) => points.some((p) => p.id === t.pointId)).map((t) => t.id),
    );
    expect(openMemberships(plan).filter((m) => teams.has(m.teamId))).toHaveLength(3_318);
  });

  it("has the nine ministry recognitions", () => {
    expect(plan.recognitions.filter((r) => r.level === "MINISTRY_NATIONWIDE")).toHaveLength(9);
  });

  it("adds up to the 2023 figures exactly", () => {
    const published = publishedTargets(BAC_LIEU, 2023);
    const expected = { ...published.point, ...published.commune };
    expect(expected).toMatchObject({
      tips: 1_994,
      weapons_handed_in: 2_278,
      patrols: 731,
      mediations: 384,
      mediations_successful: 384,
    });
    for (const [code, value] of Object.entries(expected))
      expect(total(plan, code, 2023), code).toBe(value);
    expect(
      total(plan, "weapons_handed_in", 2023) + total(plan, "commune_weapons_handed_in", 2023),
    ).toBe(2_278);
  });

  it("has approved reports for every point and commune in every quarter from 2023 to 2026 Q2", () => {
    const approved = plan.reports.filter(
      (r) => r.status === "APPROVED" && (yearOf.get(r.periodId) ?? 0) <= 2026,
    );
    const byQuarter = new Map<string, number>();
    for (const r of approved) {
      const key = quarterOf.get(r.periodId) ?? "";
      byQuarter.set(key, (byQuarter.get(key) ?? 0) + 1);
    }
    // 2023, 2024, 2025 and the first two quarters of 2026: 14 quarters, each complete.
    const complete = seedPeriodDates()
      .filter((p) => p.year < 2026 || p.quarter <= 2)
      .map((p) => `${p.year}-Q${p.quarter}`);
    expect(complete).toHaveLength(14);
    // Every commune of today's Cà Mau: Bạc Liêu's 25 and former Cà Mau's 39.
    expect([units.communes.length, units.otherCommunes.length]).toEqual([25, 39]);
    for (const key of complete)
      expect(byQuarter.get(key), key).toBe(
        263 + units.communes.length + units.otherCommunes.length,
      );
    expect(plan.reports.some((r) => r.status === "SUBMITTED")).toBe(true);
    expect(plan.reports.some((r) => r.status === "RETURNED")).toBe(true);
  });

  it("leaves 2026 Q3 in progress: mostly approved, some waiting, some never sent; Q4 not approved", () => {
    const q3 = plan.reports.filter((r) => quarterOf.get(r.periodId) === "2026-Q3");
    const points = q3.filter((r) => r.kind === "POINT");
    const approved = points.filter((r) => r.status === "APPROVED").length;
    const waiting = points.filter((r) => r.status === "SUBMITTED").length;
    expect(approved).toBeGreaterThan(263 * 0.6);
    expect(waiting).toBeGreaterThan(10);
    // Never sent: overdue (the province reopened Q3 until 31/12/2026).
    expect(263 - points.length).toBeGreaterThan(10);
    expect(points.length).toBeLessThan(263);
    // Bạc Liêu's communes' reports are the workflow's: none approved.
    const part = new Set(units.communes.map((c) => c.id));
    const communes = q3.filter((r) => r.kind === "COMMUNE");
    expect(communes.filter((r) => part.has(r.communeId) && r.status === "APPROVED")).toHaveLength(
      0,
    );
    // Former Cà Mau's communes settle like the points: mostly approved, some waiting, some not sent.
    const others = communes.filter((r) => !part.has(r.communeId));
    const othersApproved = others.filter((r) => r.status === "APPROVED").length;
    expect(othersApproved).toBeGreaterThan(39 * 0.6);
    expect(others.length).toBeLessThan(39);
    expect(others.some((r) => r.status === "SUBMITTED")).toBe(true);
    expect(
      plan.reports.filter((r) => quarterOf.get(r.periodId) === "2026-Q4" && r.status !== "DRAFT"),
    ).toHaveLength(0);
    // Every waiting report's history ends with its submission.
    const approvals = new Set(
      plan.statusChanges.filter((c) => c.toStatus === "APPROVED").map((c) => c.reportId),
    );
    for (const r of points.filter((x) => x.status === "SUBMITTED"))
      expect(approvals.has(r.id ?? "")).toBe(false);
  });

  it("puts some people in two teams of their commune", () => {
    const teamsOf = new Map<string, number>();
    for (const m of openMemberships(plan))
      teamsOf.set(m.personId, (teamsOf.get(m.personId) ?? 0) + 1);
    expect([...teamsOf.values()].filter((n) => n === 2)).toHaveLength(BAC_LIEU.roster.shared);
  });
});

describe("Hà Giang (now Tuyên Quang)", () => {
  const plan = planOf("ha-giang");

  it("has 1,067 points, 379 of them established in 2023", () => {
    expect(plan.points).toHaveLength(1_067);
    expect(
      plan.points.filter((p) => (p.establishedOn as Date).getUTCFullYear() === 2023),
    ).toHaveLength(379);
  });

  it("adds up to the 2023 figures exactly, 12 tips from Ngọc Hà's cameras", () => {
    const published = {
      tips: 1_370,
      border_patrols: 584,
      border_patrol_participants: 1_046,
      mediations: 268,
      scenes_protected: 16,
      fire_rescue_callouts: 35,
    };
    expect(publishedTargets(HA_GIANG, 2023).point).toEqual(published);
    for (const [code, value] of Object.entries(published))
      expect(total(plan, code, 2023), code).toBe(value);
    const ngocHa = plan.points.find((p) => p.placeName?.includes("82 camera"));
    expect(ngocHa?.communeId).toBe(ids.commune("00691"));
    const reports = new Set(
      plan.reports
        .filter((r) => r.pointId === ngocHa?.id && yearOf.get(r.periodId) === 2023)
        .map((r) => r.id),
    );
    const tips = plan.reportValues.filter(
      (v) => reports.has(v.reportId) && codeOf.get(v.indicatorId) === "tips",
    );
    expect(tips.reduce((s, v) => s + Number(v.value), 0)).toBe(12);
  });

  it("rates 91% of evaluated points khá or tốt and 96.8% of units safe", () => {
    const rated = plan.ratings.filter((r) => r.year === 2023);
    expect(rated).toHaveLength(1_000);
    expect(rated.filter((r) => r.rating === "GOOD" || r.rating === "FAIR")).toHaveLength(910);
    const regs = plan.safetyRegistrations.filter((s) => s.year === 2023);
    expect(regs.filter((s) => s.result === "ACHIEVED").length / regs.length).toBeCloseTo(0.968, 6);
  });

  it("has 7 exemplary communes, 3 exemplary agencies and 81.8% meeting the rural criterion", () => {
    const titles = plan.communeYearTitles.filter((t) => t.year === 2023);
    expect(titles.filter((t) => t.exemplary)).toHaveLength(7);
    expect(titles.every((t) => typeof t.formerCommuneId === "number")).toBe(true);
    expect(
      plan.publishedTallies.map((t) => [t.measure, t.achieved ?? null, t.rateTenths ?? null]),
    ).toEqual([
      ["EXEMPLARY_AGENCIES", 3, null],
      ["RURAL_SECURITY_COMMUNES", null, 818],
    ]);
  });
});

describe("Bến Tre (now Vĩnh Long)", () => {
  const plan = planOf("ben-tre");

  it("has Tiếng loa an ninh in 149 former communes and the compliance figures", () => {
    const loa = plan.points.filter(
      (p) => p.modelId === refs.nationalModelIds.get("tieng-loa-an-ninh"),
    );
    expect(new Set(loa.map((p) => p.formerCommuneId)).size).toBe(149);
    const count = (type: string, result?: string) =>
      plan.safetyRegistrations.filter(
        (s) => s.year === 2023 && s.unitType === type && (!result || s.result === result),
      ).length;
    expect([count("RESIDENTIAL_AREA", "ACHIEVED"), count("RESIDENTIAL_AREA")]).toEqual([950, 978]);
    expect([count("AGENCY", "ACHIEVED"), count("AGENCY")]).toEqual([1_048, 1_063]);
    // 2023 registrations name the former commune (decision 010): the register's 156, 137 recognised.
    const formers = unitsOf(BEN_TRE.formerProvince).formerCommunes;
    expect([count("COMMUNE", "ACHIEVED"), count("COMMUNE")]).toEqual([137, formers.length]);
    expect(formers).toHaveLength(156);
    const regs2023 = plan.safetyRegistrations.filter((s) => s.year === 2023);
    expect(regs2023.every((s) => typeof s.formerCommuneId === "number")).toBe(true);
    // The published 145/164 the register cannot back, kept as published.
    expect(
      plan.publishedTallies.map((t) => [
        t.year,
        t.measure,
        t.achieved,
        t.total,
        t.formerProvinceId,
      ]),
    ).toEqual([
      [2023, "SAFETY_COMMUNES", 145, 164, unitsOf(BEN_TRE.formerProvince).formerProvinceId],
    ]);
  });

  it("has its 2018 awards: Cờ thi đua to 3, Bằng khen to 9, Giấy khen to 60 collectives and 20 people", () => {
    expect(awardCounts(plan, 2018)).toEqual({
      "MINISTRY/EMULATION_FLAG": [3, 0],
      "MINISTRY/MERIT_CERTIFICATE": [9, 0],
      "POLICE_DIRECTOR/COMMENDATION": [60, 20],
    });
  });
});

describe("Sóc Trăng (now Cần Thơ)", () => {
  const plan = planOf("soc-trang");

  it("has 40 model types at 603 points, 8 exemplary", () => {
    expect(new Set(plan.points.map((p) => p.modelId)).size).toBe(40);
    expect(plan.points).toHaveLength(603);
    expect(plan.recognitions.filter((r) => r.level === "ADVANCED_EXEMPLAR")).toHaveLength(8);
  });

  it("has 775 grassroots security teams in 775 hamlets with 2,482 members", () => {
    const teams = plan.teams.filter((t) => t.kind === "GRASSROOTS_SECURITY");
    expect(teams).toHaveLength(775);
    expect(new Set(plan.teamAreas.map((a) => a.residentialAreaId)).size).toBe(775);
    expect(plan.teamAreas).toHaveLength(775);
    expect(openMemberships(plan)).toHaveLength(2_482);
    expect(teams.every((t) => (t.establishedOn as Date) >= new Date(Date.UTC(2024, 6, 1)))).toBe(
      true,
    );
  });

  it("adds up to the 2024 figures exactly", () => {
    expect(total(plan, "propaganda_sessions", 2024)).toBe(7_866);
    expect(total(plan, "tips", 2024)).toBe(publishedTargets(SOC_TRANG, 2024).point.tips);
    expect(total(plan, "tips", 2024)).toBeGreaterThan(1_000);
  });

  it("has its 2024 awards: Bộ Công an 1 collective and 1 person, UBND tỉnh 26", () => {
    expect(awardCounts(plan, 2024)).toEqual({
      "MINISTRY/MERIT_CERTIFICATE": [1, 1],
      "PROVINCE_COMMITTEE/MERIT_CERTIFICATE": [26, 0],
    });
  });
});
