import { useTranslations } from "next-intl";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PointHistoryEntry } from "@/lib/points/types";
import { StatusBadge } from "./status-badge";

/** The point's lifecycle, oldest first: every change with its effective date and reason. */
export function PointHistory({
  history,
  locale,
}: {
  history: PointHistoryEntry[];
  locale: AppLocale;
}) {
  const t = useTranslations("Points");
  if (history.length === 0) return <p className="text-slate-700">{t("detail.historyEmpty")}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-300 pl-5" data-history>
      {history.map((entry) => (
        <li key={entry.id} className="relative" data-history-entry={entry.toStatus}>
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[27px] h-3 w-3 rounded-full border-2 border-white bg-brand-700"
          />
          <p className="font-semibold text-slate-900">
            <time dateTime={entry.effectiveOn.toISOString().slice(0, 10)}>
              {formatDate(entry.effectiveOn, locale)}
            </time>
            {" · "}
            {entry.fromStatus
              ? t("detail.historyChange", {
                  from: t(`status.${entry.fromStatus}`),
                  to: t(`status.${entry.toStatus}`),
                })
              : t("detail.historyEstablished")}{" "}
            <StatusBadge status={entry.toStatus} />
          </p>
          {entry.reason ? (
            <p className="mt-1 text-slate-800">
              {t("detail.historyReason", { reason: entry.reason })}
            </p>
          ) : null}
          <p className="mt-0.5 text-xs text-slate-600">
            {entry.recordedBy
              ? t("detail.historyRecordedBy", {
                  at: formatDateTime(entry.recordedAt, locale),
                  name: entry.recordedBy,
                })
              : t("detail.historyRecorded", { at: formatDateTime(entry.recordedAt, locale) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
