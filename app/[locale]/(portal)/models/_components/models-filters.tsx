import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { MODEL_FIELDS, MODEL_STATUSES, RECOGNITION_LEVELS } from "@/lib/models/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ModelListFilter, ProvinceRef } from "@/lib/models/types";

// A plain GET form: the filters live in the address (a view is shared as a link) and work without
// JavaScript. The server parses them again (lib/models/model-query.ts).

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

export async function ModelsFilters({
  locale,
  filter,
  provinces,
  filtered,
}: {
  locale: AppLocale;
  filter: ModelListFilter;
  /** The ministry's choice of province; empty for a province. */
  provinces: ProvinceRef[];
  filtered: boolean;
}) {
  const t = await getTranslations("Models");
  return (
    <form
      method="get"
      action={`/${locale}/models`}
      role="search"
      aria-label={t("filters")}
      className="grid grid-cols-2 gap-3 rounded border border-slate-200 bg-slate-50 p-4 sm:gap-4 lg:grid-cols-4"
    >
      <Labelled id="models-q" label={t("search")} className="col-span-2">
        <input
          id="models-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="models-q-hint"
          className={control}
        />
        <p id="models-q-hint" className="mt-1 text-xs text-slate-600">
          {t("searchHint")}
        </p>
      </Labelled>
      <Labelled id="models-field" label={t("filterField")} className="col-span-2 sm:col-span-1">
        <select
          id="models-field"
          name="field"
          defaultValue={filter.field ?? ""}
          className={control}
        >
          <option value="">{t("allFields")}</option>
          {MODEL_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`fields.${field}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="models-level" label={t("filterLevel")} className="col-span-2 sm:col-span-1">
        <select
          id="models-level"
          name="level"
          defaultValue={filter.level ?? ""}
          className={control}
        >
          <option value="">{t("allLevels")}</option>
          {RECOGNITION_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="models-owner" label={t("filterOwner")} className="col-span-2 sm:col-span-1">
        <select
          id="models-owner"
          name="owner"
          defaultValue={filter.owner ?? ""}
          className={control}
        >
          <option value="">{t("allOwners")}</option>
          <option value="catalog">{t("ownerCatalog")}</option>
          <option value="province">{t("ownerProvince")}</option>
        </select>
      </Labelled>
      {provinces.length > 0 ? (
        <Labelled
          id="models-province"
          label={t("filterProvince")}
          className="col-span-2 sm:col-span-1"
        >
          <select
            id="models-province"
            name="province"
            defaultValue={filter.provinceId ? String(filter.provinceId) : ""}
            className={control}
          >
            <option value="">{t("allProvinces")}</option>
            {provinces.map((province) => (
              <option key={province.id} value={province.id}>
                {province.name}
              </option>
            ))}
          </select>
        </Labelled>
      ) : null}
      <Labelled id="models-status" label={t("filterStatus")}>
        <select
          id="models-status"
          name="status"
          defaultValue={filter.status ?? ""}
          className={control}
        >
          <option value="">{t("allStatuses")}</option>
          {MODEL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="models-sort" label={t("sortBy")}>
        <select
          id="models-sort"
          name="sort"
          defaultValue={filter.sort ?? "name"}
          className={control}
        >
          <option value="name">{t("sortLabels.name")}</option>
          <option value="launched">{t("sortLabels.launched")}</option>
          <option value="points">{t("sortLabels.points")}</option>
        </select>
      </Labelled>
      <div className="col-span-2 flex items-end gap-3">
        <Button className="px-5">{t("apply")}</Button>
        {filtered ? (
          <TextLink href="/models" className="px-2 py-2">
            {t("clear")}
          </TextLink>
        ) : null}
      </div>
    </form>
  );
}
