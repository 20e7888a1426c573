import { z } from "zod";
import { authRoute } from "@/lib/auth/route-guard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { exportRoster } from "@/lib/rosters/export-roster";

// GET /api/rosters/export?team=<id> — one team's roster; ?commune=<id> (or nothing, for a commune
// officer's own commune) — every team of a commune. Citizen IDs and phones are masked in the file.
export const GET = authRoute(
  {
    permission: "rosters.view",
    query: z.object({
      team: z.uuid().optional(),
      commune: z.coerce.number().int().positive().optional(),
    }),
  },
  async (_request, query, user) => {
    const file = await exportRoster(
      user,
      query.team ? { teamId: query.team } : { communeId: query.commune ?? null },
    );
    if (!file) return Response.json({ error: "not found" }, { status: 404 });
    return xlsxResponse(file.buffer, file.fileName);
  },
);
