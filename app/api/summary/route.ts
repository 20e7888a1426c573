import { FormError, NotFoundError } from "@/lib/auth/errors";
import { authRoute } from "@/lib/auth/route-guard";
import { contentDisposition, summaryFileNames } from "@/lib/summary/file-name";
import { getSummary } from "@/lib/summary/get-summary";
import { summaryQuerySchema } from "@/lib/summary/schemas";
import { writeSummaryDocx } from "@/lib/summary/write-summary-docx";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// GET /api/summary?year=2023[&quarter=3][&province=<id>|&former=<id>] — the year's (or quarter's)
// summary report as a Word document, drafted from the approved figures of the caller's scope: the
// ministry any province, former province or the nation (neither named); a province's officers
// only their own province and its former provinces (another is "not found").
export const GET = authRoute(
  { permission: "dashboards.province", query: summaryQuerySchema },
  async (_request, query, user) => {
    try {
      const data = await getSummary(user, {
        provinceId: query.province,
        formerProvinceId: query.former,
        year: query.year,
        quarter: query.quarter,
      });
      const buffer = await writeSummaryDocx(data);
      return new Response(new Uint8Array(buffer), {
        headers: {
          "content-type": DOCX_TYPE,
          "content-disposition": contentDisposition(summaryFileNames(data)),
          "cache-control": "no-store",
        },
      });
    } catch (error) {
      if (error instanceof NotFoundError)
        return Response.json({ error: "notFound" }, { status: 404 });
      if (error instanceof FormError) return Response.json({ error: "forbidden" }, { status: 403 });
      throw error;
    }
  },
);
