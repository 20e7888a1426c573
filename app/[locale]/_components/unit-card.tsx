import { getTranslations } from "next-intl/server";
import { formatNumber, formatVnd } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { sectionIndicators } from "@/lib/overview/assemble-overview";
import type { IndicatorTotal, UnitSummary } from "@/lib/overview/types";

function formatTotal(indicator: IndicatorTotal, locale: AppLocale): string {
  return indicator.unit === "VND"
    ? formatVnd(indicator.total, locale)
    : formatNumber(indicator.total, locale);
}

/** One unit's card: a former province under its successor, or a commune's own figures. */
export async function UnitCard({
  name,
  headingId,
  summary,
  year,
  locale,
  showCounts = true,
}: {
  /** Off where the tiles above already give the same counts (a commune's own card). */
  showCounts?: boolean;
  /** The unit the figures are of: "Bạc Liêu (cũ)", "Phường Giá Rai". */
  name: string;
  headingId: string;
  summary: UnitSummary;
  year: number;
  locale: AppLocale;
}) {
  const t = await getTranslations("Overview");
  // A lone ungrouped section needs no heading; beside named groups it is "other indicators".
  const hasGroups = summary.indicators.some((indicator) => indicator.groupVi !== null);
  const counts = [
    { label: t("modelsWithPoints"), value: summary.models },
    { label: t("points"), value: summary.points },
    { label: t("teams"), value: summary.teams },
    { label: t("members"), value: summary.members },
  ];

  // The cells' look is in app/globals.css (.unit-card): the ministry's page has 63 of these cards.
  return (
    <article
      aria-labelledby={headingId}
      data-unit-card={name}
      className="unit-card min-w-0 rounded border border-slate-200 bg-white shadow-sm"
    >
      <h4
        id={headingId}
        className="border-b border-slate-200 bg-brand-50 px-4 py-2 text-lg font-semibold text-brand-900"
      >
        {name}
      </h4>

      {showCounts ? (
        <dl className="counts grid grid-cols-2 gap-px border-b border-slate-200 bg-slate-200 sm:grid-cols-4">
          {counts.map((count) => (
            <div key={count.label}>
              <dt>{count.label}</dt>
              <dd>{formatNumber(count.value, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      {summary.indicators.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{t("noReports", { year })}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("tableCaption", { year, name })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-slate-700">
                <th scope="col" className="px-4 py-2 text-left font-semibold">
                  {t("indicator")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-semibold whitespace-nowrap">
                  {t("yearTotal", { year })}
                </th>
              </tr>
            </thead>
            {sectionIndicators(summary.indicators, locale).map((section) => {
              const label = section.group ?? (hasGroups ? t("otherIndicators") : null);
              return (
                <tbody
                  key={section.group ?? ""}
                  data-indicator-group={section.group ?? ""}
                  className="border-b border-slate-200 last:border-0"
                >
                  {label !== null ? (
                    <tr>
                      <th scope="rowgroup" colSpan={2}>
                        {label}
                      </th>
                    </tr>
                  ) : null}
                  {section.indicators.map((indicator) => (
                    <tr key={indicator.indicatorId}>
                      <th scope="row">{locale === "vi" ? indicator.nameVi : indicator.nameEn}</th>
                      <td>{formatTotal(indicator, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </article>
  );
}
