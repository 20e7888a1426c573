"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { PlaceType } from "@/lib/places/schemas";
import type { FormerCommuneOption } from "@/lib/places/types";
import { createPlaceAction } from "../actions";
import { EMPTY_PLACE, PlaceFields } from "./place-fields";

export function CreatePlaceForm({
  type,
  communeId,
  formerCommunes,
}: {
  type: PlaceType;
  communeId: number;
  formerCommunes: FormerCommuneOption[];
}) {
  const t = useTranslations("Places");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(createPlaceAction);
  return (
    // A new key after each save: the fields empty for the next one.
    <form {...formProps} key={state?.ok ? state.data.id : "new"} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.created", { name: state.data.name })}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.communeId ?? errors.type} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="communeId" value={communeId} />
      <PlaceFields
        type={type}
        idPrefix={`new-${type}`}
        formerCommunes={formerCommunes}
        values={EMPTY_PLACE}
        errors={errors}
      />
      <Button pending={pending} pendingLabel={t("form.creating")}>
        {t("form.create")}
      </Button>
    </form>
  );
}
