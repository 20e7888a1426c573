"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";
import { AREA_KINDS, ORGANIZATION_KINDS } from "@/lib/places/enums";
import type { PlaceType } from "@/lib/places/schemas";
import type { FormerCommuneOption } from "@/lib/places/types";

export interface PlaceValues {
  name: string;
  kind: string;
  formerCommuneId: string;
  households: string;
}

export const EMPTY_PLACE: PlaceValues = { name: "", kind: "", formerCommuneId: "", households: "" };

export function PlaceFields({
  type,
  idPrefix,
  formerCommunes,
  values,
  errors,
}: {
  type: PlaceType;
  idPrefix: string;
  formerCommunes: FormerCommuneOption[];
  values: PlaceValues;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Places");
  const kinds =
    type === "area"
      ? AREA_KINDS.map((k) => [k, t(`areaKind.${k}`)] as const)
      : ORGANIZATION_KINDS.map((k) => [k, t(`organizationKind.${k}`)] as const);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field
        id={`${idPrefix}-name`}
        name="name"
        label={t("form.name")}
        hint={type === "area" ? t("form.areaNameHint") : t("form.organizationNameHint")}
        defaultValue={values.name}
        maxLength={120}
        required
        autoComplete="off"
        error={errors.name}
      />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t("form.kind")}
        defaultValue={values.kind}
        required
        error={errors.kind}
      >
        <option value="">{t("form.chooseKind")}</option>
        {kinds.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {formerCommunes.length > 0 ? (
        <SelectField
          id={`${idPrefix}-former`}
          name="formerCommuneId"
          label={t("form.formerCommune")}
          hint={t("form.formerCommuneHint")}
          defaultValue={values.formerCommuneId}
          error={errors.formerCommuneId}
        >
          <option value="">{t("form.noFormerCommune")}</option>
          {formerCommunes.map((f) => (
            <option key={f.id} value={f.id}>
              {t("form.formerOption", { name: f.name, district: f.districtName })}
            </option>
          ))}
        </SelectField>
      ) : null}
      {type === "area" ? (
        <Field
          id={`${idPrefix}-households`}
          name="households"
          inputMode="numeric"
          autoComplete="off"
          label={t("form.households")}
          hint={t("form.householdsHint")}
          defaultValue={values.households}
          error={errors.households}
        />
      ) : null}
    </div>
  );
}
