import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { dayText } from "@/lib/rosters/day";
import { getPerson } from "@/lib/rosters/get-person";
import { listRosterOptions } from "@/lib/rosters/list-roster-options";
import { EditPersonForm } from "../_components/edit-person-form";
import { RevealValue } from "../_components/reveal-button";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Rosters" });
  const viewer = await getCurrentUser();
  const person =
    viewer && hasPermission(viewer.role, "rosters.view") ? await getPerson(viewer, id) : null;
  return { title: person ? `${person.fullName} · ${t("title")}` : t("title") };
}

export default async function PersonPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requirePermission(locale, `/${locale}/people/${id}`, "rosters.view");
  const person = await getPerson(ctx, id);
  if (!person) notFound();
  const t = await getTranslations("Rosters");
  const edit =
    hasPermission(ctx.role, "rosters.edit") && ctx.scope.level !== "NATION" && person.keptHere;
  const canReveal = hasPermission(ctx.role, "rosters.citizen-id") && person.keptHere;
  const options = edit ? await listRosterOptions(ctx, person.communeId) : null;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <p>
        <TextLink href="/teams" className="text-sm">
          {t("backToTeams")}
        </TextLink>
      </p>
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{person.fullName}</h1>
      <section aria-labelledby="person-facts">
        <h2 id="person-facts" className="sr-only">
          {t("personHeading")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">{t("genderLabel")}</dt>
          <dd>{t(`gender.${person.gender}`)}</dd>
          <dt className="font-medium text-slate-600">{t("birthDate")}</dt>
          <dd>{person.birthDate ? formatDate(person.birthDate, locale) : t("none")}</dd>
          <dt className="font-medium text-slate-600">{t("ethnicity")}</dt>
          <dd>{person.ethnicityName}</dd>
          <dt className="font-medium text-slate-600">{t("religionLabel")}</dt>
          <dd>{t(`religion.${person.religion}`)}</dd>
          <dt className="font-medium text-slate-600">{t("affiliationLabel")}</dt>
          <dd>{t(`affiliation.${person.affiliation}`)}</dd>
          <dt className="font-medium text-slate-600">{t("citizenId")}</dt>
          <dd>
            <RevealValue
              personId={person.id}
              personName={person.fullName}
              field="citizenId"
              masked={person.citizenId}
              canReveal={canReveal}
            />
          </dd>
          <dt className="font-medium text-slate-600">{t("phone")}</dt>
          <dd>
            <RevealValue
              personId={person.id}
              personName={person.fullName}
              field="phone"
              masked={person.phone}
              canReveal={canReveal}
            />
          </dd>
          <dt className="font-medium text-slate-600">{t("area")}</dt>
          <dd>{person.residentialAreaName ?? t("none")}</dd>
          <dt className="font-medium text-slate-600">{t("homeCommune")}</dt>
          <dd>{person.communeName}</dd>
        </dl>
        {person.keptHere ? null : (
          <p className="mt-2 text-sm text-slate-700">
            {t("keptElsewhere", { commune: person.communeName })}
          </p>
        )}
        {canReveal ? <p className="mt-2 text-xs text-slate-600">{t("revealNote")}</p> : null}
      </section>

      <section aria-labelledby="person-memberships" className="space-y-3">
        <h2 id="person-memberships" className="text-xl font-semibold text-slate-900">
          {t("personMemberships")}
        </h2>
        {person.memberships.length === 0 ? (
          <p className="text-slate-700">{t("noMemberships")}</p>
        ) : (
          <Table caption={t("membershipsCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("colTeam")}</HeaderCell>
              <HeaderCell>{t("colRole")}</HeaderCell>
              <HeaderCell>{t("colJoined")}</HeaderCell>
              <HeaderCell>{t("colLeft")}</HeaderCell>
              <HeaderCell>{t("colLeftReason")}</HeaderCell>
            </TableHead>
            <StackBody>
              {person.memberships.map((m) => (
                <StackRow key={m.id}>
                  <StackCell label={t("colTeam")} className="col-span-2">
                    <TextLink href={`/teams/${m.teamId}`}>{m.teamName}</TextLink>
                    <span className="block text-xs text-slate-600">{t(`kind.${m.teamKind}`)}</span>
                  </StackCell>
                  <StackCell label={t("colRole")}>{t(`role.${m.role}`)}</StackCell>
                  <StackCell label={t("colJoined")}>{formatDate(m.joinedOn, locale)}</StackCell>
                  <StackCell label={t("colLeft")}>
                    {m.leftOn ? (
                      formatDate(m.leftOn, locale)
                    ) : (
                      <span className="font-medium text-emerald-800">{t("current")}</span>
                    )}
                  </StackCell>
                  <StackCell label={t("colLeftReason")}>{m.leftReason ?? t("none")}</StackCell>
                </StackRow>
              ))}
            </StackBody>
          </Table>
        )}
      </section>

      {edit && options ? (
        <details className="rounded border border-slate-300 bg-slate-50 open:bg-white">
          <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
            {t("editPerson")}
          </summary>
          <div className="border-t border-slate-200 px-4 py-4">
            <EditPersonForm
              person={{
                id: person.id,
                version: person.version,
                fullName: person.fullName,
                gender: person.gender,
                birthDate: person.birthDate ? dayText(person.birthDate) : "",
                ethnicityId: person.ethnicityId,
                religion: person.religion,
                affiliation: person.affiliation,
                residentialAreaId: person.residentialAreaId,
                hasPhone: person.phone !== null,
              }}
              areas={options.areas}
              ethnicities={options.ethnicities}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
