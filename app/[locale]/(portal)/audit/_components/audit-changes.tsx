import { getTranslations } from "next-intl/server";
import type { JsonValue } from "@/lib/audit/audit-diff";
import { formatAuditTime } from "@/lib/audit/format-audit-time";
import type { AuditRow } from "@/lib/audit/list-audit";
import type { AppLocale } from "@/lib/i18n/routing";

// The fields an audited change touched: old value struck through, new value beside it. The
// sign-in code and the guards record why something was refused in English; the known reasons are
// shown translated, anything else as it was written.

const KNOWN_DETAILS = {
  "wrong password": "wrongPassword",
  "unknown user": "unknownUser",
  deactivated: "deactivated",
  throttled: "throttled",
} as const;

// The refusals written by lib/auth (guard.ts, page-guard.ts, route-guard.ts).
const PAGE_REFUSED = /^(?:page|route) (\S+) needs (\S+)$/;
const ACTION_REFUSED = /^permission (\S+)$/;
const OUT_OF_SCOPE = /^(\w+) (\S+) not in scope$/;

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SHOWN = 300;

export async function AuditChanges({ row, locale }: { row: AuditRow; locale: AppLocale }) {
  const t = await getTranslations("Audit");

  const show = (value: JsonValue | undefined): string => {
    if (value === undefined || value === null || value === "") return t("emptyValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string")
      return ISO_MOMENT.test(value) ? formatAuditTime(new Date(value), locale) : value;
    if (typeof value === "number") return String(value);
    const json = JSON.stringify(value);
    return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
  };

  const detail = ((text: string | null): string | null => {
    if (text === null) return null;
    if (Object.hasOwn(KNOWN_DETAILS, text))
      return t(`details.${KNOWN_DETAILS[text as keyof typeof KNOWN_DETAILS]}`);
    const page = PAGE_REFUSED.exec(text);
    if (page) return t("details.pageRefused", { path: page[1] ?? "", permission: page[2] ?? "" });
    const action = ACTION_REFUSED.exec(text);
    if (action) return t("details.actionRefused", { permission: action[1] ?? "" });
    const scope = OUT_OF_SCOPE.exec(text);
    if (scope) return t("details.outOfScope", { entity: scope[1] ?? "", id: scope[2] ?? "" });
    return text;
  })(row.detail);

  if (row.changes.length === 0 && !detail) return <span className="text-slate-500">—</span>;

  return (
    <div className="space-y-1">
      {detail ? <p className="break-words text-slate-700">{detail}</p> : null}
      {row.changes.length > 0 ? (
        <ul className="space-y-1" aria-label={t("changesLabel")}>
          {row.changes.map((change) => (
            <li key={change.field} className="break-words">
              {change.field ? (
                <span className="font-mono text-xs text-slate-600">{change.field}: </span>
              ) : null}
              {change.kind !== "added" ? (
                <del className="bg-brand-50 text-brand-900 decoration-brand-600">
                  <span className="sr-only">{t("before")} </span>
                  {show(change.before)}
                </del>
              ) : null}
              {change.kind === "changed" ? (
                <span aria-hidden="true" className="px-1 text-slate-500">
                  →
                </span>
              ) : null}
              {change.kind !== "removed" ? (
                <ins className="bg-emerald-50 text-emerald-900 no-underline">
                  <span className="sr-only">{t("after")} </span>
                  {show(change.after)}
                </ins>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
