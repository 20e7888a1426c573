import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { awardFormOptions, listAwards } from "@/lib/awards/list-awards";
import { awardFilterParams, parseAwardFilter } from "@/lib/awards/schemas";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { inRunningText } from "@/lib/places/labels";
import { today } from "@/lib/points/rules";
import { listProvinceOptions, scopeProvinceName } from "@/lib/users/list-form-options";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { HeaderCell, Table, TableHead } from "@/components/ui/table";
import { AwardFilters } from "./_components/award-filters";
import { AwardsTable } from "./_components/awards-table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Awards" });
  return { title: t("title") };
}

export default async function AwardsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireUser(locale, `/${locale}/awards`);
  const filter = parseAwardFilter(await searchParams);
  const nation = ctx.scope.level === "NATION";
  const communeLevel = ctx.scope.level === "COMMUNE";
  const edit = hasPermission(ctx.role, "awards.edit");
  const [t, list, options, provinces, provinceName] = await Promise.all([
    getTranslations("Awards"),
    listAwards(ctx, filter),
    awardFormOptions(ctx),
    listProvinceOptions(ctx),
    scopeProvinceName(ctx),
  ]);
  const ownCommune = communeLevel
    ? options.communes.find((c) => ctx.scope.level === "COMMUNE" && c.id === ctx.scope.communeId)
    : undefined;
  const params_ = awardFilterParams(filter);
  const filtered = Object.keys(params_).length > 0;
  const years: number[] = [];
  for (let y = today().getUTCFullYear(); y >= 2010; y--) years.push(y);
  const intro = nation
    ? t("introNation")
    : communeLevel
      ? t("introCommune", { commune: inRunningText(ownCommune?.name ?? "") })
      : t("introProvince", { province: provinceName ?? "" });
  const exportHref = `/${locale}/awards/export${
    filtered ? `?${new URLSearchParams(params_).toString()}` : ""
  }`;
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{intro}</p>
        </div>
        {edit ? (
          <TextLink look="primary" href="/awards/new">
            {t("create")}
          </TextLink>
        ) : null}
      </div>

      <AwardFilters
        filter={filter}
        years={years}
        provinces={nation ? provinces : []}
        communes={communeLevel ? [] : options.communes}
        formerProvinces={options.formerProvinces}
        filtered={filtered}
      />

      {list.totals.total > 0 ? (
        <section aria-labelledby="awards-totals" className="space-y-2">
          <h2 id="awards-totals" className="text-lg font-semibold text-slate-900">
            {t("totalsHeading")}
          </h2>
          <Table caption={t("totalsCaption")}>
            <TableHead>
              <HeaderCell>{t("columns.issuer")}</HeaderCell>
              <HeaderCell>{t("columns.kind")}</HeaderCell>
              <HeaderCell className="text-right">{t("collectives")}</HeaderCell>
              <HeaderCell className="text-right">{t("persons")}</HeaderCell>
            </TableHead>
            <tbody>
              {list.totals.byIssuer.map((row) => (
                <tr key={`${row.issuer}-${row.kind}`} className="border-b border-slate-200">
                  <td className="px-3 py-2">{t(`issuer.${row.issuer}`)}</td>
                  <td className="px-3 py-2">{t(`kind.${row.kind}`)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{n(row.collectives)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{n(row.persons)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}

      <section aria-labelledby="awards-list" className="space-y-4">
        <h2 id="awards-list" className="sr-only">
          {t("tableCaption")}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="font-medium text-slate-800" aria-live="polite">
            {list.totals.total === 0 ? t("countNone") : t("count", { total: list.totals.total })}
          </p>
          {list.totals.total > 0 ? (
            <a href={exportHref} className={buttonClasses("secondary", "text-sm")} download>
              {t("export")}
            </a>
          ) : null}
        </div>
        <AwardsTable
          rows={list.rows}
          locale={locale}
          showProvince={nation}
          emptyText={filtered ? t("empty") : t("countNone")}
        />
        <Pager
          label={t("pagination")}
          first={
            filter.after
              ? { href: { pathname: "/awards", query: params_ }, label: t("pageFirst") }
              : null
          }
          next={
            list.next
              ? {
                  href: { pathname: "/awards", query: { ...params_, after: list.next } },
                  label: t("pageNext"),
                }
              : null
          }
        />
      </section>
    </div>
  );
}
