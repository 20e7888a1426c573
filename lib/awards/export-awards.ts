import { createTranslator } from "next-intl";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import { type AppLocale, messagesFor } from "@/lib/i18n/messages";
import { type AwardListItem, fetchAwardPage } from "./list-awards";
import type { AwardFilter } from "./schemas";

const BATCH = 5_000;
export const EXPORT_MAX_ROWS = 100_000;

/** The award list with the filters of the address as an .xlsx workbook, Vietnamese headers. */
export async function exportAwards(
  ctx: AuthContext,
  filter: Partial<AwardFilter>,
  locale: AppLocale,
  scopeName: string | null,
): Promise<{ buffer: Buffer; fileName: string; rows: number }> {
  const rows = await inScope(
    ctx,
    async (tx) => {
      const all: AwardListItem[] = [];
      let after: string | undefined;
      do {
        const page = await fetchAwardPage(tx, ctx, { ...filter, after }, BATCH);
        all.push(...page.rows);
        after = page.next ?? undefined;
      } while (after && all.length < EXPORT_MAX_ROWS);
      return all;
    },
    { timeoutMs: 60_000 },
  );
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Awards" });
  const columns: Column<AwardListItem>[] = [
    { header: t("columns.awardedOn"), value: (a) => a.awardedOn, kind: "date", width: 14 },
    { header: t("columns.decisionNumber"), value: (a) => a.decisionNumber, width: 20 },
    { header: t("columns.kind"), value: (a) => t(`kind.${a.kind}`), width: 34 },
    { header: t("columns.issuer"), value: (a) => t(`issuer.${a.issuer}`), width: 34 },
    {
      header: t("columns.recipientKind"),
      value: (a) => t(`recipientKind.${a.recipientKind}`),
      width: 12,
    },
    { header: t("columns.recipient"), value: (a) => a.recipientName, width: 48 },
    ...(ctx.scope.level === "NATION"
      ? [{ header: t("columns.province"), value: (a: AwardListItem) => a.provinceName, width: 16 }]
      : []),
    { header: t("columns.commune"), value: (a) => a.communeName ?? "", width: 24 },
    { header: t("columns.formerProvince"), value: (a) => a.formerProvinceName ?? "", width: 16 },
    { header: t("columns.link"), value: (a) => a.teamName ?? a.pointName ?? "", width: 36 },
  ];
  const buffer = await buildWorkbook({
    sheet: t("exportFile.sheet"),
    title: t("exportFile.title", { scope: scopeName ?? t("exportFile.nation") }),
    columns,
    rows,
  });
  return { buffer, fileName: t("exportFile.fileName"), rows: rows.length };
}
