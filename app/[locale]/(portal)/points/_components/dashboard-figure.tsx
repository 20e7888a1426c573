import { getTranslations } from "next-intl/server";
import type { AuthContext } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { dashboardParams, queryString } from "@/lib/dashboards/filter";
import { listSourceReports } from "@/lib/dashboards/list-source-reports";
import { rangeLabel, type Translate } from "@/lib/dashboards/tables";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/validation/fields";

// The end of the dashboards' drill-down (nation → province → commune → point): a point's page
// opened from a dashboard carries ?ind=&from=&to= and shows the point's approved figure for that
// indicator and period, with links to the reports behind it and back to its commune's view, the
// indicator and period kept. Without those parameters the page is the point's page alone.

const DRILL_PARAMS = ["ind", "from", "to"] as const;

export async function DashboardFigure({
  ctx,
  locale,
  query,
  point,
}: {
  ctx: AuthContext;
  locale: AppLocale;
  query: SearchParams;
  point: { id: string; communeId: number; communeName: string };
}) {
  if (!DRILL_PARAMS.some((key) => key in query)) return null;
  if (!hasPermission(ctx.role, "overview.view")) return null;
  const params: SearchParams = { commune: String(point.communeId), point: point.id };
  for (const key of DRILL_PARAMS) if (query[key] !== undefined) params[key] = query[key];
  const [reports, t, dr] = await Promise.all([
    listSourceReports(ctx, params),
    getTranslations({ locale, namespace: "Points" }),
    getTranslations({ locale, namespace: "Dashboard" }),
  ]);
  const td: Translate = (key, values) => dr(key as never, values as never);
  const { setup } = reports;
  const view = dashboardParams(setup.filter, { commune: point.communeId, province: null });
  const indicator = locale === "vi" ? setup.indicator.nameVi : setup.indicator.nameEn;
  const period = rangeLabel(setup.filter.range, locale, td);
  return (
    <section
      aria-labelledby="point-dashboard"
      className="space-y-2 rounded border border-brand-100 bg-brand-50 p-4 print:border-0"
      data-testid="point-dashboard"
    >
      <h2 id="point-dashboard" className="text-lg font-semibold text-slate-900">
        {t("dashboard.heading")}
      </h2>
      <p className="text-slate-800">
        {t("dashboard.figure", { indicator, period })}{" "}
        <strong className="tabular-nums" data-testid="point-dashboard-total">
          {formatNumber(reports.total, locale)}
        </strong>
      </p>
      <p className="flex flex-wrap gap-x-6 gap-y-1 text-sm print:hidden">
        <a
          href={`/${locale}/dashboard/reports${queryString({ ...view, point: point.id })}`}
          className="font-medium text-brand-700 underline underline-offset-2"
        >
          {t("dashboard.reports", { count: formatNumber(reports.count, locale) })}
        </a>
        <a
          href={`/${locale}/dashboard${queryString(view)}`}
          className="font-medium text-brand-700 underline underline-offset-2"
          data-testid="point-dashboard-back"
        >
          {t("dashboard.back", { commune: point.communeName })}
        </a>
      </p>
    </section>
  );
}
