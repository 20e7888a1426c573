import { useTranslations } from "next-intl";
import { HeaderCell, Table, TableHead } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { inRunningText } from "@/lib/places/labels";
import type { PlaceListItem } from "@/lib/places/types";

// A commune's areas or organisations: a table on wider screens; on a phone one line each (a
// commune has dozens, and a card per area would be pages long).
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
  const name = (row: PlaceListItem) => (
    <Link
      href={`/places/${row.id}`}
      className="font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
    >
      {row.formerCommuneName
        ? t("withFormer", { name: row.name, former: inRunningText(row.formerCommuneName) })
        : row.name}
    </Link>
  );
  const state = (row: PlaceListItem) =>
    row.active ? t("active") : <span className="text-slate-600">{t("inactive")}</span>;

  return (
    <>
      <ul className="divide-y divide-slate-200 border-y border-slate-200 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="py-2.5" data-place={row.id}>
            <div>{name(row)}</div>
            <div className="text-sm text-slate-700">
              {[
                kind(row),
                ...(row.households !== null
                  ? [t("householdsShort", { count: formatNumber(row.households, locale) })]
                  : []),
                t("pointsShort", { count: formatNumber(row.points, locale) }),
              ].join(" · ")}
              {row.active ? null : <> · {state(row)}</>}
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <Table caption={caption}>
          <TableHead>
            <HeaderCell>{t("columns.name")}</HeaderCell>
            <HeaderCell>{t("columns.kind")}</HeaderCell>
            {areas ? (
              <HeaderCell className="text-right">{t("columns.households")}</HeaderCell>
            ) : null}
            <HeaderCell className="text-right">{t("columns.points")}</HeaderCell>
            <HeaderCell>{t("columns.state")}</HeaderCell>
          </TableHead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200" data-place={row.id}>
                <td className="px-3 py-2">{name(row)}</td>
                <td className="px-3 py-2">{kind(row)}</td>
                {areas ? (
                  <td className="px-3 py-2 text-right">
                    {row.households === null ? t("noFormer") : formatNumber(row.households, locale)}
                  </td>
                ) : null}
                <td className="px-3 py-2 text-right">{formatNumber(row.points, locale)}</td>
                <td className="px-3 py-2">{state(row)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
