"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormerCommuneOption, PlaceConflict, PlaceDetail } from "@/lib/places/types";
import { setPlaceActiveAction, updatePlaceAction } from "../actions";
import { PlaceFields } from "./place-fields";

function readConflict(value: unknown): PlaceConflict | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Partial<PlaceConflict>;
  return typeof v.version === "number" && typeof v.name === "string"
    ? (v as PlaceConflict)
    : undefined;
}

export function EditPlaceForm({
  place,
  formerCommunes,
}: {
  place: PlaceDetail;
  formerCommunes: FormerCommuneOption[];
}) {
  const t = useTranslations("Places");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updatePlaceAction);
  const conflict = state && !state.ok ? readConflict(state.conflict) : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      {conflict ? (
        <p className="text-sm text-slate-800">
          {t("form.conflictCurrent", { name: conflict.name })}
        </p>
      ) : null}
      <input type="hidden" name="type" value={place.type} />
      <input type="hidden" name="id" value={place.id} />
      <input type="hidden" name="version" value={conflict?.version ?? place.version} />
      <PlaceFields
        type={place.type}
        idPrefix="edit"
        formerCommunes={formerCommunes}
        values={{
          name: place.name,
          kind: place.kind,
          formerCommuneId: place.formerCommuneId ? String(place.formerCommuneId) : "",
          households: place.households === null ? "" : String(place.households),
        }}
        errors={errors}
      />
      <Button pending={pending} pendingLabel={t("form.saving")}>
        {t("form.save")}
      </Button>
    </form>
  );
}

export function PlaceActiveForm({ place }: { place: PlaceDetail }) {
  const t = useTranslations("Places");
  const { state, pending, formError, resultKey, formProps } = useActionForm(
    setPlaceActiveAction,
    () => !place.active || window.confirm(t("detail.confirmDeactivate", { name: place.name })),
  );
  return (
    <form {...formProps} className="space-y-3">
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {state.data.active ? t("detail.reactivated") : t("detail.deactivated")}
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <p className="text-sm text-slate-700">
        {place.active ? t("detail.deactivateIntro") : t("detail.reactivateIntro")}
      </p>
      <input type="hidden" name="type" value={place.type} />
      <input type="hidden" name="id" value={place.id} />
      <input type="hidden" name="version" value={place.version} />
      <input type="hidden" name="active" value={place.active ? "false" : "true"} />
      <Button variant="secondary" pending={pending} pendingLabel={t("form.saving")}>
        {place.active ? t("detail.deactivate") : t("detail.reactivate")}
      </Button>
    </form>
  );
}
