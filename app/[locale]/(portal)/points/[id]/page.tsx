import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPoint } from "@/lib/points/get-point";
import { listPointFormOptions } from "@/lib/points/list-point-options";
import { dayMonthYear, today } from "@/lib/points/rules";
import type { PointDetail } from "@/lib/points/types";
import type { AuthContext } from "@/lib/auth/current-user";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import type { SearchParams } from "@/lib/validation/fields";
import { DashboardFigure } from "../_components/dashboard-figure";
import { EditPointForm } from "../_components/edit-point-form";
import { placeLabel } from "../_components/place-label";
import { PointHistory } from "../_components/point-history";
import { RatingForm } from "../_components/rating-form";
import { StatusBadge } from "../_components/status-badge";
import { StatusForm } from "../_components/status-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  /** ?ind=&from=&to= when opened from a dashboard (the drill-down keeps them). */
  searchParams: Promise<SearchParams>;
}

/** The point, or null when the id is not one or the point is outside the caller's scope. */
async function pointOrNull(ctx: AuthContext, id: string): Promise<PointDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getPoint(ctx, id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Points" });
  const viewer = await getCurrentUser();
  const point = viewer ? await pointOrNull(viewer, id) : null;
  return { title: point ? `${point.name} · ${t("title")}` : t("title") };
}

