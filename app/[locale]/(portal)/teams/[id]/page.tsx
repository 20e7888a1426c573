import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { dayText, todayInVietnam } from "@/lib/rosters/day";
import { getTeam, getTeamName, MEMBER_ROLES, type RosterQuery } from "@/lib/rosters/get-team";
import {
  integer,
  oneOf,
  readSearchParam,
  searchQuery,
  uuidId,
  type SearchParams,
} from "@/lib/validation/fields";
import { listMoveTargets, listRosterOptions } from "@/lib/rosters/list-roster-options";
import { PastMembersTable } from "./_components/past-members-table";
import { RosterTable } from "./_components/roster-tables";
import {
  AddMemberDetails,
  DissolveTeamDetails,
  EditTeamDetails,
  MemberChange,
} from "./_components/lazy-forms";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<SearchParams>;
}

/** The roster's address: `q` (a name), `role`, `page`, and `member` (the move / leave forms). */
function rosterQueryOf(query: SearchParams): {
  roster: RosterQuery;
  invalid: { q: boolean; other: boolean };
} {
  const q = readSearchParam(query, "q", searchQuery(100));
  const role = readSearchParam(query, "role", oneOf(MEMBER_ROLES));
  const page = readSearchParam(query, "page", integer({ min: 1, max: 100_000 }));
  const member = readSearchParam(query, "member", uuidId());
  return {
    roster: { q: q.value, role: role.value, page: page.value, memberId: member.value },
    invalid: { q: q.invalid, other: role.invalid || page.invalid },
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Rosters" });
  const viewer = await getCurrentUser();
  const name =
    viewer && hasPermission(viewer.role, "rosters.view") ? await getTeamName(viewer, id) : null;
  return { title: name ? `${name} · ${t("title")}` : t("title") };
}

export default async function TeamPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requirePermission(locale, `/${locale}/teams/${id}`, "rosters.view");
  const { roster, invalid } = rosterQueryOf(await searchParams);
  const team = await getTeam(ctx, id, roster);
  if (!team) notFound();
  const [t, errors] = await Promise.all([getTranslations("Rosters"), getTranslations("Errors")]);
  const edit =
    hasPermission(ctx.role, "rosters.edit") &&
    ctx.scope.level !== "NATION" &&
    team.status === "ACTIVE";
  const canReveal = hasPermission(ctx.role, "rosters.citizen-id");
  const chosen = edit ? team.chosen : null;
  const [options, targets] = await Promise.all([
    edit ? listRosterOptions(ctx, team.communeId) : Promise.resolve(null),
    chosen ? listMoveTargets(ctx, team.communeId, team.id) : Promise.resolve([]),
  ]);
  const today = dayText(todayInVietnam());
  // The search and the page the officer is on, kept by every link of the roster.
  const kept: Record<string, string> = {};
  if (roster.q) kept.q = roster.q;
  if (roster.role) kept.role = roster.role;
  const filtered = Object.keys(kept).length > 0;
  const here: Record<string, string> = team.page > 1 ? { ...kept, page: String(team.page) } : kept;
  const pageHref = (page: number) => ({
    pathname: `/teams/${team.id}`,
    query: page > 1 ? { ...kept, page: String(page) } : kept,
  });
  const from = (team.page - 1) * team.pageSize + 1;
  const to = from + team.members.length - 1;
  const inputClass =
    "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";
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
        <MemberChange
          teamId={team.id}
          member={chosen}
          targets={targets}
          today={today}
          back={here}
        />
      ) : null}

      {edit && options ? (
        <>
          <AddMemberDetails
            summary={t("addHeading")}
            intro={t("addIntro")}
            open={team.memberCount < team.pageSize}
            teamId={team.id}
            grassroots={team.kind === "GRASSROOTS_SECURITY"}
            areas={options.areas}
            ethnicities={options.ethnicities}
            today={today}
          />
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

      <section aria-labelledby="members" className="space-y-4">
        <h2 id="members" className="text-xl font-semibold text-slate-900">
          {t("membersHeading", { count: team.memberCount })}
        </h2>
        {team.memberCount > 0 ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium text-slate-600">{t("leadersLabel")}</dt>
            <dd>
              {team.leaders.length === 0 ? (
                t("noLeader")
              ) : (
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {team.leaders.map((l) => (
                    <li key={l.personId}>
                      <span className="text-slate-600">{t(`role.${l.role}`)}:</span>{" "}
                      <TextLink href={`/people/${l.personId}`}>{l.fullName}</TextLink>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt className="font-medium text-slate-600">{t("roleCounts")}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {MEMBER_ROLES.map((role) => (
                  <li key={role}>
                    <TextLink
                      href={{ pathname: `/teams/${team.id}`, query: { role } }}
                      aria-current={roster.role === role ? "true" : undefined}
                    >
                      {t(`role.${role}`)}: {formatNumber(team.roleCounts[role], locale)}
                    </TextLink>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        ) : null}
        {team.memberCount > team.pageSize || filtered ? (
          <form
            method="get"
            action={`/${locale}/teams/${team.id}`}
            role="search"
            aria-label={t("memberFilterHeading")}
            className="grid grid-cols-2 gap-3 lg:grid-cols-4"
          >
            <div className="col-span-2">
              <label htmlFor="member-q" className="block text-sm font-medium text-slate-800">
                {t("memberSearch")}
              </label>
              <input
                id="member-q"
                name="q"
                type="search"
                defaultValue={roster.q ?? ""}
                maxLength={100}
                aria-describedby="member-q-hint"
                className={inputClass}
              />
              <p id="member-q-hint" className="mt-1 text-xs text-slate-600">
                {t("memberSearchHint")}
              </p>
            </div>
            {/* A plain select, not SelectField: that module brings the forms' notices' code to
                every visit of the roster. */}
            <div>
              <label htmlFor="member-role" className="block text-sm font-medium text-slate-800">
                {t("colRole")}
              </label>
              <select
                id="member-role"
                name="role"
                defaultValue={roster.role ?? ""}
                className={inputClass}
              >
                <option value="">{t("all")}</option>
                {MEMBER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex items-end gap-3">
              <Button>{t("filter")}</Button>
              {filtered ? (
                <TextLink href={`/teams/${team.id}`} className="py-2 text-sm">
                  {t("clearFilter")}
                </TextLink>
              ) : null}
            </div>
          </form>
        ) : null}
        {invalid.q || invalid.other ? (
          <p
            role="status"
            className="border-l-4 border-gold-500 bg-gold-300/20 px-4 py-3 text-sm text-slate-900"
          >
            {invalid.q ? errors("inputSearchIgnored") : t("addressIgnored")}
          </p>
        ) : null}
        {filtered ? (
          <p className="text-sm text-slate-700" aria-live="polite">
            {t("memberMatched", { count: team.matched, total: team.memberCount })}
          </p>
        ) : null}
        {team.members.length === 0 ? (
          <p className="text-slate-700">{filtered ? t("noMatches") : t("noMembers")}</p>
        ) : (
          <RosterTable
            teamId={team.id}
            rows={team.members.map((m) => ({
              id: m.membershipId,
              person: m.personId,
              name: m.fullName,
              area: m.areaName,
              note: m.ageNote,
              role: m.role,
              born: m.birthDate ? formatDate(m.birthDate, locale) : null,
              joined: formatDate(m.joinedOn, locale),
              cid: m.citizenId,
              phone: m.phone,
            }))}
            here={here}
            canEdit={edit}
            canReveal={canReveal}
          />
        )}
        {team.pageCount > 1 ? (
          <Pager
            label={t("memberPagination")}
            previous={
              team.page > 1 ? { href: pageHref(team.page - 1), label: t("pagePrevious") } : null
            }
            next={
              team.page < team.pageCount
                ? { href: pageHref(team.page + 1), label: t("pageNext") }
                : null
            }
            position={t("memberPageOf", {
              page: formatNumber(team.page, locale),
              pages: formatNumber(team.pageCount, locale),
              from: formatNumber(from, locale),
              to: formatNumber(to, locale),
            })}
          />
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
