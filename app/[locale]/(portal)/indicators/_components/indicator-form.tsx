"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { createIndicatorAction, updateIndicatorAction } from "../actions";

export interface IndicatorFormValues {
  id: number;
  version: number;
  code: string;
  reportKind: "POINT" | "COMMUNE";
  nameVi: string;
  nameEn: string;
  unit: string;
  aggregation: string;
  groupVi: string | null;
  groupEn: string | null;
  sortOrder: number;
  validFromYear: number;
  validToYear: number | null;
  modelIds: string[];
  hasValues: boolean;
}

const UNITS = ["COUNT", "PERSON", "VND"] as const;
const AGGREGATIONS = ["FLOW", "STOCK"] as const;
const KINDS = ["POINT", "COMMUNE"] as const;

/** Create (no `values`) or edit an indicator of the catalog. */
export function IndicatorForm({
  values,
  models,
}: {
  values?: IndicatorFormValues;
  models: { id: string; name: string }[];
}) {
  const t = useTranslations("Indicators");
  const editing = values !== undefined;
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    editing ? updateIndicatorAction : createIndicatorAction,
  );
  const version = state?.ok ? state.data.version : values?.version;
  return (
    <form {...formProps} className="space-y-5" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={version} />
          {values.hasValues ? <Notice tone="info">{t("form.hasValues")}</Notice> : null}
          <p className="text-sm text-slate-700">
            {t("form.code")}: <span className="font-mono">{values.code}</span> ·{" "}
            {t(`kinds.${values.reportKind}`)}
          </p>
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="ind-code"
            name="code"
            label={t("form.code")}
            hint={t("form.codeHint")}
            autoComplete="off"
            maxLength={60}
            required
            error={errors.code}
          />
          <SelectField
            id="ind-kind"
            name="reportKind"
            label={t("form.kind")}
            defaultValue=""
            required
            error={errors.reportKind}
          >
            <option value="">{t("form.chooseKind")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="ind-name-vi"
          name="nameVi"
          label={t("form.nameVi")}
          defaultValue={values?.nameVi}
          maxLength={300}
          required
          error={errors.nameVi}
        />
        <Field
          id="ind-name-en"
          name="nameEn"
          label={t("form.nameEn")}
          defaultValue={values?.nameEn}
          maxLength={300}
          required
          error={errors.nameEn}
        />
        <SelectField
          id="ind-unit"
          name="unit"
          label={t("form.unit")}
          defaultValue={values?.unit ?? ""}
          required
          error={errors.unit}
        >
          <option value="">{t("form.chooseUnit")}</option>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`units.${u}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="ind-aggregation"
          name="aggregation"
          label={t("form.aggregation")}
          hint={`${t("aggregationHints.FLOW")} ${t("aggregationHints.STOCK")}`}
          defaultValue={values?.aggregation ?? ""}
          required
          error={errors.aggregation}
        >
          <option value="">{t("form.chooseAggregation")}</option>
          {AGGREGATIONS.map((a) => (
            <option key={a} value={a}>
              {t(`aggregations.${a}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id="ind-group-vi"
          name="groupVi"
          label={t("form.groupVi")}
          hint={t("form.groupHint")}
          defaultValue={values?.groupVi ?? ""}
          maxLength={120}
          error={errors.groupVi}
        />
        <Field
          id="ind-group-en"
          name="groupEn"
          label={t("form.groupEn")}
          defaultValue={values?.groupEn ?? ""}
          maxLength={120}
          error={errors.groupEn}
        />
        <Field
          id="ind-order"
          name="sortOrder"
          label={t("form.sortOrder")}
          inputMode="numeric"
          defaultValue={values?.sortOrder ?? 500}
          maxLength={6}
          required
          error={errors.sortOrder}
        />
        <div className="grid grid-cols-2 gap-4">
          <Field
            id="ind-from"
            name="validFromYear"
            label={t("form.validFromYear")}
            inputMode="numeric"
            defaultValue={values?.validFromYear ?? new Date().getFullYear() + 1}
            maxLength={4}
            required
            error={errors.validFromYear}
          />
          <Field
            id="ind-to"
            name="validToYear"
            label={t("form.validToYear")}
            inputMode="numeric"
            defaultValue={values?.validToYear ?? ""}
            maxLength={4}
            error={errors.validToYear}
          />
        </div>
      </div>
      <p className="text-xs text-slate-600">{t("form.validToYearHint")}</p>
      {values?.reportKind !== "COMMUNE" && models.length > 0 ? (
        <fieldset aria-describedby="ind-models-hint">
          <legend className="text-sm font-medium text-slate-800">{t("form.models")}</legend>
          <p id="ind-models-hint" className="mt-1 text-xs text-slate-600">
            {t("form.modelsHint")}
          </p>
          {errors.modelIds ? (
            <p className="mt-1 text-sm font-medium text-brand-700">{errors.modelIds}</p>
          ) : null}
          <div className="mt-2 grid max-h-64 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2">
            {models.map((m) => (
              <label key={m.id} className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="modelIds"
                  value={m.id}
                  defaultChecked={values?.modelIds.includes(m.id)}
                  className="mt-1"
                />
                {m.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Button pending={pending} pendingLabel={t("form.submitting")}>
        {t("form.submit")}
      </Button>
    </form>
  );
}
