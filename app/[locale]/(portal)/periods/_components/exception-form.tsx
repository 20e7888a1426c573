"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { createPeriodExceptionAction, revokePeriodExceptionAction } from "../actions";

/** A province administrator extends or reopens a period for the province, a commune or a point. */
export function ExceptionForm({
  periods,
  communes,
  points,
}: {
  periods: { id: number; label: string }[];
  communes: { id: number; name: string }[];
  points: { id: string; name: string }[];
}) {
  const t = useTranslations("Periods");
  const [target, setTarget] = useState("PROVINCE");
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    createPeriodExceptionAction,
  );
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="exc-period"
          name="periodId"
          label={t("form.period")}
          defaultValue=""
          required
          error={errors.periodId}
        >
          <option value="">{t("form.choosePeriod")}</option>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="exc-kind"
          name="kind"
          label={t("form.kind")}
          defaultValue="EXTENSION"
          required
          error={errors.kind}
        >
          <option value="EXTENSION">{t("form.kindExtension")}</option>
          <option value="REOPENING">{t("form.kindReopening")}</option>
        </SelectField>
        <SelectField
          id="exc-target"
          name="target"
          label={t("form.target")}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          required
          error={errors.target}
        >
          <option value="PROVINCE">{t("form.targetProvince")}</option>
          <option value="COMMUNE">{t("form.targetCommune")}</option>
          <option value="POINT">{t("form.targetPoint")}</option>
        </SelectField>
        {target === "COMMUNE" ? (
          <SelectField
            id="exc-commune"
            name="communeId"
            label={t("form.commune")}
            defaultValue=""
            required
            error={errors.communeId}
          >
            <option value="">{t("form.chooseCommune")}</option>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {target === "POINT" ? (
          <SelectField
            id="exc-point"
            name="pointId"
            label={t("form.point")}
            defaultValue=""
            required
            error={errors.pointId}
          >
            <option value="">{t("form.choosePoint")}</option>
            {points.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Field
          id="exc-until"
          name="until"
          label={t("form.until")}
          hint={t("form.untilHint")}
          inputMode="numeric"
          autoComplete="off"
          placeholder="31/01/2027"
          maxLength={10}
          required
          error={errors.until}
        />
      </div>
      <div>
        <label htmlFor="exc-reason" className="block text-sm font-medium text-slate-800">
          {t("form.reason")}
        </label>
        <textarea
          id="exc-reason"
          name="reason"
          rows={3}
          maxLength={1000}
          required
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`exc-reason-hint${errors.reason ? " exc-reason-error" : ""}`}
          className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${
            errors.reason ? "border-brand-600" : "border-slate-400"
          }`}
        />
        <p id="exc-reason-hint" className="mt-1 text-xs text-slate-600">
          {t("form.reasonHint")}
        </p>
        {errors.reason ? (
          <p id="exc-reason-error" className="mt-1 text-sm font-medium text-brand-700">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <Button pending={pending} pendingLabel={t("form.submitting")}>
        {t("form.submit")}
      </Button>
    </form>
  );
}

export function RevokeButton({ id }: { id: string }) {
  const t = useTranslations("Periods");
  const { state, pending, formError, resultKey, formProps } = useActionForm(
    revokePeriodExceptionAction,
    () => window.confirm(t("confirmRevoke")),
  );
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={id} />
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("revoked")}
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <Button variant="secondary" pending={pending} pendingLabel={t("revoking")}>
        {t("revoke")}
      </Button>
    </form>
  );
}
