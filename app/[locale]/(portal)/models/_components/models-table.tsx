import { getTranslations } from "next-intl/server";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { TextLink } from "@/components/ui/link";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ModelListItem, ModelSort } from "@/lib/models/types";
import { provinceText } from "@/lib/models/place-text";

export async function ModelsTable({
  rows,
  locale,
  sort,
}: {
  rows: ModelListItem[];
  locale: AppLocale;
  sort: ModelSort;
}) {
  const t = await getTranslations("Models");
  const tr = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const sorted = (column: ModelSort) => (sort === column ? ("ascending" as const) : undefined);
  return (
    <Table caption={t("tableCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell aria-sort={sorted("name")}>{t("colName")}</HeaderCell>
        <HeaderCell>{t("colField")}</HeaderCell>
        <HeaderCell>{t("colOwner")}</HeaderCell>
        <HeaderCell aria-sort={sorted("launched")}>{t("colLaunched")}</HeaderCell>
        <HeaderCell
          aria-sort={sort === "points" ? "descending" : undefined}
          className="md:text-right"
        >
          {t("colPoints")}
        </HeaderCell>
        <HeaderCell>{t("colRecognition")}</HeaderCell>
        <HeaderCell>{t("colStatus")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((row) => (
          <StackRow key={row.id}>
            <StackCell label={t("colName")} className="col-span-2 md:max-w-sm">
              <TextLink href={`/models/${row.id}`} className="break-words">
                {row.name}
              </TextLink>
            </StackCell>
            <StackCell label={t("colField")}>{t(`fields.${row.field}`)}</StackCell>
            <StackCell label={t("colOwner")}>
              {row.ownerProvince ? provinceText(tr, row.ownerProvince, false) : t("catalog")}
            </StackCell>
            <StackCell label={t("colLaunched")} className="tabular-nums">
              {row.launchedOn ? formatDate(row.launchedOn, locale) : t("notKnown")}
            </StackCell>
            <StackCell label={t("colPoints")} className="tabular-nums md:text-right">
              {formatNumber(row.points, locale)}
            </StackCell>
            <StackCell label={t("colRecognition")}>
              {row.recognitionLevels.length > 0
                ? row.recognitionLevels.map((level) => t(`levelsShort.${level}`)).join("; ")
                : "—"}
            </StackCell>
            <StackCell label={t("colStatus")}>
              <span
                className={
                  row.status === "ACTIVE" ? "text-slate-900" : "font-medium text-brand-800"
                }
              >
                {t(`statuses.${row.status}`)}
              </span>
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
