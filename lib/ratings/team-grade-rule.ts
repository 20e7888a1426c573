import type { TeamGrade } from "@/lib/generated/prisma/enums";

// The yearly rating of grassroots security teams ("Tổ bảo vệ ANTT ở cơ sở"): hoàn thành xuất sắc /
// tốt / hoàn thành / không hoàn thành nhiệm vụ.
//
// The quota, decided precisely: within one commune and year, the teams rated "hoàn thành xuất sắc
// nhiệm vụ" are at most 20 % of the teams rated "hoàn thành tốt nhiệm vụ" or better (the excellent
// ones count among the good, as an excellent team has done its tasks well too). In whole teams:
// excellent × 5 ≤ excellent + good. So 1 excellent needs at least 4 good teams beside it (1 of 5),
// 2 need 8 (2 of 10); a commune with fewer than 5 teams rated good or better can rate none excellent.
// Checked on every save, with the commune's other ratings of that year as they are in the database.

export const EXCELLENT_SHARE = { numerator: 1, denominator: 5 } as const;

export const TEAM_GRADES = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;

export type GradeCounts = Record<TeamGrade, number>;

export function countGrades(grades: Iterable<TeamGrade>): GradeCounts {
  const counts: GradeCounts = { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 };
  for (const grade of grades) counts[grade] += 1;
  return counts;
}

/** Whether a commune's grades of one year keep the quota. */
export function withinExcellentQuota(counts: GradeCounts): boolean {
  const goodOrBetter = counts.EXCELLENT + counts.GOOD;
  return counts.EXCELLENT * EXCELLENT_SHARE.denominator <= goodOrBetter * EXCELLENT_SHARE.numerator;
}

/** The most teams that may be rated excellent beside `good` teams rated "tốt": ⌊good / 4⌋. */
export function maxExcellent(good: number): number {
  const { numerator, denominator } = EXCELLENT_SHARE;
  return Math.floor((good * numerator) / (denominator - numerator));
}
