import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getOverview } from "@/lib/overview/get-overview";
import { ScopeStats } from "./_components/scope-stats";
import { UnitCard } from "./_components/unit-card";

// Figures must be current on every request (an approved report shows at once), never a snapshot
// taken when the app was built.
export const dynamic = "force-dynamic";

// The year the demo provinces published their results for (DESIGN.md, demo data).
const OVERVIEW_YEAR = 2023;

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Overview" });
  const portal = await getTranslations({ locale, namespace: "Metadata" });
  // The layout's title template applies to child segments only, not to a page beside it.
  return { title: { absolute: `${t("title")} · ${portal("title")}` } };
}

export default async function OverviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  // Home follows the role: the ministry sees the nation, a province user the province, a commune
  // user the commune — the same page, scoped by the session.
  const user = await requireUser(locale, `/${locale}`);
  const [t, units, overview] = await Promise.all([
    getTranslations("Overview"),
    getTranslations("Units"),
    getOverview(user, OVERVIEW_YEAR),
  ]);
  const { scope, year } = overview;
  const scopeHeading =
    scope.level === "NATION"
      ? t("nationalHeading")
      : scope.level === "PROVINCE"
        ? scope.province
        : `${scope.commune}, ${scope.province}`;
  const scopeIntro =
    scope.level === "NATION"
      ? t("scopeIntroNation")
      : scope.level === "PROVINCE"
        ? t("scopeIntroProvince", { province: scope.province })
        : t("scopeIntroCommune", { commune: scope.commune });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });

  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="mt-1 text-sm text-slate-500">
          {t("asOf", { time: formatDateTime(overview.generatedAt, locale) })}
        </p>
      </div>

      <section aria-labelledby="scope-heading" className="space-y-4">
        <div>
          <h2 id="scope-heading" className="text-xl font-bold text-slate-900">
            {scopeHeading}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{scopeIntro}</p>
        </div>
        <ScopeStats counts={overview.counts} locale={locale} />
      </section>

      {scope.level === "COMMUNE" ? (
        <section aria-labelledby="year-heading" className="space-y-4">
          <div>
            <h2 id="year-heading" className="text-xl font-bold text-slate-900">
              {t("communeYearHeading", { year })}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">
              {t("communeYearIntro", { year, commune: scope.commune })}
            </p>
          </div>
          {overview.commune ? (
            <div className="max-w-3xl">
              <UnitCard
                name={scope.commune}
                headingId="commune-card"
                showCounts={false}
                summary={overview.commune}
                year={year}
                locale={locale}
              />
            </div>
          ) : (
            <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">
              {t("noReports", { year })}
            </p>
          )}
        </section>
      ) : (
        <section aria-labelledby="year-heading" className="space-y-4">
          <div>
            <h2 id="year-heading" className="text-xl font-bold text-slate-900">
              {t("yearHeading", { year })}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("yearIntro", { year })}</p>
          </div>

          {overview.successors.length === 0 ? (
            <p
              data-testid="no-data"
              className="rounded border border-dashed border-slate-300 p-4 text-slate-600"
            >
              {t("noFormerData", { year })}
            </p>
          ) : (
            <div className="grid items-start gap-x-6 gap-y-8 lg:grid-cols-2">
              {overview.successors.map((successor) => (
                <section
                  key={successor.id}
                  aria-labelledby={`successor-${successor.id}`}
                  className="space-y-3"
                >
                  <h3
                    id={`successor-${successor.id}`}
                    className="flex flex-wrap items-baseline gap-x-3 border-b-2 border-brand-700 pb-1"
                  >
                    <span className="text-lg font-bold text-brand-800">{successor.shortName}</span>
                    <span className="text-xs font-medium tracking-wide text-slate-600 uppercase">
                      {t("successorCaption")}
                    </span>
                  </h3>
                  <div className="space-y-4">
                    {successor.formerProvinces.map((summary) => (
                      <UnitCard
                        key={summary.id}
                        name={units("formerProvince", { name: summary.shortName })}
                        headingId={`former-${summary.id}`}
                        summary={summary}
                        year={year}
                        locale={locale}
                      />
                    ))}
                    {successor.formerWithoutData.length > 0 ? (
                      <p data-testid="no-data" className="text-sm text-slate-600">
                        {t("formerWithoutData", {
                          names: list.format(
                            successor.formerWithoutData.map((name) =>
                              units("formerProvince", { name }),
                            ),
                          ),
                        })}
                      </p>
                    ) : null}
                  </div>
                </section>
              ))}
            </div>
          )}
          {overview.successorsWithoutData.length > 0 && overview.successors.length > 0 ? (
            <p
              data-testid="no-data"
              className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-700"
            >
              {t("successorsWithoutData", {
                count: overview.successorsWithoutData.length,
                names: list.format(overview.successorsWithoutData),
              })}
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}
