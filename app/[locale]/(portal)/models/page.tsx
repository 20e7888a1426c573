import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { listModels } from "@/lib/models/list-models";
import { modelSearch, parseModelQuery } from "@/lib/models/model-query";
import { listProvinceRefs, scopeProvince } from "@/lib/models/list-provinces";
import { keptOwner } from "@/lib/models/rules";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { ModelsFilters } from "./_components/models-filters";
import { ModelsTable } from "./_components/models-table";
import { provinceText } from "@/lib/models/place-text";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Models" });
  return { title: t("title") };
}

export default async function ModelsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Every signed-in role reads the models of its scope.
  const ctx = await requireUser(locale, `/${locale}/models`);
  const { filter, after } = parseModelQuery(await searchParams);
  const nation = ctx.scope.level === "NATION";
  const [t, page, provinces, own] = await Promise.all([
    getTranslations("Models"),
    listModels(ctx, filter, after),
    nation ? listProvinceRefs(ctx) : Promise.resolve([]),
    scopeProvince(ctx),
  ]);
  const tr = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const search = modelSearch(filter);
  const filtered = Object.keys(search).some((k) => k !== "sort");
  const exportQuery = new URLSearchParams(search).toString();
  const owner = keptOwner(ctx);
  const provinceName = own ? provinceText(tr, own) : "";

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">
            {nation
              ? t("introNation")
              : ctx.scope.level === "COMMUNE"
                ? t("introCommune", { province: provinceName })
                : t("introProvince", { province: provinceName })}
          </p>
        </div>
        {owner ? (
          <TextLink look="primary" href="/models/new">
            {owner.provinceId === null ? t("createCatalog") : t("create")}
          </TextLink>
        ) : null}
      </div>

      <ModelsFilters locale={locale} filter={filter} provinces={provinces} filtered={filtered} />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-800" aria-live="polite">
          {t("count", { total: page.total })}
          {page.total > 0
            ? ` · ${t("sortedBy", { sort: t(`sort.${filter.sort ?? "name"}`) })}`
            : ""}
        </p>
        {page.total > 0 ? (
          <a
            href={`/${locale}/models/export${exportQuery ? `?${exportQuery}` : ""}`}
            className={buttonClasses("secondary", "text-sm")}
            title={t("exportHint")}
            download
          >
            {t("export")}
          </a>
        ) : null}
      </div>

      {page.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <ModelsTable rows={page.rows} locale={locale} sort={filter.sort ?? "name"} />
      )}

      <Pager
        label={t("pagination")}
        first={
          after ? { href: { pathname: "/models", query: search }, label: t("pageFirst") } : null
        }
        next={
          page.next
            ? {
                href: { pathname: "/models", query: modelSearch(filter, page.next) },
                label: t("pageNext"),
              }
            : null
        }
      />
    </div>
  );
}
