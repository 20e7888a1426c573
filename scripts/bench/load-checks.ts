// The checks after the run: every write the portal acknowledged is in the database (and each row's
// last acknowledged state is its state now), and no report submitted twice at once was submitted twice.
import type pg from "pg";
import { acks, doubleSubmitted, type Ack } from "./load-loops";

export async function lostWrites(owner: pg.Client): Promise<number> {
  let lost = 0;
  for (const ack of acks) {
    let found = false;
    if (ack.kind === "report-save") {
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "AuditLog" WHERE entity = 'Report' AND "entityId" = $1 AND (after->>'version')::int = $2`,
        [ack.id, ack.version],
      );
      found = (rowCount ?? 0) > 0;
    } else if (ack.kind === "team-update") {
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "AuditLog" WHERE entity = 'Team' AND "entityId" = $1 AND after->>'name' = $2`,
        [ack.id, ack.marker],
      );
      found = (rowCount ?? 0) > 0;
    } else {
      const to = ack.kind === "submit" ? "SUBMITTED" : "APPROVED";
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "ReportStatusChange" WHERE "reportId" = $1 AND "toStatus" = $2::"ReportStatus"`,
        [ack.id, to],
      );
      found = (rowCount ?? 0) > 0;
    }
    if (!found) lost += 1;
  }
  // The last acknowledged state of each row is its state now (one writer per row).
  const last = new Map<string, Ack>();
  for (const ack of acks)
    if (ack.kind === "report-save" || ack.kind === "team-update") last.set(ack.id, ack);
  for (const ack of last.values()) {
    const sql =
      ack.kind === "report-save"
        ? `SELECT 1 FROM "Report" WHERE id = $1 AND results = $2`
        : `SELECT 1 FROM "Team" WHERE id = $1 AND name = $2`;
    const { rowCount } = await owner.query(sql, [ack.id, ack.marker]);
    if (!rowCount) lost += 1;
  }
  return lost;
}

export async function duplicateSubmits(owner: pg.Client): Promise<number> {
  if (doubleSubmitted.length === 0) return 0;
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT "reportId" FROM "ReportStatusChange"
      WHERE "reportId" = ANY($1::uuid[]) AND "toStatus" = 'SUBMITTED' GROUP BY "reportId" HAVING count(*) > 1) d`,
    [doubleSubmitted],
  );
  return rows[0]?.n ?? 0;
}
