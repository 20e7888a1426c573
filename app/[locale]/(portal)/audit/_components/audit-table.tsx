import { getMessages, getTranslations } from "next-intl/server";
import type { AuditActionName } from "@/lib/audit/audit-query";
import { formatAuditTime } from "@/lib/audit/format-audit-time";
import type { AuditNames, AuditRow } from "@/lib/audit/list-audit";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { TextLink } from "@/components/ui/link";
import { AuditChanges } from "./audit-changes";

// One table on every screen: on a laptop a table, on a phone each row becomes a card whose cells
// carry their column's name (components/ui/table, layout "stack").

const ACTION_STYLES: Record<AuditActionName, string> = {
  SIGN_IN: "bg-slate-100 text-slate-800",
  SIGN_OUT: "bg-slate-100 text-slate-800",
  SIGN_IN_FAILED: "bg-brand-50 text-brand-900 ring-1 ring-brand-600/40",
  ACCESS_DENIED: "bg-brand-50 text-brand-900 ring-1 ring-brand-600/40",
  CREATE: "bg-emerald-50 text-emerald-900",
  UPDATE: "bg-blue-50 text-blue-900",
  DELETE: "bg-amber-50 text-amber-900",
  REVEAL: "bg-violet-50 text-violet-900",
  IMPORT: "bg-emerald-50 text-emerald-900",
  UNDO: "bg-amber-50 text-amber-900",
};

export async function AuditTable({
  rows,
  names,
  locale,
  canSeeAllProvinces,
}: {
  rows: AuditRow[];
  names: AuditNames;
  locale: AppLocale;
  canSeeAllProvinces: boolean;
}) {
  const [t, roles] = await Promise.all([getTranslations("Audit"), getTranslations("Roles")]);
  const entityLabels: Record<string, string> = (await getMessages()).Audit.entities;

  const scopeOf = (row: AuditRow): string => {
    if (row.commune && row.province) return `${row.commune}, ${row.province}`;
    if (row.province) return row.province;
    return canSeeAllProvinces && row.role?.startsWith("MINISTRY_") ? t("nation") : "—";
  };

  return (
    <Table layout="stack" caption={t("caption")}>
      <TableHead layout="stack">
        <HeaderCell hint={t("timeZone")}>{t("colTime")}</HeaderCell>
        <HeaderCell>{t("colWho")}</HeaderCell>
        <HeaderCell>{t("colAction")}</HeaderCell>
        <HeaderCell>{t("colEntity")}</HeaderCell>
        <HeaderCell>{t("colScope")}</HeaderCell>
        <HeaderCell>{t("colIp")}</HeaderCell>
        <HeaderCell>{t("colChanges")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((row) => (
          <StackRow key={row.id} data-audit-id={row.id}>
            <StackCell label={t("colTime")} className="whitespace-nowrap tabular-nums">
              <time dateTime={row.at.toISOString()}>{formatAuditTime(row.at, locale)}</time>
            </StackCell>
            <StackCell label={t("colWho")}>
              <span className="font-medium [overflow-wrap:anywhere] text-slate-900 md:whitespace-nowrap">
                {row.username ?? t("unknownUser")}
              </span>
              {row.role ? (
                <span className="block text-xs text-slate-600">{roles(row.role)}</span>
              ) : null}
            </StackCell>
            <StackCell label={t("colAction")}>
              <span
                className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${ACTION_STYLES[row.action]}`}
              >
                {t(`actions.${row.action}`)}
              </span>
            </StackCell>
            <StackCell label={t("colEntity")} data-cell="entity">
              {row.entity ? (
                <>
                  <span className="block text-slate-900 md:whitespace-nowrap">
                    {entityLabels[row.entity] ?? t("fields.other")}
                  </span>
                  {row.subject ? (
                    <TextLink
                      href={`/users/${row.subject.id}`}
                      className="text-sm"
                      aria-label={t("openUser", { name: row.subject.fullName })}
                    >
                      {row.subject.fullName}
                    </TextLink>
                  ) : row.entity === "User" && row.entityId ? (
                    <span className="block text-xs text-slate-600">{t("otherUser")}</span>
                  ) : null}
                  {row.subject ? (
                    <span className="block font-mono text-xs text-slate-600">
                      {row.subject.username}
                    </span>
                  ) : null}
                </>
              ) : (
                "—"
              )}
            </StackCell>
            <StackCell label={t("colScope")} className="md:min-w-32">
              {scopeOf(row)}
            </StackCell>
            <StackCell
              label={t("colIp")}
              className="font-mono text-xs break-all md:whitespace-nowrap"
            >
              {row.ip ?? "—"}
            </StackCell>
            <StackCell
              label={t("colChanges")}
              // On a phone a row with nothing to show here leaves the cell out of the card.
              className={`col-span-2 md:min-w-72 ${row.changes.length === 0 && !row.detail ? "max-md:hidden" : ""}`}
            >
              <AuditChanges row={row} names={names} locale={locale} />
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
