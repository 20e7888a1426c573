import { z } from "zod";
import { authRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { routing } from "@/lib/i18n/routing";
import { exportPoints } from "@/lib/points/export-points";
import { parsePointFilter } from "@/lib/points/schemas";
import { scopeProvinceName } from "@/lib/users/list-form-options";

export const dynamic = "force-dynamic";

// The point list with the filters of the address, as an .xlsx download. Same session, role and
// scope checks as the page (authRoute); the rows are the caller's scope only.
export const GET = authRoute(
  { permission: "overview.view", query: z.looseObject({}) },
  async (request, _query, ctx) => {
    const url = new URL(request.url);
    const segment = url.pathname.split("/")[1];
    const locale = routing.locales.find((l) => l === segment) ?? routing.defaultLocale;
    const filter = parsePointFilter(Object.fromEntries(url.searchParams));
    const { buffer, fileName } = await exportPoints(
      ctx,
      filter,
      locale,
      await scopeProvinceName(ctx),
    );
    return xlsxResponse(buffer, fileName);
  },
);
