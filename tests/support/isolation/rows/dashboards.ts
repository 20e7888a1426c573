// Rows of the isolation matrix for the dashboards' one action: the ministry administrator sets a
// province's population and its source (the national reference data); every other role is refused
// and nothing changes.
import { expect } from "vitest";
import { updatePopulationAction } from "@/app/[locale]/(portal)/dashboard/actions";
import { ownerDb } from "../../owner-db";
import { defineRow, everywhere, forbidden, type MatrixRow, ok } from "../harness";

const select = { population: true, populationSource: true, populationVersion: true } as const;

export const DASHBOARDS_ROWS: MatrixRow[] = [
  defineRow({
    action: "updatePopulationAction",
    expected: {
      ministryAdmin: everywhere(ok),
      ministryAnalyst: everywhere(forbidden),
      provinceAdmin: everywhere(forbidden),
      provinceOfficer: everywhere(forbidden),
      communeOfficer: everywhere(forbidden),
    },
    arrange: async (c) => {
      const p = await ownerDb().province.findUniqueOrThrow({
        where: { id: c.units.provinceId },
        select,
      });
      return {
        provinceId: c.units.provinceId,
        version: p.populationVersion,
        population: (p.population ?? 1_000_000) + 7,
      };
    },
    act: (f) =>
      updatePopulationAction(undefined, {
        provinceId: String(f.provinceId),
        population: String(f.population),
        source: "Niên giám thống kê 2024 (kiểm thử)",
        version: String(f.version),
      }),
    snapshot: (f) => ownerDb().province.findUniqueOrThrow({ where: { id: f.provinceId }, select }),
    verify(f, _before, after) {
      expect(after).toEqual({
        population: f.population,
        populationSource: "Niên giám thống kê 2024 (kiểm thử)",
        populationVersion: f.version + 1,
      });
    },
  }),
];
