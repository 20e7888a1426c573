import { getMessages, getTranslations } from "next-intl/server";
import type { AuditActionName } from "@/lib/audit/audit-query";
import { formatAuditTime } from "@/lib/audit/format-audit-time";
import type { AuditRow } from "@/lib/audit/list-audit";
import type { AppLocale } from "@/lib/i18n/routing";
import { AuditChanges } from "./audit-changes";

// One table on every screen: on a laptop a table, on a phone each row becomes a card whose cells
// carry their column's name (explicit roles keep the table semantics that display:block drops).

const ACTION_STYLES: Record<AuditActionName, string> = {
  SIGN_IN: "bg-slate-100 text-slate-800",
  SIGN_OUT: "bg-slate-100 text-slate-800",
  SIGN_IN_FAILED: "bg-brand-50 text-brand-900 ring-1 ring-brand-600/40",
  ACCESS_DENIED: "bg-brand-50 text-brand-900 ring-1 ring-brand-600/40",
  CREATE: "bg-emerald-50 text-emerald-900",
  UPDATE: "bg-blue-50 text-blue-900",
  DELETE: "bg-amber-50 text-amber-900",
};

const cell = "block min-w-0 align-top md:table-cell md:px-3 md:py-2";
const label = "block text-xs font-medium tracking-wide text-slate-600 uppercase md:hidden";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID is shown by its first 8 characters (the whole one on hover and to screen readers). */
function EntityId({ id }: { id: string }) {
  const className = "block font-mono text-xs text-slate-600";
  if (!UUID.test(id)) return <span className={`${className} [overflow-wrap:anywhere]`}>{id}</span>;
  return (
    <span className={`${className} whitespace-nowrap`} title={id}>
      <span aria-hidden="true">{id.slice(0, 8)}…</span>
      <span className="sr-only">{id}</span>
    </span>
  );
}

export async function AuditTable({
  rows,
  locale,
  canSeeAllProvinces,
}: {
  rows: AuditRow[];
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
    <table role="table" className="block w-full text-sm md:table md:border-collapse">
      <caption className="sr-only">{t("caption")}</caption>
      <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
        <tr role="row" className="border-b-2 border-slate-300 text-left text-slate-700">
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colTime")}
            <span className="block text-xs font-normal text-slate-500">{t("timeZone")}</span>
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colWho")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colAction")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colEntity")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colScope")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colIp")}
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
            {t("colChanges")}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block space-y-3 md:table-row-group md:space-y-0">
        {rows.map((row) => (
          <tr
            key={row.id}
            role="row"
            data-audit-id={row.id}
            className="grid grid-cols-2 gap-x-4 gap-y-2 rounded border border-slate-200 p-3 md:table-row md:rounded-none md:border-0 md:border-b md:p-0"
          >
            <td role="cell" className={`${cell} whitespace-nowrap tabular-nums`}>
              <span aria-hidden="true" className={label}>
                {t("colTime")}
              </span>
              <time dateTime={row.at.toISOString()}>{formatAuditTime(row.at, locale)}</time>
            </td>
            <td role="cell" className={cell}>
              <span aria-hidden="true" className={label}>
                {t("colWho")}
              </span>
              <span className="font-medium [overflow-wrap:anywhere] text-slate-900 md:whitespace-nowrap">
                {row.username ?? t("unknownUser")}
              </span>
              {row.role ? (
                <span className="block text-xs text-slate-600">{roles(row.role)}</span>
              ) : null}
            </td>
            <td role="cell" className={cell}>
              <span aria-hidden="true" className={label}>
                {t("colAction")}
              </span>
              <span
                className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${ACTION_STYLES[row.action]}`}
              >
                {t(`actions.${row.action}`)}
              </span>
            </td>
            <td role="cell" className={cell}>
              <span aria-hidden="true" className={label}>
                {t("colEntity")}
              </span>
              {row.entity ? (
                <>
                  <span className="text-slate-900 md:whitespace-nowrap">
                    {entityLabels[row.entity] ?? row.entity}
                  </span>
                  {row.entityId ? <EntityId id={row.entityId} /> : null}
                </>
              ) : (
                "—"
              )}
            </td>
            <td role="cell" className={`${cell} md:min-w-32`}>
              <span aria-hidden="true" className={label}>
                {t("colScope")}
              </span>
              {scopeOf(row)}
            </td>
            <td role="cell" className={`${cell} font-mono text-xs break-all md:whitespace-nowrap`}>
              <span aria-hidden="true" className={`${label} font-sans`}>
                {t("colIp")}
              </span>
              {row.ip ?? "—"}
            </td>
            <td
              role="cell"
              // On a phone a row with nothing to show here leaves the cell out of the card.
              className={`${cell} col-span-2 md:min-w-72 ${row.changes.length === 0 && !row.detail ? "max-md:hidden" : ""}`}
            >
              <span aria-hidden="true" className={label}>
                {t("colChanges")}
              </span>
              <AuditChanges row={row} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