export default async function PointPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const query = await searchParams;
  const ctx = await requireUser(locale, `/${locale}/points/${id}`);
  // Another province's or commune's point: not found, never "forbidden, but here it is".
  const point = await pointOrNull(ctx, id);
  if (!point) notFound();
  const edit = hasPermission(ctx.role, "points.edit");
  const [t, options] = await Promise.all([
    getTranslations("Points"),
    edit && point.status !== "DISSOLVED"
      ? listPointFormOptions(ctx, point.communeId)
      : Promise.resolve(null),
  ]);
  const now = today();
  const todayText = dayMonthYear(now);
  const years: number[] = [];
  for (let y = now.getUTCFullYear(); y >= point.establishedOn.getUTCFullYear(); y--) years.push(y);
  const members = point.teams.reduce((sum, team) => sum + team.members, 0);
  const withFormer = (v: { name: string; former: string }) => t("withFormer", v);

  const facts: [string, React.ReactNode][] = [
    [t("detail.model"), point.modelName],
    [t("detail.commune"), point.communeName],
    ...(point.formerCommuneName
      ? ([[t("detail.formerCommune"), point.formerCommuneName]] as [string, string][])
      : []),
    [t("detail.place"), point.place ? placeLabel(withFormer, point.place) : t("noPlace")],
    // A place named besides the area or organisation ("Hệ thống 82 camera an ninh phường Ngọc Hà").
    ...(point.placeName && point.place?.name !== point.placeName
      ? ([[t("detail.placeName"), point.placeName]] as [string, string][])
      : []),
    [t("detail.lead"), t(`lead.${point.leadOrganization}`)],
    [t("detail.established"), formatDate(point.establishedOn, locale)],
    [t("detail.status"), <StatusBadge key="status" status={point.status} />],
    ...(point.status === "SUSPENDED" && point.suspendedOn
      ? ([[t("detail.suspendedOn"), formatDate(point.suspendedOn, locale)]] as [string, string][])
      : []),
    ...(point.dissolvedOn
      ? ([
          [t("detail.dissolvedOn"), formatDate(point.dissolvedOn, locale)],
          [t("detail.dissolvedReason"), point.dissolvedReason ?? ""],
        ] as [string, string][])
      : []),
  ];

  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <TextLink href="/points" className="text-sm">
          {t("detail.back")}
        </TextLink>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{point.name}</h1>
        <StatusBadge status={point.status} />
      </div>

      <DashboardFigure ctx={ctx} locale={locale} query={query} point={point} />

      <section aria-labelledby="point-facts" className="space-y-3">
        <h2 id="point-facts" className="text-lg font-semibold text-slate-900">
          {t("detail.facts")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 rounded border border-slate-200 p-4 sm:grid-cols-[14rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {!edit ? <p className="text-sm text-slate-700">{t("detail.readOnly")}</p> : null}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="point-history" className="space-y-3">
          <h2 id="point-history" className="text-lg font-semibold text-slate-900">
            {t("detail.history")}
          </h2>
          <PointHistory history={point.history} locale={locale} />
        </section>

        {edit ? (
          <section
            aria-labelledby="point-status"
            className="space-y-3 rounded border border-slate-300 p-4"
          >
            <h2 id="point-status" className="text-lg font-semibold text-slate-900">
              {t("statusForm.heading")}
            </h2>
            <p className="text-sm text-slate-700">
              {t("statusForm.current", { status: t(`status.${point.status}`) })}
            </p>
            {point.nextStatuses.length > 0 ? (
              <StatusForm
                key={point.version}
                id={point.id}
                version={point.version}
                nextStatuses={point.nextStatuses}
                today={todayText}
              />
            ) : (
              <p className="text-slate-800">{t("statusForm.final")}</p>
            )}
          </section>
        ) : null}
      </div>

      <section aria-labelledby="point-ratings" className="space-y-3">
        <h2 id="point-ratings" className="text-lg font-semibold text-slate-900">
          {t("detail.ratings")}
        </h2>
        {point.ratings.length === 0 ? (
          <p className="text-slate-700">{t("detail.ratingsEmpty")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {point.ratings.map((r) => (
              <li
                key={r.year}
                className="rounded border border-slate-300 px-3 py-1.5 text-sm"
                title={r.note ?? undefined}
              >
                <span className="font-semibold">{r.year}</span>: {t(`rating.${r.rating}`)}
                {r.note ? <span className="block text-xs text-slate-600">{r.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {edit && years.length > 0 ? (
          <details className="rounded border border-slate-300 bg-slate-50 open:bg-white">
            <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
              {t("ratingForm.heading")}
            </summary>
            <div className="border-t border-slate-200 p-4">
              <RatingForm id={point.id} years={years} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="point-teams" className="space-y-3">
        <h2 id="point-teams" className="text-lg font-semibold text-slate-900">
          {t("detail.teams")}
        </h2>
        {point.teams.length === 0 ? (
          <p className="text-slate-700">{t("detail.teamsEmpty")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {t("detail.teamsTotal", { teams: point.teams.length, members })}
            </p>
            <Table caption={t("detail.teams")} layout="stack">
              <TableHead layout="stack">
                <HeaderCell>{t("detail.teamName")}</HeaderCell>
                <HeaderCell>{t("detail.teamKind")}</HeaderCell>
                <HeaderCell>{t("detail.teamStatus")}</HeaderCell>
                <HeaderCell className="text-right">{t("detail.teamMembers")}</HeaderCell>
              </TableHead>
              <StackBody>
                {point.teams.map((team) => (
                  <StackRow key={team.id}>
                    <StackCell label={t("detail.teamName")} className="col-span-2 font-medium">
                      {team.name}
                    </StackCell>
                    <StackCell label={t("detail.teamKind")}>{t(`teamKind.${team.kind}`)}</StackCell>
                    <StackCell label={t("detail.teamStatus")}>
                      {t(`teamStatus.${team.status}`)}
                    </StackCell>
                    <StackCell label={t("detail.teamMembers")} className="md:text-right">
                      {formatNumber(team.members, locale)}
                    </StackCell>
                  </StackRow>
                ))}
              </StackBody>
            </Table>
          </>
        )}
      </section>

      {options ? (
        <details className="rounded border border-slate-300 bg-slate-50 open:bg-white">
          <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
            {t("detail.edit")}
          </summary>
          <div className="border-t border-slate-200 p-4">
            <EditPointForm
              key={point.version}
              id={point.id}
              version={point.version}
              options={options}
              values={{
                modelId: point.modelId,
                name: point.name,
                residentialAreaId: point.residentialAreaId ?? "",
                organizationId: point.organizationId ?? "",
                placeName: point.placeName ?? "",
                leadOrganization: point.leadOrganization,
                establishedOn: dayMonthYear(point.establishedOn),
              }}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
