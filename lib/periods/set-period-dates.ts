import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/messages";
import { endOfDayInVietnam, periodDates } from "./period-dates";
import type { SetPeriodDatesInput } from "./schemas";

// The ministry administrator sets a period's deadline (days after the quarter's last day; 15 by
// default) and closing (days after the deadline; 15 by default), for that period and, if asked,
// every later one (the periods a new year brings are set the same way before they begin). A period
// whose deadline has passed keeps its dates: its reports were judged on time against them (a
// province extends or reopens instead, lib/periods/save-exception.ts). Every changed period gets
// its audit row with before and after, in the one transaction.

const periodSelect = {
  id: true,
  year: true,
  quarter: true,
  deadline: true,
  closesAt: true,
} as const;

export async function setPeriodDates(
  ctx: AuthContext,
  input: SetPeriodDatesInput,
  locale: AppLocale = "vi",
  now = new Date(),
): Promise<{ changed: number }> {
  if (ctx.scope.level !== "NATION") throw new FormError("forbidden");
  return inScope(ctx, async (tx) => {
    const period = await tx.reportingPeriod.findUnique({
      where: { id: input.periodId },
      select: periodSelect,
    });
    if (!period) throw new FieldErrors({ periodId: { key: "periodRequired" } });
    const currentDue = endOfDayInVietnam(period.deadline);
    if (currentDue.getTime() < now.getTime())
      throw new FieldErrors({
        periodId: {
          key: "periodDeadlinePassed",
          values: { date: formatDate(period.deadline, locale) },
        },
      });
    const rules = { deadlineDays: input.deadlineDays, graceDays: input.graceDays };
    const chosen = periodDates(period.year, period.quarter, rules);
    if (endOfDayInVietnam(chosen.deadline).getTime() < now.getTime())
      throw new FieldErrors({
        deadlineDays: {
          key: "periodNewDeadlinePast",
          values: { date: formatDate(chosen.deadline, locale) },
        },
      });
    const later = input.later
      ? await tx.reportingPeriod.findMany({
          where: {
            OR: [
              { year: period.year, quarter: { gt: period.quarter } },
              { year: { gt: period.year } },
            ],
          },
          select: periodSelect,
          orderBy: [{ year: "asc" }, { quarter: "asc" }],
        })
      : [];
    let changed = 0;
    for (const before of [period, ...later]) {
      const dates = periodDates(before.year, before.quarter, rules);
      if (
        dates.deadline.getTime() === before.deadline.getTime() &&
        dates.closesAt.getTime() === before.closesAt.getTime()
      )
        continue;
      const after = await tx.reportingPeriod.update({
        where: { id: before.id },
        data: { deadline: dates.deadline, closesAt: dates.closesAt },
        select: periodSelect,
      });
      await writeAudit(tx, auditActor(ctx), {
        action: "UPDATE",
        entity: "ReportingPeriod",
        entityId: String(before.id),
        detail: `${before.year}-Q${before.quarter} +${input.deadlineDays}/+${input.graceDays}`,
        before,
        after,
      });
      changed++;
    }
    return { changed };
  });
}
