"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { updatePersonAction } from "../actions";

/**
 * Corrections to a person. The citizen ID and phone fields start empty, because the stored values
 * never reach the browser unasked: left empty they keep what is stored; typed, they replace it.
 */
export function EditPersonForm({
  person,
  areas,
}: {
  person: {
    id: string;
    version: number;
    fullName: string;
    gender: "MALE" | "FEMALE";
    birthDate: string;
    residentialAreaId: string | null;
  };
  areas: { id: string; name: string }[];
}) {
  const t = useTranslations("Rosters");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updatePersonAction);
  const version = state?.ok ? state.data.version : person.version;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.version} />
      <input type="hidden" name="id" value={person.id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="person-fullName"
          name="fullName"
          label={t("fullName")}
          maxLength={120}
          defaultValue={person.fullName}
          error={errors.fullName}
        />
        <SelectField
          id="person-gender"
          name="gender"
          label={t("genderLabel")}
          defaultValue={person.gender}
          error={errors.gender}
        >
          <option value="MALE">{t("gender.MALE")}</option>
          <option value="FEMALE">{t("gender.FEMALE")}</option>
        </SelectField>
        <Field
          id="person-birthDate"
          name="birthDate"
          label={t("birthDate")}
          hint={t("dateHint")}
          inputMode="numeric"
          defaultValue={person.birthDate}
          error={errors.birthDate}
        />
        <SelectField
          id="person-area"
          name="residentialAreaId"
          label={t("area")}
          defaultValue={person.residentialAreaId ?? ""}
          error={errors.residentialAreaId}
        >
          <option value="">{t("areaNone")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
        <Field
          id="person-citizenId"
          name="citizenId"
          label={t("citizenId")}
          hint={t("citizenIdEditHint")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          error={errors.citizenId}
        />
        <Field
          id="person-phone"
          name="phone"
          label={t("phone")}
          hint={t("phoneEditHint")}
          type="tel"
          autoComplete="off"
          maxLength={20}
          error={errors.phone}
        />
      </div>
      <Button pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
    </form>
  );
}
