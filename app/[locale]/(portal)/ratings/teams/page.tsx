import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePermission } from "@/lib/auth/page-guard";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { type CommuneTeamRatings, listTeamRatings } from "@/lib/ratings/list-team-ratings";
import { readYearQuery } from "@/lib/safety/query";
import { TextLink } from "@/components/ui/link";
import { TeamRatingForm } from "../_components/team-rating-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Ratings" });
  return { title: t("teamsHeading") };
}

export default async function TeamRatingsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/ratings/teams`, "ratings.edit");
  const query = readYearQuery(await searchParams);
  if (!query.communeId) notFound();
  let data: CommuneTeamRatings;
  try {
    data = await listTeamRatings(ctx, query.communeId, query.year);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const t = await getTranslations("Ratings");
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <TextLink
        href={{ pathname: "/ratings", query: { year: String(data.year) } }}
        className="text-sm"
      >
        {t("teamPage.back")}
      </TextLink>
      <h1 className="text-2xl font-bold text-slate-900">
        {t("teamPage.title", { commune: data.commune.name, year: String(data.year) })}
      </h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("teamsRule")}</p>
      <p className="font-medium text-slate-800" data-quota>
        {t("teamPage.quota", {
          good: formatNumber(data.counts.GOOD, locale),
          max: formatNumber(data.maxExcellent, locale),
          excellent: formatNumber(data.counts.EXCELLENT, locale),
        })}
      </p>
      {data.teams.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
          {t("teamPage.none", { year: String(data.year) })}
        </p>
      ) : (
        <ul className="space-y-3" aria-label={t("teamPage.caption", { year: String(data.year) })}>
          {data.teams.map((team) => (
            <li key={team.id} className="rounded border border-slate-200 p-3">
              <p className="font-semibold text-slate-900">{team.name}</p>
              <p className="text-sm text-slate-700">
                {t("teamPage.current")}:{" "}
                {team.grade ? t(`grades.${team.grade}`) : t("teamPage.notRated")}
              </p>
              <TeamRatingForm
                teamId={team.id}
                teamName={team.name}
                year={data.year}
                grade={team.grade ?? ""}
                note={team.note ?? ""}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
