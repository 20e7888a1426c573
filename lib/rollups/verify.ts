import pg from "pg";

// Compares the stored rollups with a recomputation from the base rows (app_private.rollup_differences,
// in the rollups migration). Runs as the database owner: the app's role cannot call it.

export interface RollupDifference {
  rollup: string;
  key: string;
  stored: string | null;
  computed: string | null;
  storedReports: number | null;
  computedReports: number | null;
}

export interface RollupCheck {
  rows: number;
  differences: RollupDifference[];
  seconds: number;
}

export async function verifyRollups(ownerUrl: string): Promise<RollupCheck> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const started = performance.now();
    const { rows: differences } = await client.query<RollupDifference>(
      `SELECT "rollup", "key", "stored"::text, "computed"::text, "storedReports", "computedReports"
         FROM app_private.rollup_differences()`,
    );
    const { rows } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "ReportRollup") + (SELECT count(*) FROM "ReportRollupProvince") AS n`,
    );
    return {
      rows: Number(rows[0]?.n ?? 0),
      differences,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
