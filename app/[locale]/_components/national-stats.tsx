import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { NationalCounts } from "@/lib/overview/types";

export async function NationalStats({
  counts,
  locale,
}: {
  counts: NationalCounts;
  locale: AppLocale;
}) {
  const t = await getTranslations("Overview");
  const units = await getTranslations("Units");
  const items = [
    { label: units("provinces"), hint: t("provincesHint"), value: counts.provinces },
    { label: units("communes"), hint: t("communesHint"), value: counts.communes },
    { label: t("models"), hint: t("modelsHint"), value: counts.models },
    { label: t("points"), hint: t("pointsHint"), value: counts.points },
    { label: t("teams"), hint: t("teamsHint"), value: counts.teams },
    { label: t("members"), hint: t("membersHint"), value: counts.members },
  ];

  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((item) => (
        <div
          key={item.label}
          className="flex flex-col rounded border border-slate-200 border-t-brand-700 border-t-4 bg-white p-3"
        >
          <dt className="order-2 text-sm font-medium leading-snug text-slate-800">{item.label}</dt>
          <dd className="order-1 text-2xl font-bold tabular-nums text-brand-800">
            {formatNumber(item.value, locale)}
          </dd>
          <dd className="order-3 mt-0.5 text-xs leading-snug text-slate-600">{item.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
