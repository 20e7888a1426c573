"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";
import { LEAD_ORGANIZATIONS } from "@/lib/points/enums";
import type { PointFormOptions } from "@/lib/points/types";
import { placeLabel } from "./place-label";

export interface PointValues {
  modelId: string;
  name: string;
  residentialAreaId: string;
  organizationId: string;
  placeName: string;
  leadOrganization: string;
  establishedOn: string;
}

export const EMPTY_POINT: PointValues = {
  modelId: "",
  name: "",
  residentialAreaId: "",
  organizationId: "",
  placeName: "",
  leadOrganization: "",
  establishedOn: "",
};

/** The fields of the create and edit forms, each with its error beside it. */
export function PointFields({
  idPrefix,
  options,
  values,
  errors,
}: {
  idPrefix: string;
  options: PointFormOptions;
  values: PointValues;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Points");
  const places = useTranslations("Places");
  const withFormer = (v: { name: string; former: string }) => t("withFormer", v);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <SelectField
          id={`${idPrefix}-model`}
          name="modelId"
          label={t("form.model")}
          defaultValue={values.modelId}
          required
          error={errors.modelId}
        >
          <option value="">{t("form.chooseModel")}</option>
          {options.models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        id={`${idPrefix}-area`}
        name="residentialAreaId"
        label={t("form.area")}
        defaultValue={values.residentialAreaId}
        error={errors.residentialAreaId}
      >
        <option value="">{t("form.noArea")}</option>
        {options.areas.map((a) => (
          <option key={a.id} value={a.id}>
            {placeLabel(withFormer, a)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-organization`}
        name="organizationId"
        label={t("form.organization")}
        defaultValue={values.organizationId}
        error={errors.organizationId}
      >
        <option value="">{t("form.noOrganization")}</option>
        {options.organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {`${placeLabel(withFormer, o)} (${places(`organizationKind.${o.kind as "AGENCY"}`)})`}
          </option>
        ))}
      </SelectField>
      {options.areas.length + options.organizations.length === 0 ? (
        <p className="text-sm text-slate-700 md:col-span-2">{t("form.noPlacesYet")}</p>
      ) : null}
      <div className="md:col-span-2">
        <Field
          id={`${idPrefix}-placeName`}
          name="placeName"
          label={t("form.placeName")}
          hint={t("form.placeNameHint")}
          defaultValue={values.placeName}
          maxLength={200}
          error={errors.placeName}
        />
      </div>
      <SelectField
        id={`${idPrefix}-lead`}
        name="leadOrganization"
        label={t("form.lead")}
        defaultValue={values.leadOrganization}
        required
        error={errors.leadOrganization}
      >
        <option value="">{t("form.chooseLead")}</option>
        {LEAD_ORGANIZATIONS.map((l) => (
          <option key={l} value={l}>
            {t(`lead.${l}`)}
          </option>
        ))}
      </SelectField>
      <Field
        id={`${idPrefix}-established`}
        name="establishedOn"
        // Text, not type="date": a date input shows the browser's order (mm/dd in an English
        // browser); officers type day/month/year as on paper.
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t("form.datePlaceholder")}
        label={t("form.established")}
        hint={t("form.dateHint")}
        defaultValue={values.establishedOn}
        maxLength={10}
        required
        error={errors.establishedOn}
      />
      <div className="md:col-span-2">
        <Field
          id={`${idPrefix}-name`}
          name="name"
          label={t("form.name")}
          hint={t("form.nameHint")}
          defaultValue={values.name}
          maxLength={200}
          error={errors.name}
        />
      </div>
    </div>
  );
}
