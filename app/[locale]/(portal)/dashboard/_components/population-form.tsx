"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { updatePopulationAction } from "../actions";

export function PopulationForm({
  province,
}: {
  province: {
    id: number;
    shortName: string;
    population: number | null;
    populationSource: string | null;
    populationVersion: number;
  };
}) {
  const t = useTranslations("Populations");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updatePopulationAction);
  const id = `pop-${province.id}`;
  return (
    <form
      {...formProps}
      className="grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-start"
      noValidate
      aria-label={t("edit", { province: province.shortName })}
    >
      {state?.ok ? (
        <div className="sm:col-span-3">
          <Notice key={resultKey} tone="success">
            {t("saved", { province: province.shortName })}
          </Notice>
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <FormAlert message={formError ?? errors.provinceId ?? errors.version} />
      </div>
      <input type="hidden" name="provinceId" value={province.id} />
      <input
        type="hidden"
        name="version"
        value={state?.ok ? state.data.version : province.populationVersion}
      />
      <Field
        id={`${id}-n`}
        label={t("population")}
        name="population"
        inputMode="numeric"
        defaultValue={province.population ?? ""}
        error={errors.population}
      />
      <Field
        id={`${id}-s`}
        label={t("source")}
        name="source"
        defaultValue={province.populationSource ?? ""}
        maxLength={300}
        error={errors.source}
      />
      <div className="sm:pt-6">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
