import { useTranslations } from "next-intl";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { TeamListItem } from "@/lib/rosters/list-teams";

export function TeamsTable({
  rows,
  locale,
  showCommune,
}: {
  rows: TeamListItem[];
  locale: AppLocale;
  showCommune: boolean;
}) {
  const t = useTranslations("Rosters");
  if (rows.length === 0) return null;
  return (
    <Table caption={t("tableCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{t("colName")}</HeaderCell>
        <HeaderCell>{t("colKind")}</HeaderCell>
        <HeaderCell>{t("colPlace")}</HeaderCell>
        <HeaderCell className="text-right">{t("colMembers")}</HeaderCell>
        <HeaderCell>{t("colEstablished")}</HeaderCell>
        <HeaderCell>{t("colStatus")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((row) => (
          <StackRow key={row.id}>
            <StackCell label={t("colName")} className="col-span-2">
              <TextLink href={`/teams/${row.id}`}>{row.name}</TextLink>
              {showCommune ? (
                <span className="block text-xs text-slate-600">{row.communeName}</span>
              ) : null}
            </StackCell>
            <StackCell label={t("colKind")}>{t(`kind.${row.kind}`)}</StackCell>
            <StackCell label={t("colPlace")}>
              {row.kind === "MODEL"
                ? (row.pointName ?? t("none"))
                : row.areaNames.join(", ") || t("none")}
            </StackCell>
            <StackCell label={t("colMembers")} className="md:text-right">
              {formatNumber(row.members, locale)}
            </StackCell>
            <StackCell label={t("colEstablished")}>
              {row.establishedOn ? formatDate(row.establishedOn, locale) : t("none")}
            </StackCell>
            <StackCell label={t("colStatus")}>
              <span className={row.status === "DISSOLVED" ? "text-slate-600" : "text-emerald-800"}>
                {t(`status.${row.status}`)}
              </span>
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
