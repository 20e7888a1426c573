import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { resolveLocale } from "@/lib/i18n/locale";
import { listRosterOptions } from "@/lib/rosters/list-roster-options";
import { listTeams } from "@/lib/rosters/list-teams";
import { scopeProvinceName } from "@/lib/users/list-form-options";
import { CreateTeamForm } from "./_components/create-team-form";
import { filterQuery, type SearchParams, teamsFilterOf } from "./_components/search-params";
import { TeamsTable } from "./_components/teams-table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Rosters" });
  return { title: t("title") };
}

export default async function TeamsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/teams`, "rosters.view");
  const query = await searchParams;
  const filter = teamsFilterOf(query);
  // The commune whose points and areas the forms offer: the officer's own, or the province's filter.
  const placeCommune =
    ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : (filter.communeId ?? null);
  const [t, list, options, provinceName] = await Promise.all([
    getTranslations("Rosters"),
    listTeams(ctx, filter),
    listRosterOptions(ctx, placeCommune),
    scopeProvinceName(ctx),
  ]);
  const chosen = options.communes.find((c) => c.id === placeCommune);
  // "Chọn" pressed with no commune chosen (or one the officer cannot see): say so at the field.
  const communeMissing = query.create === "1" && "commune" in query && !chosen;
  const edit = hasPermission(ctx.role, "rosters.edit") && ctx.scope.level !== "NATION";
  const commune = ctx.scope.level === "COMMUNE" ? options.communes[0] : undefined;
  const intro =
    ctx.scope.level === "NATION"
      ? t("introNation")
      : commune
        ? t("introCommune", { commune: commune.name })
        : t("introProvince", { province: provinceName ?? "" });
  const kept = filterQuery(filter);
  const filtered = Object.keys(kept).length > 0;
  const exportCommune = commune?.id ?? filter.communeId;
  const inputClass =
    "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{intro}</p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {exportCommune ? (
            <a
              href={`/api/rosters/export?commune=${exportCommune}`}
              className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900"
              download
            >
              {t("exportCommune")}
            </a>
          ) : null}
          {hasPermission(ctx.role, "audit.view") ? (
            <TextLink href={{ pathname: "/audit", query: { action: "REVEAL" } }}>
              {t("revealLog")}
            </TextLink>
          ) : null}
        </p>
      </div>

      {edit ? (
        <details
          className="rounded border border-slate-300 bg-slate-50 open:bg-white"
          open={query.create === "1"}
        >
          <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
            {t("createHeading")}
          </summary>
          <div className="space-y-4 border-t border-slate-200 px-4 py-4">
            <p className="text-sm text-slate-700">{t("createIntro")}</p>
            {chosen ? (
              <>
                {ctx.scope.level === "COMMUNE" ? null : (
                  <p className="text-sm text-slate-800" data-testid="create-commune">
                    {t("createInCommune", { commune: chosen.name })}{" "}
                    <TextLink href={{ pathname: "/teams", query: { create: "1" } }}>
                      {t("createOtherCommune")}
                    </TextLink>
                  </p>
                )}
                <CreateTeamForm
                  key={chosen.id}
                  options={options}
                  communeId={chosen.id}
                  communeScoped={ctx.scope.level === "COMMUNE"}
                />
              </>
            ) : (
              // A province officer picks the commune first: its points and areas are then offered.
              <form method="get" className="space-y-2">
                <p className="text-sm text-slate-700">{t("createChooseCommune")}</p>
                <div className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="create" value="1" />
                  <div className="min-w-64">
                    <SelectField
                      id="create-commune"
                      name="commune"
                      label={t("commune")}
                      defaultValue=""
                      error={communeMissing ? t("createCommuneMissing") : undefined}
                    >
                      <option value="">{t("genderNone")}</option>
                      {options.communes.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  <Button>{t("createChoose")}</Button>
                </div>
              </form>
            )}
          </div>
        </details>
      ) : null}

      <section aria-labelledby="teams-list" className="space-y-4">
        <h2 id="teams-list" className="sr-only">
          {t("tableCaption")}
        </h2>
        <form
          method="get"
          role="search"
          aria-label={t("filterHeading")}
          className="grid grid-cols-2 gap-3 lg:grid-cols-4"
        >
          <div className="col-span-2">
            <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
              {t("search")}
            </label>
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={filter.q ?? ""}
              maxLength={100}
              aria-describedby="filter-q-hint"
              className={inputClass}
            />
            <p id="filter-q-hint" className="mt-1 text-xs text-slate-600">
              {t("searchHint")}
            </p>
          </div>
          <SelectField
            id="filter-kind"
            name="kind"
            label={t("filterKind")}
            defaultValue={filter.kind ?? ""}
          >
            <option value="">{t("all")}</option>
            <option value="GRASSROOTS_SECURITY">{t("kind.GRASSROOTS_SECURITY")}</option>
            <option value="MODEL">{t("kind.MODEL")}</option>
          </SelectField>
          <SelectField
            id="filter-status"
            name="status"
            label={t("filterStatus")}
            defaultValue={filter.status ?? ""}
          >
            <option value="">{t("all")}</option>
            <option value="ACTIVE">{t("status.ACTIVE")}</option>
            <option value="DISSOLVED">{t("status.DISSOLVED")}</option>
          </SelectField>
          {ctx.scope.level === "PROVINCE" ? (
            <SelectField
              id="filter-commune"
              name="commune"
              label={t("filterCommune")}
              defaultValue={filter.communeId ?? ""}
            >
              <option value="">{t("all")}</option>
              {options.communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {chosen ? (
            <>
              <SelectField
                id="filter-point"
                name="point"
                label={t("filterPoint")}
                defaultValue={filter.pointId ?? ""}
              >
                <option value="">{t("all")}</option>
                {options.points.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="filter-area"
                name="area"
                label={t("filterArea")}
                defaultValue={filter.areaId ?? ""}
              >
                <option value="">{t("all")}</option>
                {options.areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.formerCommune
                      ? t("areaWithFormer", { name: a.name, former: a.formerCommune })
                      : a.name}
                  </option>
                ))}
              </SelectField>
            </>
          ) : null}
          <SelectField
            id="filter-sort"
            name="sort"
            label={t("sort")}
            defaultValue={filter.sort ?? "name"}
          >
            <option value="name">{t("sortName")}</option>
            <option value="established">{t("sortEstablished")}</option>
          </SelectField>
          <div className="flex items-end gap-3">
            <Button>{t("filter")}</Button>
            {filtered ? (
              <TextLink href="/teams" className="py-2 text-sm">
                {t("clearFilter")}
              </TextLink>
            ) : null}
          </div>
        </form>

        <p className="text-sm text-slate-700" aria-live="polite">
          {t("count", { total: list.total })}
        </p>
        <TeamsTable rows={list.rows} locale={locale} showCommune={ctx.scope.level !== "COMMUNE"} />
        <Pager
          label={t("pagination")}
          first={
            filter.cursor
              ? { href: { pathname: "/teams", query: kept }, label: t("pageFirst") }
              : null
          }
          next={
            list.next
              ? {
                  href: { pathname: "/teams", query: { ...kept, after: list.next } },
                  label: t("pageNext"),
                }
              : null
          }
        />
      </section>
    </div>
  );
}
