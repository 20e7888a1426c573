import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import type { AuditFilterOptions } from "@/lib/audit/audit-filter-options";
import { AUDIT_ACTIONS, type AuditFilters, FILTER_PARAMS } from "@/lib/audit/audit-query";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

// A plain GET form: filters live in the address (shareable, bookmarkable) and work without
// JavaScript. The server parses them again (lib/audit/audit-query.ts); nothing here is trusted.

const control =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

export async function AuditFiltersForm({
  locale,
  filters,
  options,
}: {
  locale: AppLocale;
  filters: AuditFilters;
  options: AuditFilterOptions;
}) {
  const t = await getTranslations("Audit");
  const entityLabels: Record<string, string> = (await getMessages()).Audit.entities;
  // Keep a filtered entity in the list even when this scope has no row of it (yet).
  const entities = filters.entity && !options.entities.includes(filters.entity) ? [...options.entities, filters.entity] : options.entities;

  return (
    <form
      method="get"
      action={`/${locale}/audit`}
      aria-label={t("filters")}
      className="grid gap-4 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <Labelled id="audit-action" label={t("filterAction")}>
        <select id="audit-action" name={FILTER_PARAMS.action} defaultValue={filters.action ?? ""} className={control}>
          <option value="">{t("allActions")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="audit-user" label={t("filterUser")}>
        <input
          id="audit-user"
          name={FILTER_PARAMS.username}
          type="search"
          defaultValue={filters.username ?? ""}
          placeholder={t("userPlaceholder")}
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          className={control}
        />
      </Labelled>
      <Labelled id="audit-entity" label={t("filterEntity")}>
        <select id="audit-entity" name={FILTER_PARAMS.entity} defaultValue={filters.entity ?? ""} className={control}>
          <option value="">{t("allEntities")}</option>
          {entities.map((entity) => (
            <option key={entity} value={entity}>
              {entityLabels[entity] ?? entity}
            </option>
          ))}
        </select>
      </Labelled>
      {options.provinces.length > 0 ? (
        <Labelled id="audit-province" label={t("filterProvince")}>
          <select
            id="audit-province"
            name={FILTER_PARAMS.provinceId}
            defaultValue={filters.provinceId ? String(filters.provinceId) : ""}
            className={control}
          >
            <option value="">{t("allProvinces")}</option>
            {options.provinces.map((province) => (
              <option key={province.id} value={province.id}>
                {province.name}
              </option>
            ))}
          </select>
        </Labelled>
      ) : null}
      <Labelled id="audit-from" label={t("filterFrom")}>
        <input id="audit-from" name={FILTER_PARAMS.from} type="date" defaultValue={filters.from ?? ""} className={control} />
      </Labelled>
      <Labelled id="audit-to" label={t("filterTo")}>
        <input id="audit-to" name={FILTER_PARAMS.to} type="date" defaultValue={filters.to ?? ""} className={control} />
      </Labelled>
      <div className="flex items-end gap-3 sm:col-span-2">
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        <Link href="/audit" className="px-2 py-2 font-medium text-brand-700 underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
