"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";
import { AWARD_ISSUERS, AWARD_KINDS, AWARD_RECIPIENT_KINDS } from "@/lib/awards/enums";

export interface AwardFormValues {
  kind: string;
  issuer: string;
  recipientKind: string;
  recipientName: string;
  decisionNumber: string;
  awardedOn: string;
  communeId: string;
  formerProvinceId: string;
  reason: string;
  teamId: string;
  pointId: string;
}

export const EMPTY_AWARD: AwardFormValues = {
  kind: "",
  issuer: "",
  recipientKind: "COLLECTIVE",
  recipientName: "",
  decisionNumber: "",
  awardedOn: "",
  communeId: "",
  formerProvinceId: "",
  reason: "",
  teamId: "",
  pointId: "",
};

export interface AwardFormOptions {
  communes: { id: number; name: string }[];
  formerProvinces: { id: number; name: string }[];
}

/** The fields of the create and edit forms. */
export function AwardFields({
  idPrefix,
  values,
  options,
  errors,
}: {
  idPrefix: string;
  values: AwardFormValues;
  options: AwardFormOptions;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Awards");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id={id("kind")}
        name="kind"
        label={t("form.kind")}
        defaultValue={values.kind}
        required
        error={errors.kind}
      >
        <option value="">{t("form.chooseKind")}</option>
        {AWARD_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("issuer")}
        name="issuer"
        label={t("form.issuer")}
        defaultValue={values.issuer}
        required
        error={errors.issuer}
      >
        <option value="">{t("form.chooseIssuer")}</option>
        {AWARD_ISSUERS.map((i) => (
          <option key={i} value={i}>
            {t(`issuer.${i}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("recipientKind")}
        name="recipientKind"
        label={t("form.recipientKind")}
        defaultValue={values.recipientKind}
        required
        error={errors.recipientKind}
      >
        {AWARD_RECIPIENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`recipientKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <Field
        id={id("recipientName")}
        name="recipientName"
        label={t("form.recipientName")}
        hint={t("form.recipientHint")}
        defaultValue={values.recipientName}
        maxLength={300}
        required
        error={errors.recipientName}
      />
      <Field
        id={id("decisionNumber")}
        name="decisionNumber"
        label={t("form.decisionNumber")}
        hint={t("form.decisionHint")}
        defaultValue={values.decisionNumber}
        maxLength={40}
        required
        error={errors.decisionNumber}
      />
      <Field
        id={id("awardedOn")}
        name="awardedOn"
        label={t("form.awardedOn")}
        hint={t("form.dateHint")}
        defaultValue={values.awardedOn}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        maxLength={10}
        required
        error={errors.awardedOn}
      />
      <SelectField
        id={id("communeId")}
        name="communeId"
        label={t("form.commune")}
        defaultValue={values.communeId}
        error={errors.communeId}
      >
        <option value="">{t("form.provinceWide")}</option>
        {options.communes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {options.formerProvinces.length > 0 ? (
        <SelectField
          id={id("formerProvinceId")}
          name="formerProvinceId"
          label={t("form.formerProvince")}
          hint={t("form.formerHint")}
          defaultValue={values.formerProvinceId}
          error={errors.formerProvinceId}
        >
          <option value="">{t("form.noFormer")}</option>
          {options.formerProvinces.map((f) => (
            <option key={f.id} value={f.id}>
              {t("former", { name: f.name })}
            </option>
          ))}
        </SelectField>
      ) : null}
      {/* A link to a team or point set elsewhere is kept as it is. */}
      {values.teamId ? <input type="hidden" name="teamId" value={values.teamId} /> : null}
      {values.pointId ? <input type="hidden" name="pointId" value={values.pointId} /> : null}
      <div className="sm:col-span-2">
        <label htmlFor={id("reason")} className="block text-sm font-medium text-slate-800">
          {t("form.reason")}
        </label>
        <textarea
          id={id("reason")}
          name="reason"
          defaultValue={values.reason}
          maxLength={1000}
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id("reason")}-error` : undefined}
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        />
        {errors.reason ? (
          <p id={`${id("reason")}-error`} className="mt-1 text-sm font-medium text-brand-700">
            {errors.reason}
          </p>
        ) : null}
      </div>
    </div>
  );
}
