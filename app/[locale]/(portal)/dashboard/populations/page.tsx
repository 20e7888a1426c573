import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { listPopulations } from "@/lib/dashboards/list-populations";
import { isEstimate } from "@/lib/dashboards/population-source";
import { resolveLocale } from "@/lib/i18n/locale";
import { PopulationForm } from "../_components/population-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Populations" });
  return { title: t("title") };
}

// The provinces' populations and their sources, edited by the ministry administrator only.
export default async function PopulationsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePermission(locale, `/${locale}/dashboard/populations`, "catalog.edit");
  const [t, provinces] = await Promise.all([
    getTranslations({ locale, namespace: "Populations" }),
    listPopulations(user),
  ]);
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="space-y-4">
        {provinces.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3">
            <h2 className="mb-2 flex flex-wrap items-baseline gap-2 font-semibold">
              {p.name}
              {isEstimate(p.populationSource) ? (
                <span
                  data-testid="estimate"
                  className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
                >
                  {t("estimate")}
                </span>
              ) : null}
            </h2>
            <PopulationForm province={p} />
          </li>
        ))}
      </ul>
    </div>
  );
}
