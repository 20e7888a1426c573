import type { Tx } from "@/lib/db/scoped";
import type { FormPeriod, FormSubject } from "./form-context";
import { checkOutlier, type OutlierCheck } from "./outliers";

// The subject's own approved values of the quarters before: shown beside each field (the previous
// four quarters, the oldest of which is the same quarter a year before) and read by the outlier
// check.

export interface HistoryQuarter {
  year: number;
  quarter: number;
  /** The same quarter a year before. */
  sameQuarter: boolean;
}

/** The four quarters before (newest first); the last is the same quarter a year before. */
export function previousQuarters(year: number, quarter: number): HistoryQuarter[] {
  const out: HistoryQuarter[] = [];
  let y = year;
  let q = quarter;
  for (let i = 0; i < 4; i++) {
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
    out.push({ year: y, quarter: q, sameQuarter: y === year - 1 && q === quarter });
  }
  return out;
}

export interface ValueHistory {
  quarters: HistoryQuarter[];
  /** indicator id → one value per quarter (same order as `quarters`), null when none approved. */
  values: Map<number, (number | null)[]>;
}

export async function loadValueHistory(
  tx: Tx,
  subject: Pick<FormSubject, "kind" | "provinceId" | "communeId" | "pointId">,
  period: Pick<FormPeriod, "year" | "quarter">,
): Promise<ValueHistory> {
  const quarters = previousQuarters(period.year, period.quarter);
  const reports = await tx.report.findMany({
    where: {
      provinceId: subject.provinceId,
      kind: subject.kind,
      status: "APPROVED",
      ...(subject.kind === "POINT"
        ? { pointId: subject.pointId }
        : { communeId: subject.communeId }),
      period: { OR: quarters.map((q) => ({ year: q.year, quarter: q.quarter })) },
    },
    select: {
      period: { select: { year: true, quarter: true } },
      values: { select: { indicatorId: true, value: true } },
    },
  });
  const values = new Map<number, (number | null)[]>();
  for (const report of reports) {
    const index = quarters.findIndex(
      (q) => q.year === report.period.year && q.quarter === report.period.quarter,
    );
    for (const v of report.values) {
      let row = values.get(v.indicatorId);
      if (!row) {
        row = quarters.map(() => null);
        values.set(v.indicatorId, row);
      }
      row[index] = Number(v.value);
    }
  }
  return { quarters, values };
}

/** The outlier check of one value against the subject's history of its indicator. */
export function outlierOf(history: ValueHistory, indicatorId: number, value: number): OutlierCheck {
  const row = history.values.get(indicatorId) ?? history.quarters.map(() => null);
  const sameIndex = history.quarters.findIndex((q) => q.sameQuarter);
  const previous = row.filter((v, i): v is number => v !== null && i !== sameIndex);
  const sameQuarterLastYear = sameIndex >= 0 ? (row[sameIndex] ?? null) : null;
  return checkOutlier(value, { previous, sameQuarterLastYear });
}
