import { hasLocale } from "next-intl";
import { authRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { routing } from "@/lib/i18n/routing";
import { exportModels } from "@/lib/models/export-models";
import { filterOf, modelQuerySchema } from "@/lib/models/model-query";

// The models list, as filtered on screen, as an Excel file. Same session, role and scope as the
// page (every signed-in role reads models); the domain function scopes every query.
export const dynamic = "force-dynamic";

export const GET = authRoute(
  { permission: "signed-in", query: modelQuerySchema },
  async (request, query, ctx) => {
    const segment = new URL(request.url).pathname.split("/")[1] ?? "";
    const locale = hasLocale(routing.locales, segment) ? segment : routing.defaultLocale;
    const { buffer, fileName } = await exportModels(ctx, filterOf(query), locale);
    return xlsxResponse(buffer, fileName);
  },
);
