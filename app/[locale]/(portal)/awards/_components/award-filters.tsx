import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { AWARD_ISSUERS, AWARD_KINDS, AWARD_RECIPIENT_KINDS } from "@/lib/awards/enums";
import type { AwardFilter } from "@/lib/awards/schemas";

interface Option {
  id: number;
  name: string;
}

// The list's filters: a plain GET form, so that every view is an address that can be shared.
export function AwardFilters({
  filter,
  years,
  provinces,
  communes,
  formerProvinces,
  filtered,
}: {
  filter: AwardFilter;
  years: number[];
  provinces: Option[];
  communes: Option[];
  formerProvinces: Option[];
  filtered: boolean;
}) {
  const t = useTranslations("Awards");
  const narrowed = Boolean(
    filter.year ||
    filter.issuer ||
    filter.kind ||
    filter.recipientKind ||
    filter.communeId ||
    filter.formerProvinceId ||
    filter.provinceId,
  );
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
            <TextLink href="/awards" className="py-2 text-sm">
              {t("clearFilter")}
            </TextLink>
          ) : null}
        </div>
      </div>
      <details open={narrowed} className="group">
        <summary className="cursor-pointer py-1 text-sm font-semibold text-brand-800 select-none">
          {t("moreFilters")}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {provinces.length > 0 ? (
            <SelectField
              id="filter-province"
              name="province"
              label={t("filterProvince")}
              defaultValue={filter.provinceId ?? ""}
            >
              <option value="">{t("allProvinces")}</option>
              {provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField
            id="filter-year"
            name="year"
            label={t("filterYear")}
            defaultValue={filter.year ?? ""}
          >
            <option value="">{t("allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-issuer"
            name="issuer"
            label={t("filterIssuer")}
            defaultValue={filter.issuer ?? ""}
          >
            <option value="">{t("allIssuers")}</option>
            {AWARD_ISSUERS.map((i) => (
              <option key={i} value={i}>
                {t(`issuer.${i}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-kind"
            name="kind"
            label={t("filterKind")}
            defaultValue={filter.kind ?? ""}
          >
            <option value="">{t("allKinds")}</option>
            {AWARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-recipient"
            name="recipient"
            label={t("filterRecipient")}
            defaultValue={filter.recipientKind ?? ""}
          >
            <option value="">{t("allRecipients")}</option>
            {AWARD_RECIPIENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`recipientKind.${k}`)}
              </option>
            ))}
          </SelectField>
          {communes.length > 0 ? (
            <SelectField
              id="filter-commune"
              name="commune"
              label={t("filterCommune")}
              defaultValue={filter.communeId ?? ""}
            >
              <option value="">{t("allCommunes")}</option>
              {communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {formerProvinces.length > 0 ? (
            <SelectField
              id="filter-former"
              name="former"
              label={t("filterFormer")}
              defaultValue={filter.formerProvinceId ?? ""}
            >
              <option value="">{t("allFormer")}</option>
              {formerProvinces.map((f) => (
                <option key={f.id} value={f.id}>
                  {t("former", { name: f.name })}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
      </details>
    </form>
  );
}
