import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ScopeCounts } from "@/lib/overview/types";

// The tiles of a scope: its own units and figures only (a province never sees the nation's 3,321
// communes as if they were its own). "Models" counts what the cards below count — models with an
// active replication point — and names the catalog's size beside it, so the two never disagree.
export async function ScopeStats({ counts, locale }: { counts: ScopeCounts; locale: AppLocale }) {
  const t = await getTranslations("Overview");
  const units = await getTranslations("Units");
  const items = [
    counts.provinces === null
      ? null
      : {
          key: "provinces",
          label: units("provinces"),
          hint: t("provincesHint"),
          value: counts.provinces,
        },
    counts.communes === null
      ? null
      : {
          key: "communes",
          label: units("communes"),
          hint: counts.provinces === null ? t("communesOfProvinceHint") : t("communesHint"),
          value: counts.communes,
        },
    {
      key: "models",
      label: t("models"),
      hint:
        counts.catalogModels === null
          ? t("modelsHint")
          : t("modelsHintCatalog", { catalog: formatNumber(counts.catalogModels, locale) }),
      value: counts.models,
    },
    { key: "points", label: t("points"), hint: t("pointsHint"), value: counts.points },
    { key: "teams", label: t("teams"), hint: t("teamsHint"), value: counts.teams },
    { key: "members", label: t("members"), hint: t("membersHint"), value: counts.members },
  ].filter((item) => item !== null);

  return (
    <dl
      className={`grid grid-cols-2 gap-3 sm:grid-cols-3 ${items.length === 6 ? "lg:grid-cols-6" : items.length === 5 ? "lg:grid-cols-5" : "lg:grid-cols-4"}`}
    >
      {items.map((item) => (
        <div
          key={item.key}
          data-tile={item.key}
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
