import type { Metadata } from "next";
import { searchQuery } from "@/lib/validation/fields";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { listFormerCommunes, listPlaceCommunes, listPlaces } from "@/lib/places/list-places";
import { inRunningText } from "@/lib/places/labels";
import type { PlaceType } from "@/lib/places/schemas";
import { Field, SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { CreatePlaceForm } from "./_components/create-place-form";
import { PlacesTable } from "./_components/places-table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Places" });
  return { title: t("title") };
}

export default async function PlacesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/places`, "units.edit");
  const query = await searchParams;
  const [t, communes] = await Promise.all([getTranslations("Places"), listPlaceCommunes(ctx)]);
  const communeLevel = ctx.scope.level === "COMMUNE";
  // A commune officer's own commune; a province officer's choice among the province's (another
  // id is ignored).
  const commune = communeLevel
    ? communes[0]
    : communes.find((c) => String(c.id) === first(query.commune));
  // Through the search block: never a NUL or a lone surrogate to PostgreSQL.
  const q = searchQuery(100).safeParse(first(query.q)).data;
  const all = first(query.all) === "1";
  const base = {
    ...(commune && !communeLevel ? { commune: String(commune.id) } : {}),
    ...(q ? { q } : {}),
    ...(all ? { all: "1" } : {}),
  };

  const chooser = communeLevel ? null : (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="w-full sm:w-80">
        <SelectField
          id="places-commune"
          name="commune"
          label={t("commune")}
          defaultValue={commune?.id ?? ""}
          required
        >
          <option value="">{t("chooseCommune")}</option>
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button>{t("show")}</Button>
    </form>
  );

  if (!commune) {
    return (
      <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("introProvince")}</p>
        {chooser}
      </div>
    );
  }

  const filter = { communeId: commune.id, q, all };
  const [areas, organizations, formerCommunes] = await Promise.all([
    listPlaces(ctx, "area", { ...filter, after: first(query.areasAfter) }),
    listPlaces(ctx, "organization", { ...filter, after: first(query.orgsAfter) }),
    listFormerCommunes(ctx, commune.id),
  ]);

  const section = (type: PlaceType) => {
    const list = type === "area" ? areas : organizations;
    const cursorKey = type === "area" ? "areasAfter" : "orgsAfter";
    const heading = type === "area" ? t("areas") : t("organizations");
    return (
      <section aria-labelledby={`places-${type}`} className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`places-${type}`} className="text-xl font-semibold text-slate-900">
            {heading}
          </h2>
          <p className="text-sm text-slate-700" aria-live="polite">
            {list.total === 0
              ? type === "area"
                ? t("areaCountNone")
                : t("organizationCountNone")
              : type === "area"
                ? t("areaCount", { total: list.total })
                : t("organizationCount", { total: list.total })}
          </p>
        </div>
        <details className="rounded border border-slate-300 bg-slate-50 open:bg-white">
          <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
            {type === "area" ? t("addArea") : t("addOrganization")}
          </summary>
          <div className="border-t border-slate-200 p-4">
            <CreatePlaceForm type={type} communeId={commune.id} formerCommunes={formerCommunes} />
          </div>
        </details>
        <PlacesTable
          rows={list.rows}
          caption={heading}
          locale={locale}
          emptyText={type === "area" ? t("areaCountNone") : t("organizationCountNone")}
        />
        <Pager
          label={t("pagination")}
          first={
            first(query[cursorKey])
              ? { href: { pathname: "/places", query: base }, label: t("pageFirst") }
              : null
          }
          next={
            list.next
              ? {
                  href: { pathname: "/places", query: { ...base, [cursorKey]: list.next } },
                  label: t("pageNext"),
                }
              : null
          }
        />
      </section>
    );
  };

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">
          {t("introCommune", { commune: inRunningText(commune.name) })}
        </p>
      </div>
      {chooser}
      <form
        method="get"
        role="search"
        aria-label={t("search")}
        className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-4"
      >
        {communeLevel ? null : <input type="hidden" name="commune" value={commune.id} />}
        <div className="w-full sm:w-80">
          <Field
            id="places-q"
            name="q"
            type="search"
            label={t("search")}
            hint={t("searchHint")}
            defaultValue={q ?? ""}
            maxLength={100}
          />
        </div>
        <label className="flex items-center gap-2 py-2 text-sm text-slate-800">
          <input type="checkbox" name="all" value="1" defaultChecked={all} className="h-4 w-4" />
          {t("showInactive")}
        </label>
        <div className="flex items-center gap-3 pb-0.5">
          <Button>{t("filter")}</Button>
          {q || all ? (
            <TextLink
              href={{
                pathname: "/places",
                query: communeLevel ? {} : { commune: String(commune.id) },
              }}
              className="text-sm"
            >
              {t("clearFilter")}
            </TextLink>
          ) : null}
        </div>
      </form>
      {section("area")}
      {section("organization")}
    </div>
  );
}
