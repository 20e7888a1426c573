import { createTranslator } from "next-intl";
import type { AuthContext } from "@/lib/auth/current-user";
import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import { listModelsForExport } from "./list-models";
import { originText } from "./place-text";
import type { ModelListFilter, ProvinceRef } from "./types";

/**
 * The models list with the viewer's filters as an Excel workbook: headers in the viewer's language,
 * points as numbers (shown 1.522), launch dates as dates (shown 20/04/2016).
 */
export async function exportModels(
  ctx: AuthContext,
  filter: ModelListFilter,
  locale: AppLocale,
): Promise<{ buffer: Buffer; fileName: string; rows: number }> {
  const rows = await listModelsForExport(ctx, filter);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Models" });
  const tr = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const province = (p: ProvinceRef | null, none: string) =>
    p ? t(p.kind === "CITY" ? "cityName" : "provinceName", { name: p.name }) : none;
  const columns: Column<(typeof rows)[number]>[] = [
    { header: t("colName"), value: (r) => r.name, width: 50 },
    { header: t("colField"), value: (r) => t(`fields.${r.field}`), width: 28 },
    { header: t("colOwner"), value: (r) => province(r.ownerProvince, t("catalog")), width: 22 },
    // As the model's page writes it: "xã Hưng Hội (cũ), huyện Vĩnh Lợi, tỉnh Bạc Liêu — nay thuộc …".
    { header: t("colOrigin"), value: (r) => originText(tr, r.origin) ?? "", width: 60 },
    { header: t("colLaunched"), value: (r) => r.launchedOn, kind: "date", width: 14 },
    { header: t("colPoints"), value: (r) => r.points, kind: "integer", width: 14 },
    {
      header: t("colRecognition"),
      value: (r) => r.recognitionLevels.map((l) => t(`levels.${l}`)).join("; "),
      width: 36,
    },
    { header: t("colStatus"), value: (r) => t(`statuses.${r.status}`), width: 16 },
  ];
  const buffer = await buildWorkbook({
    sheet: t("exportSheet"),
    title: t("exportTitle"),
    columns,
    rows,
  });
  return { buffer, fileName: t("exportFile"), rows: rows.length };
}
