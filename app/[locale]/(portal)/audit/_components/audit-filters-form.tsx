import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import type { AuditFilterOptions } from "@/lib/audit/audit-filter-options";
import { AUDIT_ACTIONS, type AuditFilters, dayText, FILTER_PARAMS } from "@/lib/audit/audit-query";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { AppLocale } from "@/lib/i18n/routing";

// A plain GET form: filters live in the address (shareable, bookmarkable) and work without
// JavaScript. The server parses them again (lib/audit/audit-query.ts); nothing here is trusted.

const control =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";

function Labelled({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
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
  const entities =
    filters.entity && !options.entities.includes(filters.entity)
      ? [...options.entities, filters.entity]
      : options.entities;

  return (
    <form
      method="get"
      action={`/${locale}/audit`}
      aria-label={t("filters")}
      className="grid grid-cols-2 gap-3 rounded border border-slate-200 bg-slate-50 p-4 sm:gap-4 lg:grid-cols-4"
    >
      <Labelled id="audit-action" label={t("filterAction")}>
        <select
          id="audit-action"
          name={FILTER_PARAMS.action}
          defaultValue={filters.action ?? ""}
          className={control}
        >
          <option value="">{t("allActions")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="audit-entity" label={t("filterEntity")}>
        <select
          id="audit-entity"
          name={FILTER_PARAMS.entity}
          defaultValue={filters.entity ?? ""}
          className={control}
        >
          <option value="">{t("allEntities")}</option>
          {entities.map((entity) => (
            <option key={entity} value={entity}>
              {entityLabels[entity] ?? t("fields.other")}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="audit-user" label={t("filterUser")} className="col-span-2 lg:col-span-1">
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
          aria-describedby="audit-user-hint"
          className={control}
        />
        <p id="audit-user-hint" className="mt-1 text-xs text-slate-600">
          {t("userHint")}
        </p>
      </Labelled>
      {options.provinces.length > 0 ? (
        <Labelled
          id="audit-province"
          label={t("filterProvince")}
          className="col-span-2 lg:col-span-1"
        >
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
        <input
          id="audit-from"
          name={FILTER_PARAMS.from}
          type="text"
          placeholder={t("dayPlaceholder")}
          defaultValue={filters.from ? dayText(filters.from) : ""}
          maxLength={10}
          autoComplete="off"
          className={control}
        />
      </Labelled>
      <Labelled id="audit-to" label={t("filterTo")}>
        <input
          id="audit-to"
          name={FILTER_PARAMS.to}
          type="text"
          placeholder={t("dayPlaceholder")}
          defaultValue={filters.to ? dayText(filters.to) : ""}
          maxLength={10}
          autoComplete="off"
          className={control}
        />
      </Labelled>
      <div className="col-span-2 flex items-end gap-3">
        <Button className="px-5">{t("apply")}</Button>
        <TextLink href="/audit" className="px-2 py-2">
          {t("clear")}
        </TextLink>
      </div>
    </form>
  );
}
