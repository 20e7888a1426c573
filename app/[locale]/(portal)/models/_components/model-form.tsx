"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { MODEL_FIELDS } from "@/lib/models/enums";
import { useRouter } from "@/lib/i18n/navigation";
import type { ModelConflict, ModelFormOptions } from "@/lib/models/types";
import {
  createCatalogModelAction,
  createModelAction,
  updateCatalogModelAction,
  updateModelAction,
} from "../actions";
import { OriginPicker } from "./origin-picker";

export interface ModelFormValues {
  id?: string;
  version?: number;
  name: string;
  field: string;
  description: string;
  goals: string;
  origin: string;
  launchedOn: string;
}

function readConflict(value: unknown): ModelConflict | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Partial<ModelConflict>;
  return typeof v.version === "number" && typeof v.name === "string"
    ? (v as ModelConflict)
    : undefined;
}

const textArea =
  "mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";

/**
 * Registers or edits a model. `catalog` chooses the register: the ministry's national catalog
 * (catalog.edit) or the province's own models (models.edit); the server decides again.
 */
export function ModelForm({
  catalog,
  options,
  values,
  basePath,
}: {
  catalog: boolean;
  options: ModelFormOptions;
  values: ModelFormValues;
  /** The page's own path, for the ministry's province choice (?originProvince=…). */
  basePath: string;
}) {
  const editing = values.id !== undefined;
  const action = editing
    ? catalog
      ? updateCatalogModelAction
      : updateModelAction
    : catalog
      ? createCatalogModelAction
      : createModelAction;
  const t = useTranslations("Models");
  const router = useRouter();
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(action);
  const conflict = state && !state.ok ? readConflict(state.conflict) : undefined;
  const created = !editing && state?.ok ? state.data : undefined;
  // A new model opens on its own page, where its recognitions and points are added.
  useEffect(() => {
    if (created) router.push(`/models/${created.id}`);
  }, [created, router]);
  const version = conflict?.version ?? (state?.ok ? state.data.version : values.version);
  const shown: ModelFormValues = conflict
    ? {
        ...values,
        name: conflict.name,
        field: conflict.field,
        launchedOn: conflict.launchedOn ? conflict.launchedOn.split("-").reverse().join("/") : "",
      }
    : values;

  return (
    <div className="space-y-4">
      {created ? (
        <Notice key={resultKey} tone="success">
          {t("created")} <TextLink href={`/models/${created.id}`}>{t("openCreated")}</TextLink>
        </Notice>
      ) : null}
      {editing && state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("saved")}
        </Notice>
      ) : null}
      <form {...formProps} className="space-y-4" noValidate>
        <FormAlert message={formError ?? errors.id ?? errors.version} />
        {conflict ? (
          <p className="text-sm text-slate-800">
            {t("conflictCurrent", {
              name: conflict.name,
              field: t(`fields.${conflict.field}`),
              status: t(`statuses.${conflict.status}`),
            })}
          </p>
        ) : null}
        {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        {catalog ? (
          <input type="hidden" name="originProvinceId" value={options.originProvinceId ?? ""} />
        ) : null}
        <div
          key={conflict ? `conflict-${conflict.version}` : (created?.id ?? "draft")}
          className="space-y-4"
        >
          <Field
            label={t("name")}
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            defaultValue={shown.name}
            error={errors.name}
          />
          <SelectField
            id="model-field"
            label={t("field")}
            name="field"
            defaultValue={shown.field}
            error={errors.field}
          >
            <option value="">{t("choose")}</option>
            {MODEL_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`fields.${field}`)}
              </option>
            ))}
          </SelectField>
          {catalog ? (
            <SelectField
              id="model-origin-province"
              label={t("originProvince")}
              name="originProvinceShown"
              hint={t("originProvinceHint")}
              value={options.originProvinceId ?? ""}
              error={errors.originProvinceId}
              onChange={(event) => {
                const id = event.target.value;
                router.replace(id ? `${basePath}?originProvince=${id}` : basePath);
              }}
            >
              <option value="">{t("choose")}</option>
              {options.provinces.map((province) => (
                <option key={province.id} value={province.id}>
                  {province.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <OriginPicker options={options.origins} initial={shown.origin} error={errors.origin} />
          <Field
            label={t("launchedOn")}
            name="launchedOn"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="20/04/2016"
            maxLength={10}
            hint={t("dateHint")}
            defaultValue={shown.launchedOn}
            error={errors.launchedOn}
          />
          <div>
            <label htmlFor="model-description" className="block text-sm font-medium text-slate-800">
              {t("description")}
            </label>
            <textarea
              id="model-description"
              name="description"
              rows={4}
              maxLength={4000}
              defaultValue={shown.description}
              aria-describedby={errors.description ? "model-description-error" : undefined}
              className={`${textArea} ${errors.description ? "border-brand-600" : "border-slate-400"}`}
            />
            {errors.description ? (
              <p id="model-description-error" className="mt-1 text-sm font-medium text-brand-700">
                {errors.description}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor="model-goals" className="block text-sm font-medium text-slate-800">
              {t("goals")}
            </label>
            <textarea
              id="model-goals"
              name="goals"
              rows={3}
              maxLength={4000}
              defaultValue={shown.goals}
              aria-describedby={errors.goals ? "model-goals-error" : undefined}
              className={`${textArea} ${errors.goals ? "border-brand-600" : "border-slate-400"}`}
            />
            {errors.goals ? (
              <p id="model-goals-error" className="mt-1 text-sm font-medium text-brand-700">
                {errors.goals}
              </p>
            ) : null}
          </div>
        </div>
        <Button pending={pending} pendingLabel={t("saving")}>
          {editing ? t("save") : t("register")}
        </Button>
      </form>
    </div>
  );
}
