import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { LEAD_ORGANIZATIONS, STATUSES } from "@/lib/points/enums";
import { POINT_SORTS, type PointFilter } from "@/lib/points/schemas";
import type { PointFilterOptions } from "@/lib/points/types";

// The list's filters: a plain GET form, so that every view is an address that can be shared.
export function PointFilters({
  filter,
  options,
  nation,
  commune,
  filtered,
}: {
  filter: PointFilter;
  options: PointFilterOptions;
  nation: boolean;
  /** The commune select is offered (province and ministry users). */
  commune: boolean;
  filtered: boolean;
}) {
  const narrowed =
    Boolean(
      filter.provinceId || filter.communeId || filter.modelId || filter.status || filter.lead,
    ) || filter.sort !== "name";
  const t = useTranslations("Points");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("filterHeading")}
      className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-96">
          <Field
            id="filter-q"
            name="q"
            type="search"
            label={t("search")}
            hint={t("searchHint")}
            defaultValue={filter.q ?? ""}
            maxLength={100}
          />
        </div>
        <div className="flex items-center gap-3 sm:pb-5">
          <Button>{t("filter")}</Button>
          {filtered ? (
            <TextLink href="/points" className="py-2 text-sm">
              {t("clearFilter")}
            </TextLink>
          ) : null}
        </div>
      </div>
      {/* The other filters fold away (a phone sees the list at once), open while one is set. */}
      <details open={narrowed} className="group">
        <summary className="cursor-pointer py-1 text-sm font-semibold text-brand-800 select-none">
          {t("moreFilters")}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {nation ? (
            <SelectField
              id="filter-province"
              name="province"
              label={t("filterProvince")}
              defaultValue={filter.provinceId ?? ""}
            >
              <option value="">{t("allProvinces")}</option>
              {options.provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {commune && options.communes.length > 0 ? (
            <SelectField
              id="filter-commune"
              name="commune"
              label={t("filterCommune")}
              defaultValue={filter.communeId ?? ""}
            >
              <option value="">{t("allCommunes")}</option>
              {options.communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            id="filter-model"
            name="model"
            label={t("filterModel")}
            defaultValue={filter.modelId ?? ""}
          >
            <option value="">{t("allModels")}</option>
            {options.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-status"
            name="status"
            label={t("filterStatus")}
            defaultValue={filter.status ?? ""}
          >
            <option value="">{t("allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-lead"
            name="lead"
            label={t("filterLead")}
            defaultValue={filter.lead ?? ""}
          >
            <option value="">{t("allLeads")}</option>
            {LEAD_ORGANIZATIONS.map((l) => (
              <option key={l} value={l}>
                {t(`lead.${l}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-sort" name="sort" label={t("sort")} defaultValue={filter.sort}>
            {POINT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </details>
    </form>
  );
}
