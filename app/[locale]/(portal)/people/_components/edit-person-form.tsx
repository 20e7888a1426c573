"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PersonFields, type PersonValues } from "@/components/rosters/person-fields";
import { updatePersonAction } from "../actions";

/**
 * Corrections to a person. The citizen ID and phone fields start empty, because the stored values
 * never reach the browser unasked: left empty they keep what is stored; typed, they replace it;
 * the phone can be removed with its checkbox.
 */
export function EditPersonForm({
  person,
  areas,
  ethnicities,
}: {
  person: PersonValues & { id: string; version: number; hasPhone: boolean };
  areas: { id: string; name: string }[];
  ethnicities: { id: number; name: string }[];
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
        <PersonFields
          idPrefix="person"
          mode="edit"
          values={person}
          errors={errors}
          ethnicities={ethnicities}
          areas={areas}
          hasPhone={person.hasPhone}
        />
      </div>
      <Button pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
    </form>
  );
}
