import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { getRatingSummary } from "@/lib/ratings/get-rating-summary";
import { TEAM_GRADES } from "@/lib/ratings/team-grade-rule";
import { formatShare } from "@/lib/safety/format";
import { evaluationYears, readYearQuery } from "@/lib/safety/query";
import { listCommuneOptions, listProvinceOptions } from "@/lib/users/list-form-options";
import { SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { YearFilters } from "../safety/_components/year-filters";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const POINT_RATINGS = ["GOOD", "FAIR", "AVERAGE", "WEAK"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Ratings" });
  return { title: t("title") };
}

export default async function RatingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireUser(locale, `/${locale}/ratings`);
  const query = readYearQuery(await searchParams);
  const [t, summary, provinces, communes] = await Promise.all([
    getTranslations("Ratings"),
    getRatingSummary(ctx, query),
    listProvinceOptions(ctx),
    ctx.scope.level === "PROVINCE" ? listCommuneOptions(ctx) : Promise.resolve([]),
  ]);
  const edit = hasPermission(ctx.role, "ratings.edit");
  const n = (v: number) => formatNumber(v, locale);
  const share = (v: number, of: number) => (of === 0 ? "—" : formatShare(v / of, locale, 1));
  const fairOrGood = summary.points.GOOD + summary.points.FAIR;

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
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
          formerOption: (name) => t("formerOption", { name }),
          show: t("show"),
        }}
        year={summary.year}
        years={evaluationYears()}
        provinces={provinces}
        provinceId={summary.province?.id}
        formerProvinces={summary.formerProvinces}
        formerProvinceId={summary.formerProvince?.id}
      />

      <section aria-labelledby="ratings-points" className="space-y-3">
        <h2 id="ratings-points" className="text-xl font-semibold text-slate-900">
          {t("pointsHeading")}
        </h2>
        <p className="text-slate-800">
          {t("pointsRated", { count: summary.pointsRated })}
          {summary.pointsRated > 0 ? (
            <>
              {" · "}
              <strong data-figure="fair-or-good">
                {t("fairOrGood", {
                  percent: share(fairOrGood, summary.pointsRated),
                  count: n(fairOrGood),
                })}
              </strong>
            </>
          ) : null}
        </p>
        <Table caption={t("pointsCaption")}>
          <TableHead>
            <HeaderCell>{t("grade")}</HeaderCell>
            <HeaderCell className="text-right">{t("count")}</HeaderCell>
            <HeaderCell className="text-right">{t("share")}</HeaderCell>
          </TableHead>
          <tbody>
            {POINT_RATINGS.map((r) => (
              <tr key={r} className="border-b border-slate-200">
                <td className="px-3 py-2">{t(`rating.${r}`)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(summary.points[r])}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {share(summary.points[r], summary.pointsRated)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="text-sm text-slate-700">
          {t("pointsHint")}{" "}
          <TextLink href="/points" className="text-sm">
            {t("pointsLink")}
          </TextLink>
        </p>
      </section>

      <section aria-labelledby="ratings-teams" className="space-y-3">
        <h2 id="ratings-teams" className="text-xl font-semibold text-slate-900">
          {t("teamsHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("teamsRule")}</p>
        <p className="text-slate-800">{t("teamsRated", { count: summary.teamsRated })}</p>
        <Table caption={t("teamsCaption")}>
          <TableHead>
            <HeaderCell>{t("grade")}</HeaderCell>
            <HeaderCell className="text-right">{t("count")}</HeaderCell>
            <HeaderCell className="text-right">{t("share")}</HeaderCell>
          </TableHead>
          <tbody>
            {TEAM_GRADES.map((g) => (
              <tr key={g} className="border-b border-slate-200">
                <td className="px-3 py-2">{t(`grades.${g}`)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{n(summary.teams[g])}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {share(summary.teams[g], summary.teamsRated)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>

        {edit && communes.length > 0 ? (
          <form
            method="get"
            action={`/${locale}/ratings/teams`}
            className="flex flex-wrap items-end gap-3"
          >
            <input type="hidden" name="year" value={summary.year} />
            <div className="w-full sm:w-80">
              <SelectField id="rate-commune" name="commune" label={t("rateTeams")} defaultValue="">
                <option value="">{t("chooseCommune")}</option>
                {communes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
            </div>
            <Button>{t("open")}</Button>
          </form>
        ) : null}

        {summary.communes.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
            {t("teamsNone", { year: String(summary.year) })}
          </p>
        ) : (
          <Table caption={t("communesCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("commune")}</HeaderCell>
              <HeaderCell>{t("teams")}</HeaderCell>
              {TEAM_GRADES.map((g) => (
                <HeaderCell key={g}>{t(`grades.${g}`)}</HeaderCell>
              ))}
              <HeaderCell>{t("quota")}</HeaderCell>
            </TableHead>
            <StackBody>
              {summary.communes.map((c) => (
                <StackRow key={c.communeId}>
                  <StackCell label={t("commune")} className="col-span-2">
                    {edit ? (
                      <Link
                        href={{
                          pathname: "/ratings/teams",
                          query: { commune: String(c.communeId), year: String(summary.year) },
                        }}
                        className="font-semibold text-brand-800 underline underline-offset-4"
                      >
                        {c.communeName}
                      </Link>
                    ) : (
                      c.communeName
                    )}
                  </StackCell>
                  <StackCell label={t("teams")} className="tabular-nums">
                    {n(c.teams)}
                  </StackCell>
                  {TEAM_GRADES.map((g) => (
                    <StackCell key={g} label={t(`grades.${g}`)} className="tabular-nums">
                      {n(c.grades[g])}
                    </StackCell>
                  ))}
                  <StackCell label={t("quota")}>
                    {c.withinQuota ? (
                      t("quotaOk")
                    ) : (
                      <strong className="text-brand-800">⚠ {t("quotaBroken")}</strong>
                    )}
                  </StackCell>
                </StackRow>
              ))}
            </StackBody>
          </Table>
        )}
      </section>
    </div>
  );
}
