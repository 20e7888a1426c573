import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { resolveLocale } from "@/lib/i18n/locale";
import { inRunningText } from "@/lib/places/labels";
import { listPointCommunes, listPointFilterOptions } from "@/lib/points/list-point-options";
import { listPoints } from "@/lib/points/list-points";
import { parsePointFilter, pointFilterParams } from "@/lib/points/schemas";
import { scopeProvinceName } from "@/lib/users/list-form-options";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { PointFilters } from "./_components/point-filters";
import { PointsTable } from "./_components/points-table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Points" });
  return { title: t("title") };
}

export default async function PointsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Everyone reads the points of their own scope; only province officers change them.
  const ctx = await requireUser(locale, `/${locale}/points`);
  const filter = parsePointFilter(await searchParams);
  const nation = ctx.scope.level === "NATION";
  const communeLevel = ctx.scope.level === "COMMUNE";
  const edit = hasPermission(ctx.role, "points.edit");

  const [t, list, options, provinceName, ownCommunes] = await Promise.all([
    getTranslations("Points"),
    listPoints(ctx, filter),
    listPointFilterOptions(ctx, filter.provinceId),
    scopeProvinceName(ctx),
    communeLevel ? listPointCommunes(ctx) : Promise.resolve([]),
  ]);
  const params_ = pointFilterParams(filter);
  const filtered = Object.keys(params_).some((k) => k !== "sort");
  const intro = nation
    ? t("introNation")
    : communeLevel
      ? t("introCommune", { commune: inRunningText(ownCommunes[0]?.name ?? "") })
      : t("introProvince", { province: provinceName ?? "" });
  const exportHref = `/${locale}/points/export${
    Object.keys(params_).length > 0 ? `?${new URLSearchParams(params_).toString()}` : ""
  }`;

  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{intro}</p>
        </div>
        {edit ? (
          <TextLink look="primary" href="/points/new">
            {t("create")}
          </TextLink>
        ) : null}
      </div>

      <PointFilters
        filter={filter}
        options={options}
        nation={nation}
        commune={!communeLevel}
        filtered={filtered}
      />

      <section aria-labelledby="points-list" className="space-y-4">
        <h2 id="points-list" className="sr-only">
          {t("tableCaption")}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="font-medium text-slate-800" aria-live="polite">
            {list.total === 0
              ? filtered
                ? t("countFilteredNone")
                : t("countNone")
              : filtered
                ? t("countFiltered", { total: list.total })
                : t("count", { total: list.total })}
          </p>
          {list.total > 0 ? (
            // A download, not a page: a plain link to the route handler.
            <a href={exportHref} className={buttonClasses("secondary", "text-sm")} download>
              {t("export")}
            </a>
          ) : null}
        </div>
        <PointsTable
          rows={list.rows}
          locale={locale}
          showProvince={nation}
          showCommune={!communeLevel}
          emptyText={filtered ? t("empty") : t("emptyAll")}
        />
        <Pager
          label={t("pagination")}
          first={
            filter.after
              ? { href: { pathname: "/points", query: params_ }, label: t("pageFirst") }
              : null
          }
          next={
            list.next
              ? {
                  href: { pathname: "/points", query: { ...params_, after: list.next } },
                  label: t("pageNext"),
                }
              : null
          }
        />
      </section>
    </div>
  );
}
