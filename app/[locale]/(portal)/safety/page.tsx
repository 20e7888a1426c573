import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { formatFraction, formatRate, formatShare, formatTenths } from "@/lib/safety/format";
import { getSafetySummary } from "@/lib/safety/get-safety-summary";
import { evaluationYears, readYearQuery } from "@/lib/safety/query";
import { MERGER_YEAR, type Rate } from "@/lib/safety/rules";
import type { PublishedTallyRow } from "@/lib/safety/types";
import { listProvinceOptions } from "@/lib/users/list-form-options";
import { Notice } from "@/components/ui/notice";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { YearFilters } from "./_components/year-filters";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Safety" });
  return { title: t("title") };
}

export default async function SafetyPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Every role reads the evaluations of its own scope; the province records them.
  const ctx = await requireUser(locale, `/${locale}/safety`);
  const query = readYearQuery(await searchParams);
  const [t, summary, provinces] = await Promise.all([
    getTranslations("Safety"),
    getSafetySummary(ctx, query),
    listProvinceOptions(ctx),
  ]);
  const before = summary.year < MERGER_YEAR;
  const rate = (r: Rate) => formatRate(r, locale);
  const scopeLine = summary.formerProvince
    ? t("scopeFormer", {
        former: summary.formerProvince.name,
        province: summary.province?.name ?? "",
        year: String(summary.year),
      })
    : summary.province
      ? t("scopeProvince", { province: summary.province.name, year: String(summary.year) })
      : t("scopeNation", { year: String(summary.year) });
  const rows: { key: string; label: string; rate: Rate; sub?: boolean }[] = [
    {
      key: "areas",
      label: t(before ? "typeLabel.RESIDENTIAL_AREA_BEFORE" : "typeLabel.RESIDENTIAL_AREA"),
      rate: summary.byType.RESIDENTIAL_AREA,
    },
    {
      key: "communes",
      label: t(before ? "typeLabel.COMMUNE_BEFORE" : "typeLabel.COMMUNE"),
      rate: summary.byType.COMMUNE,
    },
    { key: "orgs", label: t("typeLabel.ORGANIZATIONS"), rate: summary.organizations },
    { key: "agency", label: t("typeLabel.AGENCY"), rate: summary.byType.AGENCY, sub: true },
    {
      key: "enterprise",
      label: t("typeLabel.ENTERPRISE"),
      rate: summary.byType.ENTERPRISE,
      sub: true,
    },
    { key: "school", label: t("typeLabel.SCHOOL"), rate: summary.byType.SCHOOL, sub: true },
    { key: "units", label: t("typeLabel.UNITS"), rate: summary.units },
  ];
  const broken = summary.communes.filter((c) => c.breaksRule).length;
  const yearQuery = (extra: Record<string, string>) => ({
    year: String(summary.year),
    ...extra,
  });

  return (
    <div className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>

      <YearFilters
        labels={{
          heading: t("filterHeading"),
          year: t("year"),
          province: t("province"),
          allProvinces: t("allProvinces"),
          former: t("former"),
          allFormer: t("allFormer"),
          formerOption: (name) => t("publishedFormer", { name }),
          formerHint: t("formerHint"),
          show: t("show"),
        }}
        year={summary.year}
        years={evaluationYears()}
        provinces={provinces}
        provinceId={summary.province?.id}
        formerProvinces={before ? summary.formerProvinces : []}
        formerProvinceId={summary.formerProvince?.id}
      />

      <section aria-labelledby="safety-rates" className="space-y-3">
        <h2 id="safety-rates" className="text-xl font-semibold text-slate-900">
          {t("ratesHeading")} · {scopeLine}
        </h2>
        <Table caption={t("ratesCaption")}>
          <TableHead>
            <HeaderCell>{t("unitType")}</HeaderCell>
            <HeaderCell className="text-right">{t("achievedOfRegistered")}</HeaderCell>
            <HeaderCell className="text-right">{t("rate")}</HeaderCell>
          </TableHead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-200" data-rate={row.key}>
                <td className={`px-3 py-2 ${row.sub ? "pl-8 text-slate-700" : "font-medium"}`}>
                  {row.label}
                </td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                  {formatFraction(row.rate, locale)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                  {row.rate.ratio === null ? t("noRate") : formatShare(row.rate.ratio, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {summary.pending > 0 ? (
          <p className="text-sm text-slate-700">{t("pendingNote", { count: summary.pending })}</p>
        ) : null}
      </section>

      {summary.tallies.length > 0 ? (
        <section aria-labelledby="safety-published" className="space-y-3">
          <h2 id="safety-published" className="text-xl font-semibold text-slate-900">
            {t("publishedHeading")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("publishedIntro")}</p>
          <ul className="space-y-2">
            {summary.tallies.map((tally) => (
              <li
                key={tally.id}
                className="rounded border border-amber-300 bg-amber-50 p-3"
                data-tally={tally.measure}
              >
                <p className="font-medium text-slate-900">
                  {t(`measure.${tally.measure}`)}
                  {tally.formerProvinceName
                    ? ` · ${t("publishedFormer", { name: tally.formerProvinceName })}`
                    : ""}
                  {": "}
                  <span className="tabular-nums">{publishedFigure(tally, locale)}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {t("publishedSource", { source: tally.source })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="safety-titles" className="space-y-2">
        <h2 id="safety-titles" className="text-xl font-semibold text-slate-900">
          {t("titlesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("titlesExemplary", { count: formatNumber(summary.titles.exemplary, locale) })}</li>
          <li>
            {t("titlesRural", { count: formatNumber(summary.titles.ruralSecurityMet, locale) })}
          </li>
        </ul>
      </section>

      {summary.provinces.length > 0 ? (
        <section aria-labelledby="safety-provinces" className="space-y-3">
          <h2 id="safety-provinces" className="text-xl font-semibold text-slate-900">
            {t("provincesHeading")}
          </h2>
          <Table caption={t("provincesCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("provinceColumn")}</HeaderCell>
              <HeaderCell>{t("unitsColumn")}</HeaderCell>
              <HeaderCell>{t("communesColumn")}</HeaderCell>
            </TableHead>
            <StackBody>
              {summary.provinces.map((p) => (
                <StackRow key={p.provinceId}>
                  <StackCell label={t("provinceColumn")} className="col-span-2">
                    <Link
                      href={{
                        pathname: "/safety",
                        query: yearQuery({ province: String(p.provinceId) }),
                      }}
                      className="font-semibold text-brand-800 underline underline-offset-4"
                    >
                      {p.provinceName}
                    </Link>
                  </StackCell>
                  <StackCell label={t("unitsColumn")} className="tabular-nums">
                    {rate(p.units)}
                  </StackCell>
                  <StackCell label={t("communesColumn")} className="tabular-nums">
                    {rate(p.communes)}
                  </StackCell>
                </StackRow>
              ))}
            </StackBody>
          </Table>
        </section>
      ) : null}

      {summary.province ? (
        <section aria-labelledby="safety-communes" className="space-y-3">
          <h2 id="safety-communes" className="text-xl font-semibold text-slate-900">
            {t(before ? "communesHeadingBefore" : "communesHeading")}
          </h2>
          {broken > 0 ? (
            <Notice tone="info" persistent dismissible={false}>
              {t("ruleCount", { count: broken })}
            </Notice>
          ) : null}
          {summary.communes.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
              {t("communesNone")}
            </p>
          ) : (
            <Table caption={t("communesCaption")} layout="stack">
              <TableHead layout="stack">
                <HeaderCell>{t(before ? "communeNow" : "commune")}</HeaderCell>
                {before ? <HeaderCell>{t("formerCommune")}</HeaderCell> : null}
                <HeaderCell>{t("unitsColumn")}</HeaderCell>
                <HeaderCell>{t("communeResult")}</HeaderCell>
              </TableHead>
              <StackBody>
                {summary.communes.map((c) => (
                  <StackRow key={c.key} data-commune={c.key}>
                    <StackCell label={t(before ? "communeNow" : "commune")}>
                      <Link
                        href={{ pathname: `/safety/${c.communeId}`, query: yearQuery({}) }}
                        className="font-semibold text-brand-800 underline underline-offset-4"
                      >
                        {c.communeName}
                      </Link>
                    </StackCell>
                    {before ? (
                      <StackCell label={t("formerCommune")}>{c.formerCommuneName ?? "—"}</StackCell>
                    ) : null}
                    <StackCell label={t("unitsColumn")} className="tabular-nums">
                      {rate(c.units)}
                    </StackCell>
                    <StackCell label={t("communeResult")}>
                      {c.communeResult ? t(`result.${c.communeResult}`) : t("notRegistered")}
                      {c.breaksRule ? (
                        <span
                          className="mt-1 block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
                          title={t("ruleWarning")}
                        >
                          ⚠ {t("ruleWarningShort")}
                          <span className="sr-only">: {t("ruleWarning")}</span>
                        </span>
                      ) : null}
                    </StackCell>
                  </StackRow>
                ))}
              </StackBody>
            </Table>
          )}
        </section>
      ) : null}
    </div>
  );
}

function publishedFigure(tally: PublishedTallyRow, locale: "vi" | "en"): string {
  if (tally.achieved !== null && tally.total !== null)
    return formatRate(
      {
        achieved: tally.achieved,
        total: tally.total,
        ratio: tally.total ? tally.achieved / tally.total : null,
      },
      locale,
    );
  if (tally.rateTenths !== null) return formatTenths(tally.rateTenths, locale);
  return formatNumber(tally.achieved ?? 0, locale);
}
