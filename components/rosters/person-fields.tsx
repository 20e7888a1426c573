"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/forms/field";

// The fields of a person, shared by the form that adds a member (a new person) and the form that
// corrects a person: the same names, labels, hints and choices in both. Citizen ID and phone
// start empty in the correction form (the stored values never reach the browser unasked).

export const RELIGIONS = [
  "NONE",
  "BUDDHISM",
  "CATHOLICISM",
  "PROTESTANTISM",
  "CAO_DAI",
  "HOA_HAO",
  "ISLAM",
  "BAHAI",
  "BRAHMANISM",
  "OTHER",
] as const;

export const AFFILIATIONS = [
  "NONE",
  "VETERAN",
  "WOMEN_UNION",
  "FARMER_UNION",
  "YOUTH_UNION",
  "ELDERLY",
  "RELIGIOUS_DIGNITARY",
  "VILLAGE_ELDER",
  "FORMER_INMATE",
  "WORKER",
  "FISHERMAN",
  "OTHER",
] as const;

export interface PersonValues {
  fullName: string;
  gender: "MALE" | "FEMALE" | "";
  birthDate: string;
  ethnicityId: number;
  religion: (typeof RELIGIONS)[number];
  affiliation: (typeof AFFILIATIONS)[number];
  residentialAreaId: string | null;
}

export function PersonFields({
  idPrefix,
  mode,
  values,
  errors,
  ethnicities,
  areas,
  birth,
  hasPhone = false,
}: {
  idPrefix: string;
  /** "add": a new person (gender chosen, citizen ID typed); "edit": a correction. */
  mode: "add" | "edit";
  values?: PersonValues | undefined;
  errors: Record<string, string | undefined>;
  ethnicities: { id: number; name: string }[];
  areas: { id: string; name: string }[];
  /** The birth date as a controlled field (the add form warns about the age as it is typed). */
  birth?: { value: string; onChange: (value: string) => void } | undefined;
  /** Whether a phone number is stored (the correction form offers to remove it). */
  hasPhone?: boolean;
}) {
  const t = useTranslations("Rosters");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field
        id={id("fullName")}
        name="fullName"
        label={t("fullName")}
        maxLength={120}
        autoComplete="off"
        defaultValue={values?.fullName}
        error={errors.fullName}
      />
      <SelectField
        id={id("gender")}
        name="gender"
        label={t("genderLabel")}
        defaultValue={values?.gender ?? ""}
        error={errors.gender}
      >
        {mode === "add" ? <option value="">{t("genderNone")}</option> : null}
        <option value="MALE">{t("gender.MALE")}</option>
        <option value="FEMALE">{t("gender.FEMALE")}</option>
      </SelectField>
      <Field
        id={id("birthDate")}
        name="birthDate"
        label={t("birthDate")}
        hint={t("dateHint")}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        {...(birth
          ? { value: birth.value, onChange: (e) => birth.onChange(e.target.value) }
          : { defaultValue: values?.birthDate })}
        error={errors.birthDate}
      />
      <Field
        id={id("citizenId")}
        name="citizenId"
        label={t("citizenId")}
        hint={mode === "add" ? t("citizenIdHint") : t("citizenIdEditHint")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        error={errors.citizenId}
      />
      <div>
        <Field
          id={id("phone")}
          name="phone"
          label={t("phone")}
          hint={mode === "add" ? t("phoneHint") : t("phoneEditHint")}
          type="tel"
          autoComplete="off"
          maxLength={20}
          error={errors.phone}
        />
        {mode === "edit" && hasPhone ? (
          <label className="mt-2 flex items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" name="clearPhone" value="on" className="size-5" />
            {t("clearPhone")}
          </label>
        ) : null}
      </div>
      <SelectField
        id={id("ethnicity")}
        name="ethnicityId"
        label={t("ethnicity")}
        defaultValue={String(values?.ethnicityId ?? 1)}
        error={errors.ethnicityId}
      >
        {ethnicities.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("religion")}
        name="religion"
        label={t("religionLabel")}
        defaultValue={values?.religion ?? "NONE"}
        error={errors.religion}
      >
        {RELIGIONS.map((r) => (
          <option key={r} value={r}>
            {t(`religion.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("affiliation")}
        name="affiliation"
        label={t("affiliationLabel")}
        hint={t("affiliationHint")}
        defaultValue={values?.affiliation ?? "NONE"}
        error={errors.affiliation}
      >
        {AFFILIATIONS.map((a) => (
          <option key={a} value={a}>
            {t(`affiliation.${a}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id("area")}
        name="residentialAreaId"
        label={t("area")}
        defaultValue={values?.residentialAreaId ?? ""}
        error={errors.residentialAreaId}
      >
        <option value="">{t("areaNone")}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
