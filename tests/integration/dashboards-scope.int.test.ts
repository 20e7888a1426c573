// The dashboards (issue 9): the ministry's 'An toàn về ANTT' and reporting grid; each role sees
// its own scope whatever the address asks for; each figure links to the reports that add up to it;
// the .xlsx holds the figures of the table.
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableWorkbook } from "@/lib/dashboards/export-dashboard";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { listSourceReports } from "@/lib/dashboards/list-source-reports";
import { dashboardTables } from "@/lib/dashboards/tables";
import { getCompleteness, rateOf } from "@/lib/reports/completeness";
import { baseTotalOf, ctxOf, dashboardFixture, t } from "../support/dashboards";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });

let indicatorId: number;
let caMau: number;
let giaRai: number;
let tuyenQuang: number;

const baseTotal = (where: string, params: unknown[]) =>
  baseTotalOf(owner, indicatorId, where, params);

beforeAll(async () => {
  await owner.connect();
  ({ indicatorId, caMau, giaRai, tuyenQuang } = await dashboardFixture(owner));
});

afterAll(async () => {
  await owner.end();
});

const year2024 = () => ({ ind: String(indicatorId), from: "2024-1", to: "2024-4" });

describe("dashboards", { timeout: 90_000 }, () => {
  it("give the ministry 'An toàn về ANTT' by unit type and the reporting grid", async () => {
    const ctx = await ctxOf("bo.phantich");
    const d = await getDashboard(ctx, { ind: String(indicatorId), from: "2023-1", to: "2023-4" });
    if (d.level !== "NATION") throw new Error("nation expected");
    const { rows } = await owner.query<{ p: number; type: string; n: number; ok: number }>(
      `select "provinceId" as p, "unitType"::text as type, count(*)::int as n,
              count(*) filter (where result = 'ACHIEVED')::int as ok
         from "SafetyRegistration" where year = 2023 group by 1, 2`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const province = d.safety.provinces.find((p) => p.provinceId === r.p);
      expect(province?.byType[r.type as "AGENCY"]).toEqual({ registered: r.n, achieved: r.ok });
    }
    const tables = dashboardTables(d, "vi", t);
    const safety = tables.find((x) => x.id === "safety");
    expect(safety?.rows).toHaveLength(35);
    // Each unit type once over its three columns; the export keeps the whole header.
    expect(safety?.columns[1]).toMatchObject({
      header: "safetyCol.registered",
      group: "safetyType.RESIDENTIAL_AREA",
      short: "safetyShort.registered",
    });
    // A year not yet evaluated shows the latest year evaluated before it, and says which.
    const later = await getDashboard(ctx, {
      ind: String(indicatorId),
      from: "2026-1",
      to: "2026-1",
    });
    const latest = await owner.query<{ year: number }>(
      `select max(year)::int as year from "SafetyRegistration" where year <= 2026`,
    );
    if (later.level !== "NATION") throw new Error("nation expected");
    expect(later.safety.year).toBe(latest.rows[0]!.year);
    expect(later.safety.requestedYear).toBe(latest.rows[0]!.year === 2026 ? undefined : 2026);
    const grid = tables.find((x) => x.id === "completeness");
    const expected = await getCompleteness(ctx, { year: 2023 });
    expect(grid?.columns).toHaveLength(1 + 3 * expected.periods.length);
    for (const row of expected.rows) {
      const line = grid?.rows.find((r) => r.key === `p:${row.id}`);
      expected.periods.forEach((period, i) => {
        const c = row.cells[period.id];
        const rate = (x: number) =>
          c ? Math.round((rateOf(x, c.expected) ?? 0) * 10_000) / 10_000 : null;
        expect(line?.cells[1 + 3 * i]?.value ?? null).toBe(c ? rate(c.submitted) : null);
        expect(line?.cells[3 + 3 * i]?.value ?? null).toBe(c ? rate(c.approved) : null);
      });
    }
  });

  it("keep each role in its scope whatever the address asks for", async () => {
    const province = await getDashboard(await ctxOf("camau.canbo"), {
      ...year2024(),
      province: String(tuyenQuang),
    });
    expect(province.setup.view).toMatchObject({ level: "PROVINCE", provinceId: caMau });
    const otherCommune = await owner.query<{ id: number }>(
      `select id from "Commune" where code = '00691'`,
    );
    const stray = await getDashboard(await ctxOf("camau.canbo"), {
      commune: String(otherCommune.rows[0]!.id),
    });
    expect(stray.setup.view).toMatchObject({ level: "PROVINCE", provinceId: caMau });
    const commune = await getDashboard(await ctxOf("giarai.canbo"), {
      province: String(tuyenQuang),
    });
    expect(commune.setup.view).toMatchObject({ level: "COMMUNE", communeId: giaRai });
    const reports = await listSourceReports(await ctxOf("giarai.canbo"), year2024());
    expect(reports.total).toBe(await baseTotal(`r."communeId" = $2`, [giaRai]));
    const ministry = await getDashboard(await ctxOf("bo.quantri"), { commune: String(giaRai) });
    expect(ministry.setup.view).toMatchObject({ level: "COMMUNE", communeId: giaRai });
    // Bad parameters are left out, never an error.
    const bad = await getDashboard(await ctxOf("bo.phantich"), {
      ind: "0x10",
      from: "2024-9",
      province: "\u0000",
    });
    expect(bad.setup.invalid.sort()).toEqual(["from", "ind", "province"].sort());
  });

  it("link each province's figure to reports that add up to it", async () => {
    const ctx = await ctxOf("bo.phantich");
    const d = await getDashboard(ctx, year2024());
    if (d.level !== "NATION") throw new Error("nation expected");
    const row = d.comparison.rows.find((r) => r.id === caMau)!;
    const reports = await listSourceReports(ctx, row.source);
    expect(reports.total).toBe(row.total);
  });

  it("export the table's figures to an .xlsx that opens", async () => {
    const d = await getDashboard(await ctxOf("bo.phantich"), year2024());
    const table = dashboardTables(d, "vi", t).find((x) => x.id === "provinces")!;
    const workbook = new ExcelJS.Workbook();
    const file = await tableWorkbook(table, "vi");
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    // Changes signed, shares and changes shown "98,59 %" as the page writes them.
    const change = table.columns.findIndex((c) => c.key === "changePrevious");
    expect(sheet.getColumn(change + 1).numFmt).toBe("+0.00 %;-0.00 %;0.00 %");
    // Row 1 the title, row 2 the headers, then the rows in the table's order.
    expect(sheet.getRow(2).getCell(2).value).toBe(table.columns[1]!.header);
    table.rows.forEach((row, i) => {
      const line = sheet.getRow(i + 3);
      expect(line.getCell(1).value).toBe(row.cells[0]!.value);
      row.cells
        .slice(1)
        .forEach((cell, j) => expect(line.getCell(j + 2).value ?? null).toBe(cell.value));
    });
  });
});
