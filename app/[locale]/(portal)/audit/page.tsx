import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { auditFilterOptions } from "@/lib/audit/audit-filter-options";
import { parseAuditQuery } from "@/lib/audit/audit-query";
import { listAudit } from "@/lib/audit/list-audit";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { Notice } from "@/components/ui/notice";
import { AuditFiltersForm } from "./_components/audit-filters-form";
import { AuditPager } from "./_components/audit-pager";
import { AuditTable } from "./_components/audit-table";

// Every request reads the trail as it is now.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePermission(locale, `/${locale}/audit`, "audit.view");
  const query = parseAuditQuery(await searchParams, user.scope);
  const [t, page, options] = await Promise.all([
    getTranslations("Audit"),
    listAudit(user, query.filters, query.cursor),
    auditFilterOptions(user),
  ]);
  const invalid = query.invalid.map((name) => t(`invalidNames.${name}`));

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        <p className="mt-1 text-sm font-medium text-slate-700">
          {options.scopeName
            ? t("scopeProvince", { province: options.scopeName })
            : t("scopeNation")}
        </p>
      </div>

      <AuditFiltersForm locale={locale} filters={query.filters} options={options} />

      {invalid.length > 0 ? (
        <Notice tone="info" persistent dismissible={false}>
          {t("invalid", { fields: invalid.join(", ") })}
        </Notice>
      ) : null}

      {page.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <AuditTable
          rows={page.rows}
          names={page.names}
          locale={locale}
          canSeeAllProvinces={user.scope.level === "NATION"}
        />
      )}

      <AuditPager filters={query.filters} page={page} paged={query.cursor !== null} />
    </div>
  );
}
