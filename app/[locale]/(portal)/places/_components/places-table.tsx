import { useTranslations } from "next-intl";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { inRunningText } from "@/lib/places/labels";
import type { PlaceListItem } from "@/lib/places/types";

export function PlacesTable({
  rows,
  caption,
  locale,
  emptyText,
}: {
  rows: PlaceListItem[];
  caption: string;
  locale: AppLocale;
  emptyText: string;
}) {
  const t = useTranslations("Places");
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
        {emptyText}
      </p>
    );
  const areas = rows[0]?.type === "area";
  const kind = (row: PlaceListItem) =>
    row.type === "area"
      ? t(`areaKind.${row.kind as "AP"}`)
      : t(`organizationKind.${row.kind as "AGENCY"}`);
  return (
    <Table caption={caption} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{t("columns.name")}</HeaderCell>
        <HeaderCell>{t("columns.kind")}</HeaderCell>
        {areas ? <HeaderCell className="text-right">{t("columns.households")}</HeaderCell> : null}
        <HeaderCell className="text-right">{t("columns.points")}</HeaderCell>
        <HeaderCell>{t("columns.state")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((row) => (
          <StackRow key={row.id} data-place={row.id}>
            <StackCell label={t("columns.name")} className="col-span-2">
              <Link
                href={`/places/${row.id}`}
                className="font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
              >
                {row.formerCommuneName
                  ? t("withFormer", {
                      name: row.name,
                      former: inRunningText(row.formerCommuneName),
                    })
                  : row.name}
              </Link>
            </StackCell>
            <StackCell label={t("columns.kind")}>{kind(row)}</StackCell>
            {areas ? (
              <StackCell label={t("columns.households")} className="md:text-right">
                {row.households === null ? t("noFormer") : formatNumber(row.households, locale)}
              </StackCell>
            ) : null}
            <StackCell label={t("columns.points")} className="md:text-right">
              {formatNumber(row.points, locale)}
            </StackCell>
            <StackCell label={t("columns.state")}>
              {row.active ? t("active") : <span className="text-slate-600">{t("inactive")}</span>}
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
