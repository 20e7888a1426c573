// At every start: the reporting periods of the current and the next year are made if missing
// (lib/periods/periods-ahead), with the latest period's deadline and closing days. As the owning
// role, in one transaction; a period that another start made meanwhile is left as it is.
import pg from "pg";
import type { PeriodDates } from "@/lib/periods/period-dates";
import { periodsAhead } from "@/lib/periods/periods-ahead";

export async function extendPeriods(databaseUrl: string, now = new Date()): Promise<PeriodDates[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Dates as text, read as midnight UTC (as Prisma keeps @db.Date), whatever the machine's zone;
    // closesAt is a UTC timestamp without zone (Prisma's DateTime).
    const { rows } = await client.query<
      Record<"startsOn" | "endsOn" | "deadline" | "closesAt", string> & {
        year: number;
        quarter: number;
      }
    >(
      `SELECT year, quarter, "startsOn"::text AS "startsOn", "endsOn"::text AS "endsOn",
              deadline::text AS deadline, to_char("closesAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "closesAt"
         FROM "ReportingPeriod"`,
    );
    const utc = (date: string) => new Date(`${date}T00:00:00Z`);
    const existing: PeriodDates[] = rows.map((r) => ({
      year: r.year,
      quarter: r.quarter,
      startsOn: utc(r.startsOn),
      endsOn: utc(r.endsOn),
      deadline: utc(r.deadline),
      closesAt: new Date(r.closesAt),
    }));
    const missing = periodsAhead(existing, now);
    const date = (d: Date) => d.toISOString().slice(0, 10);
    for (const p of missing)
      await client.query(
        `INSERT INTO "ReportingPeriod" (year, quarter, "startsOn", "endsOn", deadline, "closesAt")
         VALUES ($1, $2, $3::date, $4::date, $5::date, $6::timestamp) ON CONFLICT (year, quarter) DO NOTHING`,
        [
          p.year,
          p.quarter,
          date(p.startsOn),
          date(p.endsOn),
          date(p.deadline),
          p.closesAt.toISOString().replace("Z", ""),
        ],
      );
    await client.query("COMMIT");
    return missing;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
