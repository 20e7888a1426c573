import { createTranslator } from "next-intl";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import { type AppLocale, messagesFor } from "@/lib/i18n/messages";
import { inRunningText } from "@/lib/places/labels";
import { fetchPointPage } from "./list-points";
import type { PointFilter } from "./schemas";
import type { PointListItem } from "./types";

const BATCH = 5_000;
/** More than any province has; a larger export is cut here rather than exhausting the server. */
export const EXPORT_MAX_ROWS = 100_000;

/** Every point of the caller's scope that the filters keep, in the list's order. */
export async function collectPoints(
  ctx: AuthContext,
  filter: Partial<PointFilter>,
): Promise<PointListItem[]> {
  return inScope(
    ctx,
    async (tx) => {
      const rows: PointListItem[] = [];
      let after: string | undefined;
      do {
        const page = await fetchPointPage(tx, ctx, { ...filter, after }, BATCH);
        rows.push(...page.rows);
        after = page.next ?? undefined;
      } while (after && rows.length < EXPORT_MAX_ROWS);
      return rows;
    },
    { timeoutMs: 60_000 },
  );
}

/** The point list as an .xlsx workbook: Vietnamese headers, dates as dates (20/04/2016). */
export async function exportPoints(
  ctx: AuthContext,
  filter: Partial<PointFilter>,
  locale: AppLocale,
  /** The province's name; null for the whole nation. */
  scopeName: string | null,
): Promise<{ buffer: Buffer; fileName: string; rows: number }> {
  const rows = await collectPoints(ctx, filter);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Points" });
  const place = (p: PointListItem) =>
    p.place
      ? p.place.formerCommuneName
        ? t("withFormer", { name: p.place.name, former: inRunningText(p.place.formerCommuneName) })
        : p.place.name
      : t("noPlace");
  const columns: Column<PointListItem>[] = [
    { header: t("columns.name"), value: (p) => p.name, width: 48 },
    { header: t("columns.model"), value: (p) => p.modelName, width: 40 },
    ...(ctx.scope.level === "NATION"
      ? [{ header: t("columns.province"), value: (p: PointListItem) => p.provinceName, width: 16 }]
      : []),
    { header: t("columns.commune"), value: (p) => p.communeName, width: 22 },
    { header: t("columns.place"), value: place, width: 30 },
    { header: t("columns.lead"), value: (p) => t(`lead.${p.leadOrganization}`), width: 24 },
    { header: t("columns.established"), value: (p) => p.establishedOn, kind: "date", width: 14 },
    { header: t("columns.status"), value: (p) => t(`status.${p.status}`), width: 16 },
    {
      header: t("columns.rating"),
      value: (p) =>
        p.latestRating
          ? t("ratingOfYear", {
              rating: t(`rating.${p.latestRating.rating}`),
              year: String(p.latestRating.year),
            })
          : "",
      width: 18,
    },
  ];
  const buffer = await buildWorkbook({
    sheet: t("exportFile.sheet"),
    title: t("exportFile.title", { scope: scopeName ?? t("exportFile.nation") }),
    columns,
    rows,
  });
  return { buffer, fileName: t("exportFile.fileName"), rows: rows.length };
}
