import { useTranslations } from "next-intl";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import type { AwardListItem } from "@/lib/awards/list-awards";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

// The awards of a page: a table on wider screens, a card per award on a phone.
export function AwardsTable({
  rows,
  locale,
  showProvince,
  emptyText,
}: {
  rows: AwardListItem[];
  locale: AppLocale;
  showProvince: boolean;
  emptyText: string;
}) {
  const t = useTranslations("Awards");
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
        {emptyText}
      </p>
    );
  return (
    <Table caption={t("tableCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{t("columns.recipient")}</HeaderCell>
        <HeaderCell>{t("columns.kind")}</HeaderCell>
        <HeaderCell>{t("columns.issuer")}</HeaderCell>
        <HeaderCell>{t("columns.decisionNumber")}</HeaderCell>
        <HeaderCell>{t("columns.awardedOn")}</HeaderCell>
        {showProvince ? <HeaderCell>{t("columns.province")}</HeaderCell> : null}
        <HeaderCell>{t("columns.commune")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((a) => (
          <StackRow key={a.id}>
            <StackCell label={t("columns.recipient")} className="col-span-2 md:min-w-[14rem]">
              <Link
                href={`/awards/${a.id}`}
                className="font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
              >
                {a.recipientName}
              </Link>
              <span className="block text-xs text-slate-600">
                {t(`recipientKind.${a.recipientKind}`)}
                {a.teamName || a.pointName ? ` · ${a.teamName ?? a.pointName ?? ""}` : ""}
              </span>
            </StackCell>
            <StackCell label={t("columns.kind")}>{t(`kind.${a.kind}`)}</StackCell>
            <StackCell label={t("columns.issuer")}>{t(`issuer.${a.issuer}`)}</StackCell>
            <StackCell label={t("columns.decisionNumber")} className="whitespace-nowrap">
              {a.decisionNumber ?? ""}
            </StackCell>
            <StackCell label={t("columns.awardedOn")} className="whitespace-nowrap">
              {formatDate(a.awardedOn, locale)}
            </StackCell>
            {showProvince ? (
              <StackCell label={t("columns.province")}>{a.provinceName}</StackCell>
            ) : null}
            <StackCell label={t("columns.commune")}>
              {a.communeName ?? t("provinceWide")}
              {a.formerProvinceName ? (
                <span className="block text-xs text-slate-600">
                  {t("former", { name: a.formerProvinceName })}
                </span>
              ) : null}
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
