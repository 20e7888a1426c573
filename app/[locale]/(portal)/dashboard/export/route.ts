import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { authRoute } from "@/lib/auth/route-guard";
import { tableFileName, tableWorkbook } from "@/lib/dashboards/export-dashboard";
import { getDashboard } from "@/lib/dashboards/get-dashboard";
import { listSourceReports } from "@/lib/dashboards/list-source-reports";
import {
  dashboardTables,
  rangeLabel,
  sourceReportsTable,
  type Translate,
} from "@/lib/dashboards/tables";
import { xlsxResponse } from "@/lib/export/xlsx";
import { routing } from "@/lib/i18n/routing";
import { oneOf, readSearchParam } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const TABLES = [
  "provinces",
  "topModels",
  "safety",
  "completeness",
  "communes",
  "models",
  "roster",
  "points",
  "commune",
  "teams",
  "states",
  "reports",
] as const;

// One table of the dashboard the address describes, as an .xlsx download: the same guard, scope
// and filter as the page (a view out of the caller's scope falls back to their own, as the page
// does); a table the view does not have is "not found".
export const GET = authRoute(
  { permission: "overview.view", query: z.looseObject({}) },
  async (request, _query, ctx) => {
    const url = new URL(request.url);
    const segment = url.pathname.split("/")[1];
    const locale = routing.locales.find((l) => l === segment) ?? routing.defaultLocale;
    const params = Object.fromEntries(url.searchParams);
    const which = readSearchParam(params, "table", oneOf(TABLES)).value ?? "provinces";
    const tr = await getTranslations({ locale, namespace: "Dashboard" });
    const t: Translate = (key, values) => tr(key as never, values as never);
    if (which === "reports") {
      const sr = await getTranslations({ locale, namespace: "SourceReports" });
      const ts: Translate = (key, values) => sr(key as never, values as never);
      const reports = await listSourceReports(ctx, params);
      const name =
        locale === "vi" ? reports.setup.indicator.nameVi : reports.setup.indicator.nameEn;
      const table = sourceReportsTable(
        reports,
        locale,
        ts,
        `${sr("title")} — ${name} — ${rangeLabel(reports.setup.filter.range, locale, t)}`,
      );
      return xlsxResponse(await tableWorkbook(table, locale), tableFileName(t("fileName"), table));
    }
    const dashboard = await getDashboard(ctx, params);
    const table = dashboardTables(dashboard, locale, t).find((x) => x.id === which);
    if (!table) return Response.json({ error: "notFound" }, { status: 404 });
    return xlsxResponse(await tableWorkbook(table, locale), tableFileName(t("fileName"), table));
  },
);
