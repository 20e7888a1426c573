import { useTranslations } from "next-intl";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PointListItem } from "@/lib/points/types";
import { placeLabel } from "./place-label";
import { StatusBadge } from "./status-badge";

// The points of a page: a table on wider screens, a card per point on a phone.
export function PointsTable({
  rows,
  locale,
  showProvince,
  showCommune,
  emptyText,
}: {
  rows: PointListItem[];
  locale: AppLocale;
  showProvince: boolean;
  showCommune: boolean;
  emptyText: string;
}) {
  const t = useTranslations("Points");
  if (rows.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
        {emptyText}
      </p>
    );
  }
  const col = (key: Parameters<typeof t>[0]) => t(key);
  return (
    <Table caption={t("tableCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{col("columns.name")}</HeaderCell>
        <HeaderCell>{col("columns.model")}</HeaderCell>
        {showProvince ? <HeaderCell>{col("columns.province")}</HeaderCell> : null}
        {showCommune ? <HeaderCell>{col("columns.commune")}</HeaderCell> : null}
        <HeaderCell>{col("columns.place")}</HeaderCell>
        <HeaderCell>{col("columns.lead")}</HeaderCell>
        <HeaderCell>{col("columns.established")}</HeaderCell>
        <HeaderCell>{col("columns.status")}</HeaderCell>
        <HeaderCell>{col("columns.rating")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((point) => (
          <StackRow key={point.id} data-point={point.id}>
            <StackCell label={col("columns.name")} className="col-span-2 md:min-w-[15rem]">
              <Link
                href={`/points/${point.id}`}
                className="font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
              >
                {point.name}
              </Link>
            </StackCell>
            <StackCell label={col("columns.model")} className="col-span-2 md:max-w-[14rem]">
              {point.modelName}
            </StackCell>
            {showProvince ? (
              <StackCell label={col("columns.province")}>{point.provinceName}</StackCell>
            ) : null}
            {showCommune ? (
              <StackCell label={col("columns.commune")}>{point.communeName}</StackCell>
            ) : null}
            <StackCell label={col("columns.place")}>
              {point.place ? placeLabel((v) => t("withFormer", v), point.place) : t("noPlace")}
            </StackCell>
            <StackCell label={col("columns.lead")}>{t(`lead.${point.leadOrganization}`)}</StackCell>
            <StackCell label={col("columns.established")} className="whitespace-nowrap">
              {formatDate(point.establishedOn, locale)}
            </StackCell>
            <StackCell label={col("columns.status")}>
              <StatusBadge status={point.status} />
            </StackCell>
            <StackCell label={col("columns.rating")}>
              {point.latestRating
                ? t("ratingOfYear", {
                    rating: t(`rating.${point.latestRating.rating}`),
                    year: String(point.latestRating.year),
                  })
                : t("noRating")}
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
