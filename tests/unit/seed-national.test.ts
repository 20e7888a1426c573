// The national data set's plan (prisma/seed/national): exact totals at any scale, the same rows
// for the same seed, one leader per team, valid citizen IDs unique per province, and report values
// that keep every validation rule, in every status.
import { describe, expect, it } from "vitest";
import { checkRules } from "@/lib/reports/check-rules";
import { citizenIdProblems } from "@/lib/rosters/citizen-id";
import { syntheticUnitIds } from "@/prisma/seed/generators/province-units";
import { createRng } from "@/prisma/seed/generators/random";
import { syntheticCatalogIds } from "@/prisma/seed/reference";
import { loadAddressData } from "@/prisma/seed/reference/address-data";
import { INDICATORS } from "@/prisma/seed/reference/indicators";
import { VALIDATION_RULES } from "@/prisma/seed/reference/validation-rules";
import { provinceJobs, startGenerators } from "@/prisma/seed/national/generate";
import { nationalCounts, NATIONAL_TOTALS, planPart } from "@/prisma/seed/national/plan";
import { nationalParts } from "@/prisma/seed/national/units";

const data = await loadAddressData();
const ids = syntheticUnitIds(data);
const catalog = syntheticCatalogIds();
const parts = nationalParts(data, ids);
const codeOf = new Map([...catalog.indicatorIds].map(([code, id]) => [id, code]));

const planFirst = (seed: number, scale: number, n: number) => {
  const root = createRng(`national:${seed}`);
  const counts = nationalCounts(parts, scale, root.fork("counts"));
  const used = new Set<string>();
  return parts
    .slice(0, n)
    .map((p, i) => planPart(p, counts[i]!, catalog, seed, used, root.fork(`part:${p.key}`)));
};

describe("the national data set", () => {
  it("covers every commune with a former commune once and splits the totals exactly", () => {
    const communes = parts.flatMap((p) => p.units.communes.map((c) => c.code));
    // 6 of the 3,321 (new special zones) have no former commune in the register: no data there.
    expect(data.communes.length).toBe(3321);
    expect(new Set(communes).size).toBe(3315);
    expect(communes.length).toBe(3315);
    for (const scale of [1, 0.05]) {
      const counts = nationalCounts(parts, scale, createRng("national:1").fork("counts"));
      const sum = (f: (c: (typeof counts)[number]) => number) =>
        counts.reduce((s, c) => s + f(c), 0);
      const areas = sum((c) => c.areas.reduce((s, n) => s + n, 0));
      expect(areas).toBe(Math.round(NATIONAL_TOTALS.residentialAreas * scale));
      expect(sum((c) => c.points)).toBe(Math.round(NATIONAL_TOTALS.points * scale));
      expect(areas + sum((c) => c.pointTeams)).toBe(Math.round(NATIONAL_TOTALS.teams * scale));
      expect(sum((c) => c.grassrootsMembers + c.pointMembers)).toBe(
        Math.round(NATIONAL_TOTALS.members * scale),
      );
    }
  });

  const plans = planFirst(1, 0.02, 3);

  it("gives the same rows for the same seed and other rows for another", () => {
    const again = planFirst(1, 0.02, 3);
    expect(JSON.stringify(again[2]?.persons.slice(0, 50))).toBe(
      JSON.stringify(plans[2]?.persons.slice(0, 50)),
    );
    expect(again[1]?.reportValues).toEqual(plans[1]?.reportValues);
    expect(
      planFirst(2, 0.02, 1)[0]?.persons[0]?.fullName === plans[0]?.persons[0]?.fullName &&
        planFirst(2, 0.02, 1)[0]?.persons[0]?.citizenId === plans[0]?.persons[0]?.citizenId,
    ).toBe(false);
  });

  it("has one leader per team and valid citizen IDs, unique in the province", () => {
    for (const plan of plans) {
      const leaders = new Map<string, number>();
      for (const m of plan.memberships)
        if (m.role === "LEADER" && !m.leftOn)
          leaders.set(m.teamId, (leaders.get(m.teamId) ?? 0) + 1);
      expect(leaders.size).toBe(plan.teams.length);
      expect([...leaders.values()].every((n) => n === 1)).toBe(true);
      for (const p of plan.persons)
        expect(
          citizenIdProblems(p.citizenId ?? "", {
            gender: p.gender,
            birthDate: p.birthDate as Date,
          }),
        ).toEqual([]);
    }
    const byProvince = new Map<number, string[]>();
    for (const plan of plans)
      for (const p of plan.persons)
        byProvince.set(p.provinceId, [...(byProvince.get(p.provinceId) ?? []), p.citizenId ?? ""]);
    for (const list of byProvince.values()) expect(new Set(list).size).toBe(list.length);
  });

  it("keeps every validation rule in every report, in every status", () => {
    const statuses = new Set<string>();
    for (const plan of plans) {
      const byReport = new Map<string, Map<string, number>>();
      for (const v of plan.reportValues) {
        const values = byReport.get(v.reportId) ?? new Map<string, number>();
        values.set(codeOf.get(v.indicatorId) ?? "?", Number(v.value));
        byReport.set(v.reportId, values);
      }
      expect(byReport.size).toBe(plan.reports.length);
      for (const values of byReport.values())
        expect(checkRules(values, VALIDATION_RULES)).toEqual([]);
      for (const r of plan.reports) statuses.add(r.status ?? "DRAFT");
    }
    expect([...statuses].sort()).toEqual(["APPROVED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(INDICATORS.length).toBeGreaterThan(20);
  });

  it("writes the same COPY text, in the same order, on generator threads as on the main thread", async () => {
    const counts = nationalCounts(parts, 0.01, createRng("national:1").fork("counts"));
    const jobs = provinceJobs(parts).slice(0, 2);
    expect(jobs.every((j) => j.parts.length > 0)).toBe(true);
    const text = async (threads: number): Promise<string[]> => {
      const generators = startGenerators({ seed: 1, parts, counts, catalog }, jobs, threads);
      const tables: string[] = [];
      const decoder = new TextDecoder();
      try {
        for (const job of jobs)
          for await (const m of generators.read(job.job))
            if ("chunk" in m) tables[m.table] = (tables[m.table] ?? "") + decoder.decode(m.chunk);
      } finally {
        await generators.close();
      }
      return tables;
    };
    const inline = await text(0);
    expect(inline.length).toBe(10);
    expect(inline[5]?.split("\n").length).toBeGreaterThan(100);
    expect(await text(2)).toEqual(inline);
  }, 120_000);
});
