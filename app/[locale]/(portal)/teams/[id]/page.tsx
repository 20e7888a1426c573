import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { decodeCursor } from "@/lib/lists/keyset";
import { dayText, todayInVietnam } from "@/lib/rosters/day";
import { getTeam } from "@/lib/rosters/get-team";
import { listMoveTargets, listRosterOptions } from "@/lib/rosters/list-roster-options";
import { AddMemberForm } from "./_components/add-member-form";
import { PastMembersTable, RosterTable } from "./_components/roster-tables";
import { DissolveTeamDetails, EditTeamDetails, MemberChange } from "./_components/lazy-forms";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Rosters" });
  const viewer = await getCurrentUser();
  const team =
    viewer && hasPermission(viewer.role, "rosters.view") ? await getTeam(viewer, id) : null;
  return { title: team ? `${team.name} · ${t("title")}` : t("title") };
}

export default async function TeamPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requirePermission(locale, `/${locale}/teams/${id}`, "rosters.view");
  const query = await searchParams;
  const cursor = decodeCursor(first(query.after));
  const team = await getTeam(ctx, id, cursor);
  if (!team) notFound();
  const t = await getTranslations("Rosters");
  const edit =
    hasPermission(ctx.role, "rosters.edit") &&
    ctx.scope.level !== "NATION" &&
    team.status === "ACTIVE";
  const canReveal = hasPermission(ctx.role, "rosters.citizen-id");
  const chosen = edit
    ? team.members.find((m) => m.membershipId === first(query.member))
    : undefined;
  const [options, targets] = await Promise.all([
    edit ? listRosterOptions(ctx) : Promise.resolve(null),
    chosen ? listMoveTargets(ctx, team.communeId, team.id) : Promise.resolve([]),
  ]);
  const today = dayText(todayInVietnam());
  const place = team.kind === "MODEL" ? team.pointName : team.areas.map((a) => a.name).join(", ");

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <p>
        <TextLink href="/teams" className="text-sm">
          {t("backToTeams")}
        </TextLink>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{team.name}</h1>
        <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">{t("colKind")}</dt>
          <dd>{t(`kind.${team.kind}`)}</dd>
          <dt className="font-medium text-slate-600">{t("commune")}</dt>
          <dd>{team.communeName}</dd>
          <dt className="font-medium text-slate-600">
            {team.kind === "MODEL" ? t("point") : t("areas")}
          </dt>
          <dd>{place || t("none")}</dd>
          <dt className="font-medium text-slate-600">{t("establishedOn")}</dt>
          <dd>{team.establishedOn ? formatDate(team.establishedOn, locale) : t("none")}</dd>
          <dt className="font-medium text-slate-600">{t("colStatus")}</dt>
          <dd>
            {team.status === "DISSOLVED" && team.dissolvedOn
              ? t("dissolvedOn", {
                  date: formatDate(team.dissolvedOn, locale),
                  reason: team.dissolvedReason ?? "",
                })
              : t(`status.${team.status}`)}
          </dd>
        </dl>
        <p className="mt-3 text-sm">
          <a
            href={`/api/rosters/export?team=${team.id}`}
            download
            className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900"
          >
            {t("exportTeam")}
          </a>
          <span className="block text-xs text-slate-600">{t("exportNote")}</span>
        </p>
      </div>

      {chosen ? (
        <MemberChange teamId={team.id} member={chosen} targets={targets} today={today} />
      ) : null}

      {edit && options ? (
        <>
          <details className="rounded border border-slate-300 bg-slate-50 open:bg-white" open>
            <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
              {t("addHeading")}
            </summary>
            <div className="space-y-4 border-t border-slate-200 px-4 py-4">
              <p className="text-sm text-slate-700">{t("addIntro")}</p>
              <AddMemberForm
                teamId={team.id}
                grassroots={team.kind === "GRASSROOTS_SECURITY"}
                areas={options.areas.filter((a) => a.communeId === team.communeId)}
                ethnicities={options.ethnicities}
                today={today}
              />
            </div>
          </details>
          <EditTeamDetails
            summary={t("editHeading")}
            team={{
              id: team.id,
              version: team.version,
              name: team.name,
              kind: team.kind,
              communeId: team.communeId,
              pointId: team.pointId,
              areaIds: team.areas.map((a) => a.id),
              establishedOn: team.establishedOn ? dayText(team.establishedOn) : "",
            }}
            options={options}
          />
          <DissolveTeamDetails
            summary={t("dissolveHeading")}
            teamId={team.id}
            version={team.version}
            today={today}
          />
        </>
      ) : null}

      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-xl font-semibold text-slate-900">
          {t("membersHeading", { count: team.memberCount })}
        </h2>
        {team.members.length === 0 ? (
          <p className="text-slate-700">{t("noMembers")}</p>
        ) : (
          <RosterTable
            teamId={team.id}
            members={team.members}
            locale={locale}
            canEdit={edit}
            canReveal={canReveal}
          />
        )}
        {team.next ? (
          <TextLink href={{ pathname: `/teams/${team.id}`, query: { after: team.next } }}>
            {t("moreMembers")}
          </TextLink>
        ) : null}
      </section>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-xl font-semibold text-slate-900">
          {t("historyHeading")}
        </h2>
        {team.past.length === 0 ? (
          <p className="text-slate-700">{t("noHistory")}</p>
        ) : (
          <PastMembersTable rows={team.past} locale={locale} />
        )}
      </section>
    </div>
  );
}
