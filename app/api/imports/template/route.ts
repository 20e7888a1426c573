import { z } from "zod";
import { NotFoundError } from "@/lib/auth/errors";
import { authRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { buildTemplate, templateExample } from "@/lib/rosters/import/template";

// The roster template of a commune: its header row, an example row naming one of the commune's
// teams and areas, and a sheet that explains each column.
export const GET = authRoute(
  {
    permission: "rosters.edit",
    query: z.object({
      communeId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    }),
  },
  async (_request, query, user) => {
    try {
      const example = await templateExample(user, query.communeId);
      return xlsxResponse(await buildTemplate(example), "Mau-danh-sach-thanh-vien-to.xlsx");
    } catch (error) {
      if (error instanceof NotFoundError)
        return Response.json({ error: "notFound" }, { status: 404 });
      throw error;
    }
  },
);
