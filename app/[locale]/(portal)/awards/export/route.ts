import { z } from "zod";
import { exportAwards } from "@/lib/awards/export-awards";
import { parseAwardFilter } from "@/lib/awards/schemas";
import { authRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { routing } from "@/lib/i18n/routing";
import { scopeProvinceName } from "@/lib/users/list-form-options";

export const dynamic = "force-dynamic";

// The award list with the filters of the address, as an .xlsx download: the caller's scope only.
export const GET = authRoute(
  { permission: "overview.view", query: z.looseObject({}) },
  async (request, _query, ctx) => {
    const url = new URL(request.url);
    const segment = url.pathname.split("/")[1];
    const locale = routing.locales.find((l) => l === segment) ?? routing.defaultLocale;
    const filter = parseAwardFilter(Object.fromEntries(url.searchParams));
    const { buffer, fileName } = await exportAwards(
      ctx,
      filter,
      locale,
      await scopeProvinceName(ctx),
    );
    return xlsxResponse(buffer, fileName);
  },
);
